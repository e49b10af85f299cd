#include <catch2/catch.hpp>

#include "render/markdown_util.hpp"

using namespace faultline::render;

TEST_CASE("render::code_fence", "[render]") {
    CHECK(code_fence("plain") == "```");
    CHECK(code_fence("has ```` four") == "`````");
}

TEST_CASE("render::inline_code", "[render]") {
    CHECK(inline_code("x") == "`x`");
    CHECK(inline_code("a`b") == "``a`b``");
    CHECK(inline_code("`edge") == "`` `edge ``");
}

TEST_CASE("render::escape_markdown", "[render]") { CHECK(escape_markdown("a*b_[c]<d>") == "a\\*b\\_\\[c\\]\\<d\\>"); }
