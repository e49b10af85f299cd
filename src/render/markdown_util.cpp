#include "render/markdown_util.hpp"

#include <algorithm>

namespace faultline::render {
namespace {
std::size_t longest_backtick_run(std::string_view text) {
    std::size_t best = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}
}  // namespace

std::string code_fence(std::string_view text) { return std::string(std::max<std::size_t>(3, longest_backtick_run(text) + 1), '`'); }

std::string inline_code(std::string_view text) {
    const std::string ticks(longest_backtick_run(text) + 1, '`');
    const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
    return ticks + (pad ? " " : "") + std::string(text) + (pad ? " " : "") + ticks;
}

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' ||
            c == '|' || c == '`')
            out += '\\';
        out += c;
    }
    return out;
}

}  // namespace faultline::render
