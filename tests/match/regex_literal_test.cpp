#include <catch2/catch.hpp>

#include "match/regex_literal.hpp"

using faultline::match::regex_error;
using faultline::match::required_literal;

TEST_CASE("match::required_literal", "[match]") {
    CHECK(required_literal(R"(connect\(\) to \S+ failed)") == "connect() to ");
    CHECK(required_literal(R"(^ModuleNotFoundError: No module)") == "modulenotfounderror: no module");
    CHECK(required_literal(R"(npm ERR! code E40[13])") == "npm err! code e40");
    CHECK(required_literal("a|b") == "");
    CHECK(required_literal("(foo|bar) baz quux") == " baz quux");
    CHECK(required_literal("colou?r value") == "r value");
    CHECK(required_literal("errors?: found") == ": found");
    CHECK(required_literal("x+yz") == "yz");
    CHECK(required_literal(R"(\d+ tests? failed)") == " failed");
    CHECK(required_literal(R"(\Qa.b(c)\E tail)") == "a.b(c) tail");
    CHECK(required_literal("[abc]def{0,2}gh") == "de");
}

TEST_CASE("match::regex_error", "[match]") {
    CHECK(regex_error("fine (ok)").empty());
    CHECK_FALSE(regex_error("broken (").empty());
}
