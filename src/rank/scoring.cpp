#include "rank/scoring.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace faultline::rank {

double pattern_weight(std::size_t users) { return users == 0 ? 0.0 : 1.0 / static_cast<double>(users); }

double confidence(double score, double rival) {
    if (score <= 0) return 0.0;
    const double base = 1.0 - std::exp(-k_confidence_slope * score);
    const double ratio = std::min(1.0, rival / score);
    const double c = base * (1.0 - k_ambiguity_penalty * ratio * ratio);
    return std::round(c * 100.0) / 100.0;
}

std::string scoring_explanation() {
    return fmt::format(
        "How Faultline scores a playbook\n"
        "\n"
        "1. Candidates. A playbook is a candidate when none of its 'none' patterns hits anywhere in\n"
        "   the log, every 'all' pattern hits somewhere, and at least one 'any' pattern hits or its\n"
        "   'sequence' matches (patterns in order, each within 'within' lines of the previous).\n"
        "2. Weights. A pattern shared by n playbooks weighs 1/n. Case and white-space variants of a\n"
        "   literal are one pattern, and a pattern counts once however often it hits.\n"
        "3. Steps. When the log marks a failed step (GitHub '##[error]Process completed with exit\n"
        "   code N', or its last '##[error]'; GitLab 'ERROR: Job failed'), a pattern whose hits all\n"
        "   lie in steps that ran before it (steps that passed) counts x{}.\n"
        "4. Score = base_score x (sum of the weights of the distinct 'any'/'all' patterns that hit\n"
        "   + {} when the sequence matched).\n"
        "5. Confidence = (1 - exp(-{} x score)) x (1 - {} x min(1, rival/score)^2), where rival is\n"
        "   the best score of any other candidate; rounded to two decimals.\n"
        "6. Only diagnoses with confidence >= {} are reported; below it Faultline says it does not\n"
        "   know and shows the excerpt of the log most likely to explain the failure.\n"
        "7. Order: score, then severity (critical first), then id. Playbooks in the 'silent'\n"
        "   category are reported as findings, not diagnoses.\n",
        k_outside_failed_step, k_sequence_weight, k_confidence_slope, k_ambiguity_penalty, k_report_threshold);
}

}  // namespace faultline::rank
