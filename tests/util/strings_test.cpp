#include <catch2/catch.hpp>

#include "util/strings.hpp"

using namespace faultline::util;

TEST_CASE("util::fold_case", "[util]") {
    CHECK(fold_case("ECONNREFUSED Foo") == "econnrefused foo");
    CHECK(fold_case("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("util::fold_whitespace", "[util]") {
    CHECK(fold_whitespace("  a \t\t b  c ") == "a b c");
    CHECK(fold_whitespace("") == "");
}

TEST_CASE("util::trim", "[util]") { CHECK(trim(" \r\n x y \t") == "x y"); }

TEST_CASE("util::split", "[util]") {
    const auto parts = split("a::b", ':');
    REQUIRE(parts.size() == 3);
    CHECK(parts[1].empty());
}

TEST_CASE("util::contains_nocase", "[util]") {
    CHECK(contains_nocase("Error: Connect ECONNREFUSED", "econnrefused"));
    CHECK_FALSE(contains_nocase("abc", "abcd"));
    CHECK(starts_with_nocase("##[ERROR]x", "##[error]"));
}

TEST_CASE("util::replace_all", "[util]") { CHECK(replace_all("a%b%", "%", "%25") == "a%25b%25"); }
