// Renders an Analysis as GitHub-flavoured markdown (job summaries, comments, `--format markdown`).
#pragma once

#include <string>

#include "model/analysis.hpp"

namespace faultline::render {

/// Returns the markdown report of `analysis`.
std::string render_markdown(const model::Analysis& analysis);

}  // namespace faultline::render
