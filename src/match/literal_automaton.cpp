#include "match/literal_automaton.hpp"

#include <algorithm>
#include <deque>
#include <map>

#include "util/strings.hpp"

namespace faultline::match {

std::uint32_t LiteralAutomaton::add(std::string_view literal) {
    std::string folded = util::fold_case(literal);
    const auto it = std::find(m_literals.begin(), m_literals.end(), folded);
    if (it != m_literals.end()) return static_cast<std::uint32_t>(it - m_literals.begin());
    m_literals.push_back(std::move(folded));
    return static_cast<std::uint32_t>(m_literals.size() - 1);
}

void LiteralAutomaton::compile() {
    // Byte classes: every byte used by a literal gets its own class; the rest share class 0.
    m_class.fill(0);
    m_classes = 1;
    for (const std::string& lit : m_literals)
        for (char c : lit) {
            const auto b = static_cast<unsigned char>(c);
            if (m_class[b] == 0) m_class[b] = m_classes++;
        }
    for (int c = 'A'; c <= 'Z'; ++c) m_class[static_cast<std::size_t>(c)] = m_class[static_cast<std::size_t>(c - 'A' + 'a')];

    // Trie.
    std::vector<std::map<std::uint32_t, std::uint32_t>> go(1);
    std::vector<std::vector<std::uint32_t>> out(1);
    for (std::uint32_t id = 0; id < m_literals.size(); ++id) {
        std::uint32_t s = 0;
        for (char c : m_literals[id]) {
            const std::uint32_t cls = m_class[static_cast<unsigned char>(c)];
            auto found = go[s].find(cls);
            if (found == go[s].end()) {
                go.emplace_back();
                out.emplace_back();
                const auto n = static_cast<std::uint32_t>(go.size() - 1);
                go[s].emplace(cls, n);
                s = n;
            } else {
                s = found->second;
            }
        }
        out[s].push_back(id);
    }
    m_state_count = go.size();

    // Breadth-first: failure links folded into a dense transition table; outputs merged along them.
    m_next.assign(m_state_count * m_classes, 0);
    std::vector<std::uint32_t> fail(m_state_count, 0);
    std::deque<std::uint32_t> queue;
    for (const auto& [cls, child] : go[0]) {
        m_next[cls] = child;
        queue.push_back(child);
    }
    while (!queue.empty()) {
        const std::uint32_t s = queue.front();
        queue.pop_front();
        const std::vector<std::uint32_t>& inherited = out[fail[s]];
        out[s].insert(out[s].end(), inherited.begin(), inherited.end());
        for (std::uint32_t cls = 0; cls < m_classes; ++cls) {
            const auto child = go[s].find(cls);
            const std::size_t idx = static_cast<std::size_t>(s) * m_classes + cls;
            if (child != go[s].end()) {
                fail[child->second] = m_next[static_cast<std::size_t>(fail[s]) * m_classes + cls];
                m_next[idx] = child->second;
                queue.push_back(child->second);
            } else {
                m_next[idx] = m_next[static_cast<std::size_t>(fail[s]) * m_classes + cls];
            }
        }
    }
    m_out_begin.assign(m_state_count + 1, 0);
    m_out.clear();
    for (std::size_t s = 0; s < m_state_count; ++s) {
        m_out_begin[s] = static_cast<std::uint32_t>(m_out.size());
        m_out.insert(m_out.end(), out[s].begin(), out[s].end());
    }
    m_out_begin[m_state_count] = static_cast<std::uint32_t>(m_out.size());
}

}  // namespace faultline::match
