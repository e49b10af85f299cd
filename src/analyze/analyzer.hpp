// Composes the pipeline: ingest -> match -> rank, in one streaming pass over the log.
#pragma once

#include <string>
#include <vector>

#include "ingest/byte_source.hpp"
#include "match/line_signals.hpp"
#include "match/pattern_set.hpp"
#include "model/analysis.hpp"
#include "model/playbook.hpp"

namespace faultline::analyze {

/// Knobs of one analysis.
struct AnalyzeOptions {
    std::size_t top = 5;      ///< Most diagnoses reported.
    std::size_t context = 0;  ///< Context lines kept around each evidence line.
};

/// A catalog compiled once, ready to analyse any number of logs.
class Analyzer {
public:
    /// Compiles every pattern of `playbooks` (kept by reference; must outlive the analyzer).
    /// Throws Error at the pattern's position for a bad regex.
    explicit Analyzer(const std::vector<model::Playbook>& playbooks);

    /// Reads `source` to the end and returns its analysis; `path` is what `source.path` reports.
    model::Analysis analyze(ingest::ByteSource& source, const std::string& path, const AnalyzeOptions& options) const;

    /// The compiled patterns (for lint and statistics).
    const match::PatternSet& patterns() const { return m_patterns; }

private:
    const std::vector<model::Playbook>& m_playbooks;
    match::PatternSet m_patterns;
    match::LineSignals m_signals;
};

}  // namespace faultline::analyze
