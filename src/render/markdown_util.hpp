// Small helpers for writing GitHub-flavoured markdown safely.
#pragma once

#include <string>
#include <string_view>

namespace faultline::render {

/// Returns a backtick fence longer than any backtick run in `text` (at least three).
std::string code_fence(std::string_view text);

/// Returns `text` as an inline code span that survives backticks inside it.
std::string inline_code(std::string_view text);

/// Escapes characters that markdown would interpret in running text (`*_[]<>#|` and backslash).
std::string escape_markdown(std::string_view text);

}  // namespace faultline::render
