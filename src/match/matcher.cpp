#include "match/matcher.hpp"

#include <algorithm>

namespace faultline::match {

Matcher::Matcher(const PatternSet& patterns)
    : m_set(patterns),
      m_seen(patterns.automaton().size(), 0),
      m_tested(patterns.patterns().size(), 0),
      m_chains(patterns.index().playbooks.size()),
      m_regex_blown(patterns.patterns().size(), false) {
    for (std::size_t i = 0; i < patterns.index().playbooks.size(); ++i)
        m_chains[i].resize(patterns.index().playbooks[i].sequence.size());
}

void Matcher::test_regex(std::uint32_t id, const std::string& text, std::vector<std::uint32_t>& hits) {
    if (m_regex_blown[id]) return;
    try {
        if (boost::regex_search(text, *m_set.patterns()[id].regex)) hits.push_back(id);
    } catch (const std::runtime_error&) {
        // Boost bounds backtracking and throws when a line exceeds it: treat as no match, once.
        m_regex_blown[id] = true;
        m_warnings.push_back("pattern '" + m_set.index().patterns[id].source +
                             "' exceeded the regex complexity limit and was disabled for this log");
    }
}

void Matcher::scan(const model::LogLine& line, model::LineHits& out) {
    out.patterns.clear();
    out.sequences.clear();
    const std::size_t n = line.number;
    const std::string& text = line.normalized;
    if (text.empty()) return;

    m_literal_hits.clear();
    m_set.automaton().scan(text, [&](std::uint32_t lit) {
        if (m_seen[lit] != n) {
            m_seen[lit] = n;
            m_literal_hits.push_back(lit);
        }
    });
    for (std::uint32_t lit : m_literal_hits) {
        for (std::uint32_t id : m_set.literal_users()[lit]) {
            if (m_tested[id] == n) continue;
            m_tested[id] = n;
            if (m_set.patterns()[id].is_regex) test_regex(id, text, out.patterns);
            else out.patterns.push_back(id);
        }
    }
    for (std::uint32_t id : m_set.unguarded()) test_regex(id, text, out.patterns);
    if (out.patterns.empty()) return;
    std::sort(out.patterns.begin(), out.patterns.end());

    // Advance sequences: element k extends the latest chain of length k within `within` lines.
    const auto hit = [&](std::uint32_t id) { return std::binary_search(out.patterns.begin(), out.patterns.end(), id); };
    const auto& playbooks = m_set.index().playbooks;
    for (std::size_t pb = 0; pb < playbooks.size(); ++pb) {
        const auto& seq = playbooks[pb].sequence;
        if (seq.empty()) continue;
        auto& chains = m_chains[pb];
        for (std::size_t k = seq.size(); k-- > 1;) {
            const auto& prev = chains[k - 1];
            if (prev.empty() || !hit(seq[k])) continue;
            const std::size_t last = prev.back();
            if (last >= n || n - last > playbooks[pb].within) continue;
            chains[k] = prev;
            chains[k].push_back(n);
            if (k + 1 == seq.size()) {
                out.sequences.push_back(model::SequenceHit{pb, chains[k]});
                chains[k].clear();
            }
        }
        if (hit(seq[0])) chains[0] = {n};
    }
}

}  // namespace faultline::match
