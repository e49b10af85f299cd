// Keeps, for every pattern, a bounded set of the lines it hit (with their context) while streaming.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis.hpp"
#include "model/hits.hpp"
#include "model/log_line.hpp"
#include "rank/line_window.hpp"

namespace faultline::rank {

/// One stored hit: the line, its step and its context.
struct HitRecord {
    std::size_t line = 0;
    std::size_t step = 0;
    std::string text;
    std::vector<model::NumberedLine> before;
    std::vector<model::NumberedLine> after;
};

/// The hits of one pattern: how many, the first few and the last few.
struct PatternHits {
    std::size_t count = 0;
    std::vector<HitRecord> first;
    std::deque<HitRecord> last;
};

/// Collects hits line by line; memory is bounded by the number of patterns, not the log.
class EvidenceCollector {
public:
    /// Sized for `index`; keeps `context` lines before and after each stored hit.
    EvidenceCollector(const model::PatternIndex& index, std::size_t context);

    /// Records `line` and its `hits`.
    void observe(const model::LogLine& line, const model::LineHits& hits);

    /// Per pattern id.
    const std::vector<PatternHits>& patterns() const { return m_patterns; }
    /// Per playbook: the latest completed sequence and the records of its lines.
    const std::vector<std::vector<HitRecord>>& sequences() const { return m_sequences; }

private:
    HitRecord make_record(const model::LogLine& line);
    void fill_after(const model::LogLine& line);

    std::size_t m_context;
    LineWindow m_window;
    std::vector<PatternHits> m_patterns;
    std::vector<std::vector<HitRecord>> m_sequences;
    std::vector<std::uint32_t> m_active;         // patterns whose newest hit still needs after-context
    std::vector<std::size_t> m_active_sequences; // likewise for sequences
    std::deque<HitRecord> m_recent;  // the last few hit lines, to build sequence evidence from
};

}  // namespace faultline::rank
