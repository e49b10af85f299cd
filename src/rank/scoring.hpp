// The scoring rules: pattern weights, step factors, confidence and the reporting threshold.
#pragma once

#include <string>

namespace faultline::rank {

/// Diagnoses below this confidence are not reported (Faultline says it does not know).
inline constexpr double k_report_threshold = 0.5;
/// Score added by a matched `sequence`, before `base_score`.
inline constexpr double k_sequence_weight = 1.5;
/// Factor for a pattern whose hits all lie outside the failed step (when the log marks one).
inline constexpr double k_outside_failed_step = 0.5;
/// Steepness of the score-to-confidence curve.
inline constexpr double k_confidence_slope = 1.2;
/// How much a close runner-up lowers confidence (at a tie).
inline constexpr double k_ambiguity_penalty = 0.25;

/// Weight of a pattern shared by `users` playbooks: 1 / users.
double pattern_weight(std::size_t users);

/// Confidence for `score` when the strongest other candidate scores `rival` (0 when none):
/// (1 - exp(-slope x score)) x (1 - penalty x min(1, rival / score)^2), rounded to two decimals.
double confidence(double score, double rival);

/// The rules above in prose, for `faultline explain --scoring`.
std::string scoring_explanation();

}  // namespace faultline::rank
