// Renders an Analysis for a terminal: the diagnosis, evidence with line numbers, fix steps.
#pragma once

#include <string>

#include "model/analysis.hpp"

namespace faultline::render {

/// Whether to emit ANSI colours.
enum class Color { off, on };

/// Returns the terminal report of `analysis`.
std::string render_text(const model::Analysis& analysis, Color color);

/// Returns only the fix steps of the top diagnosis (for `faultline fix`), or a one-line note.
std::string render_fix(const model::Analysis& analysis);

}  // namespace faultline::render
