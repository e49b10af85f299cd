#include <catch2/catch.hpp>

#include "util/utf8.hpp"

using namespace faultline::util;

TEST_CASE("util::sanitize_utf8", "[util]") {
    SECTION("valid text is unchanged") { CHECK(sanitize_utf8("h\xC3\xA9llo \xE2\x9C\x96") == "h\xC3\xA9llo \xE2\x9C\x96"); }
    SECTION("invalid bytes become U+FFFD") { CHECK(sanitize_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b"); }
    SECTION("truncated sequence") { CHECK(sanitize_utf8("a\xE2\x9C") == "a\xEF\xBF\xBD\xEF\xBF\xBD"); }
    SECTION("overlong and surrogate forms are rejected") {
        CHECK_FALSE(is_clean_utf8("\xC0\xAF"));
        CHECK_FALSE(is_clean_utf8("\xED\xA0\x80"));
    }
    SECTION("NUL is not clean") { CHECK_FALSE(is_clean_utf8(std::string("a\0b", 3))); }
}

TEST_CASE("util::utf8_floor", "[util]") {
    const std::string s = "ab\xE2\x9C\x96";
    CHECK(utf8_floor(s, 3) == 2);
    CHECK(utf8_floor(s, 5) == 5);
    CHECK(utf8_floor(s, 100) == 5);
}
