#include "util/strings.hpp"

#include <algorithm>

namespace faultline::util {

std::string fold_case(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = fold_char(c);
    return out;
}

std::string fold_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_folded_whitespace(text, out);
    return out;
}

void append_folded_whitespace(std::string_view text, std::string& out) {
    const auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n && is_blank(text[i])) ++i;
    const std::size_t start = out.size();
    while (i < n) {
        std::size_t j = i;
        while (j < n && !is_blank(text[j])) ++j;
        if (out.size() > start) out += ' ';
        out.append(text.data() + i, j - i);
        while (j < n && is_blank(text[j])) ++j;
        i = j;
    }
}

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t pos = text.find(sep, start);
        if (pos == std::string_view::npos) {
            out.push_back(text.substr(start));
            return out;
        }
        out.push_back(text.substr(start, pos - start));
        start = pos + 1;
    }
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (prefix.size() > text.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (fold_char(text[i]) != fold_char(prefix[i])) return false;
    return true;
}

bool contains_nocase(std::string_view text, std::string_view needle) {
    if (needle.empty()) return true;
    const auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return fold_char(a) == fold_char(b); });
    return it != text.end();
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    if (from.empty()) return text;
    std::size_t pos = 0;
    while ((pos = text.find(from, pos)) != std::string::npos) {
        text.replace(pos, from.size(), to);
        pos += to.size();
    }
    return text;
}

}  // namespace faultline::util
