#include "util/utf8.hpp"

namespace faultline::util {
namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid (RFC 3629 rules:
// no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return c == 0 ? 0 : 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return 0;
    if (i + len > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return len;
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

bool is_clean_utf8(std::string_view text) {
    std::size_t i = 0;
    // Fast path: plain ASCII without NUL is the common case.
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0 || c >= 0x80) break;
        ++i;
    }
    while (i < text.size()) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::size_t utf8_floor(std::string_view text, std::size_t max_bytes) {
    if (max_bytes >= text.size()) return text.size();
    std::size_t n = max_bytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return n;
}

}  // namespace faultline::util
