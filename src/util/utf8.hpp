// UTF-8 validation and repair, so every string that leaves Faultline is valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace faultline::util {

/// Returns `text` with every invalid UTF-8 sequence and every NUL replaced by U+FFFD.
std::string sanitize_utf8(std::string_view text);

/// True when `text` is valid UTF-8 without NUL bytes.
bool is_clean_utf8(std::string_view text);

/// Returns the largest prefix length <= `max_bytes` that ends on a UTF-8 character boundary.
std::size_t utf8_floor(std::string_view text, std::size_t max_bytes);

}  // namespace faultline::util
