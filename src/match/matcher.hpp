// Streams log lines through every compiled pattern at once and reports what each line hit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "match/pattern_set.hpp"
#include "model/log_line.hpp"

namespace faultline::match {

/// Scans lines in order; keeps the small state that `sequence` patterns need between lines.
class Matcher {
public:
    /// Uses `patterns`, which must outlive the matcher.
    explicit Matcher(const PatternSet& patterns);

    /// Fills `out` with the hits of `line` (lines must come in increasing order).
    void scan(const model::LogLine& line, model::LineHits& out);

    /// Regexes that hit the backtracking limit, one sentence each.
    const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    void test_regex(std::uint32_t id, const std::string& text, std::vector<std::uint32_t>& hits);

    const PatternSet& m_set;
    std::vector<std::size_t> m_seen;     // per literal: last line it was reported on
    std::vector<std::size_t> m_tested;   // per pattern: last line it was tested/hit on
    std::vector<std::uint32_t> m_literal_hits;
    // Per playbook with a sequence: for each prefix length, the lines of the latest completion.
    std::vector<std::vector<std::vector<std::size_t>>> m_chains;
    std::vector<bool> m_regex_blown;
    std::vector<std::string> m_warnings;
};

}  // namespace faultline::match
