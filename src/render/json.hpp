// Renders an Analysis as the versioned JSON contract (faultline.analysis/v1).
#pragma once

#include <string>

#include "model/analysis.hpp"

namespace faultline::render {

/// Returns the analysis JSON document (pretty-printed, ending with a newline).
std::string render_json(const model::Analysis& analysis);

}  // namespace faultline::render
