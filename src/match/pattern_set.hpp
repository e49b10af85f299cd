// Every pattern of a catalog compiled once: literals into one automaton, regexes guarded by literals.
#pragma once

#include <boost/regex.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "match/literal_automaton.hpp"
#include "model/hits.hpp"
#include "model/playbook.hpp"

namespace faultline::match {

/// One distinct pattern, compiled (case and white-space variants of a literal are one pattern).
struct CompiledPattern {
    bool is_regex = false;
    std::optional<boost::regex> regex;  ///< Compiled regex (case-insensitive, Perl syntax).
    std::string guard;                  ///< Literal every regex match contains ("" = none: slow).
    std::uint32_t literal_id = 0;       ///< Automaton id of the literal or the guard.
    bool has_literal = false;           ///< False for a regex without a guard (runs on every line).
};

/// Compiles the patterns of `playbooks` (indexes match the vector's order).
class PatternSet {
public:
    /// Compiles every pattern; throws Error at the pattern's `file:line:col` for a bad regex.
    explicit PatternSet(const std::vector<model::Playbook>& playbooks);

    /// Compiled patterns, indexed like `index().patterns`.
    const std::vector<CompiledPattern>& patterns() const { return m_patterns; }
    /// The plain-data index that rank uses: sources, sharing counts, each playbook's pattern ids.
    const model::PatternIndex& index() const { return m_index; }
    /// The automaton over every literal and guard.
    const LiteralAutomaton& automaton() const { return m_automaton; }
    /// Pattern ids for each automaton literal id (several patterns may share one literal).
    const std::vector<std::vector<std::uint32_t>>& literal_users() const { return m_literal_users; }
    /// Regexes that have no guard literal and run on every line.
    const std::vector<std::uint32_t>& unguarded() const { return m_unguarded; }

private:
    std::uint32_t intern(const model::Pattern& p, const model::Playbook& owner);

    std::vector<CompiledPattern> m_patterns;
    model::PatternIndex m_index;
    LiteralAutomaton m_automaton;
    std::vector<std::vector<std::uint32_t>> m_literal_users;
    std::vector<std::uint32_t> m_unguarded;
};

/// The identity of a pattern: case- and white-space-folded source.
std::string pattern_key(const model::Pattern& p);

}  // namespace faultline::match
