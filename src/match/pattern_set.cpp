#include "match/pattern_set.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "match/regex_literal.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace faultline::match {

std::string pattern_key(const model::Pattern& p) {
    return p.is_regex ? "re:" + util::fold_case(p.body) : util::fold_case(util::fold_whitespace(p.body));
}

namespace {
// Minimum guard length: shorter literals hit too many lines to save any work.
constexpr std::size_t k_min_guard = 3;
}  // namespace

PatternSet::PatternSet(const std::vector<model::Playbook>& playbooks) {
    std::unordered_map<std::string, std::uint32_t> ids;
    m_index.playbooks.reserve(playbooks.size());
    for (const model::Playbook& pb : playbooks) {
        model::PlaybookPatternIds pp;
        std::set<std::uint32_t> used;  // count each playbook once per pattern
        const auto add = [&](const model::Pattern& p, std::vector<std::uint32_t>& into, bool counts) {
            const std::string key = pattern_key(p);
            auto it = ids.find(key);
            std::uint32_t id = 0;
            if (it == ids.end()) {
                id = intern(p, pb);
                ids.emplace(key, id);
            } else {
                id = it->second;
            }
            if (std::find(into.begin(), into.end(), id) == into.end() || &into == &pp.sequence) into.push_back(id);
            if (counts && used.insert(id).second) ++m_index.patterns[id].users;
        };
        for (const auto& p : pb.match.any) add(p, pp.any, true);
        for (const auto& p : pb.match.all) add(p, pp.all, true);
        for (const auto& p : pb.match.none) add(p, pp.none, false);
        if (pb.match.sequence) {
            for (const auto& p : pb.match.sequence->patterns) add(p, pp.sequence, true);
            pp.within = pb.match.sequence->within;
        }
        m_index.playbooks.push_back(std::move(pp));
    }
    m_automaton.compile();
    m_literal_users.assign(m_automaton.size(), {});
    for (std::uint32_t id = 0; id < m_patterns.size(); ++id) {
        if (m_patterns[id].has_literal) m_literal_users[m_patterns[id].literal_id].push_back(id);
        else m_unguarded.push_back(id);
    }
}

std::uint32_t PatternSet::intern(const model::Pattern& p, const model::Playbook& owner) {
    CompiledPattern cp;
    cp.is_regex = p.is_regex;
    m_index.patterns.push_back(model::PatternInfo{p.source, 0});
    if (p.is_regex) {
        try {
            cp.regex.emplace(p.body, boost::regex::perl | boost::regex::icase);
        } catch (const boost::regex_error& e) {
            throw Error(located_message(owner.source_path, p.line, p.column,
                                        "invalid regex '" + p.body + "': " + e.what(),
                                        "Perl syntax; escape ( ) [ ] . * + ? with a backslash"));
        }
        cp.guard = required_literal(p.body);
        if (cp.guard.size() >= k_min_guard) {
            cp.literal_id = m_automaton.add(cp.guard);
            cp.has_literal = true;
        }
    } else {
        cp.literal_id = m_automaton.add(util::fold_whitespace(p.body));
        cp.has_literal = true;
    }
    m_patterns.push_back(std::move(cp));
    return static_cast<std::uint32_t>(m_patterns.size() - 1);
}

}  // namespace faultline::match
