// Byte-string helpers that know nothing of CI: ASCII case folding, white-space folding, trimming.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace faultline::util {

/// Returns `c` lower-cased if it is an ASCII upper-case letter, else unchanged.
inline char fold_char(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// Returns `text` with ASCII letters lower-cased (bytes >= 0x80 are left as they are).
std::string fold_case(std::string_view text);

/// Returns `text` trimmed, with every run of spaces and tabs replaced by one space.
std::string fold_whitespace(std::string_view text);

/// Appends `text` to `out` with every run of spaces and tabs replaced by one space (no leading or
/// trailing space is produced).
void append_folded_whitespace(std::string_view text, std::string& out);

/// Returns `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view text);

/// Splits `text` on `sep`, keeping empty fields.
std::vector<std::string_view> split(std::string_view text, char sep);

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool starts_with_nocase(std::string_view text, std::string_view prefix);

/// True when `text` contains `needle`, ignoring ASCII case.
bool contains_nocase(std::string_view text, std::string_view needle);

/// Replaces every occurrence of `from` in `text` by `to`.
std::string replace_all(std::string text, std::string_view from, std::string_view to);

}  // namespace faultline::util
