// Turns collected hits into ranked diagnoses, findings, the excerpt and the failure context.
#pragma once

#include <vector>

#include "model/analysis.hpp"
#include "model/hits.hpp"
#include "model/log_line.hpp"
#include "model/playbook.hpp"
#include "rank/evidence_collector.hpp"
#include "rank/excerpt_collector.hpp"
#include "rank/scoring.hpp"

namespace faultline::rank {

/// What ranking needs, all gathered by the streaming pass.
struct RankInput {
    const std::vector<model::Playbook>& playbooks;
    const model::PatternIndex& index;
    const EvidenceCollector& evidence;
    const ExcerptCollector& excerpt;
    const std::vector<model::Step>& steps;
    std::size_t failed_step = 0;  ///< Index into `steps`; 0 when unknown.
    std::size_t total_lines = 0;
    model::JobResult job_result = model::JobResult::unknown;  ///< success: no failure to diagnose
};

/// How many results to keep.
struct RankOptions {
    std::size_t top = 5;                  ///< Most diagnoses reported.
    double threshold = k_report_threshold;
};

/// Fills `out.diagnoses`, `out.findings`, `out.excerpt` and `out.context`, deterministically.
void rank(const RankInput& input, const RankOptions& options, model::Analysis& out);

}  // namespace faultline::rank
