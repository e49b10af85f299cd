// Keeps the lines most likely to explain a failure while streaming, for the excerpt of any log.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "model/analysis.hpp"
#include "model/log_line.hpp"
#include "rank/line_window.hpp"

namespace faultline::rank {

/// A line kept as a possible cause.
struct Candidate {
    std::size_t line = 0;
    std::size_t step = 0;
    double signal = 0.0;  ///< Lexicon score of the line.
    bool error_marker = false;
    std::string text;
};

/// Bounded: the strongest candidates by signal, the latest candidates, and the log's last lines.
class ExcerptCollector {
public:
    ExcerptCollector();

    /// Considers `line`, whose lexicon score is `signal`.
    void observe(const model::LogLine& line, double signal);

    /// Every candidate kept, sorted by line number, without duplicates.
    std::vector<Candidate> candidates() const;
    /// The last non-blank lines of the log (number and text), oldest first.
    std::vector<model::NumberedLine> tail() const { return m_tail.last(m_tail.size()); }

private:
    std::vector<Candidate> m_strongest;  // min-heap on (signal, line)
    std::deque<Candidate> m_latest;
    LineWindow m_tail;
};

}  // namespace faultline::rank
