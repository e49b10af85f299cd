#include <catch2/catch.hpp>

#include <set>

#include "match/literal_automaton.hpp"

using faultline::match::LiteralAutomaton;

namespace {
std::set<std::uint32_t> found(const LiteralAutomaton& a, std::string_view text) {
    std::set<std::uint32_t> out;
    a.scan(text, [&](std::uint32_t id) { out.insert(id); });
    return out;
}
}  // namespace

TEST_CASE("match::LiteralAutomaton::scan", "[match]") {
    LiteralAutomaton a;
    const auto he = a.add("he");
    const auto she = a.add("SHE");
    const auto hers = a.add("hers");
    const auto his = a.add("his");
    CHECK(a.add("She") == she);  // case variants are one literal
    a.compile();
    SECTION("overlapping literals are all found, case-insensitively") {
        CHECK(found(a, "uSHERS") == std::set<std::uint32_t>{he, she, hers});
        CHECK(found(a, "this") == std::set<std::uint32_t>{his});
        CHECK(found(a, "nothing").empty());
    }
    SECTION("bytes outside the literals' alphabet reset nothing they should not") {
        CHECK(found(a, "h\xC3\xA9 s-he") == std::set<std::uint32_t>{he});
    }
}

TEST_CASE("match::LiteralAutomaton::compile", "[match]") {
    LiteralAutomaton a;
    for (int i = 0; i < 2000; ++i) a.add("pattern number " + std::to_string(i) + " failed");
    a.compile();
    CHECK(a.size() == 2000);
    CHECK(found(a, "xx PATTERN NUMBER 1234 FAILED yy").count(1234) == 1);
}
