#include <catch2/catch.hpp>

#include "match/matcher.hpp"
#include "support/test_support.hpp"

using namespace faultline;

namespace {
model::Playbook make(const std::string& id, const std::string& match) { return test::minimal_playbook(id, match); }
model::LogLine line(std::size_t n, const std::string& text) {
    model::LogLine l;
    l.number = n;
    l.text = text;
    l.normalized = text;
    return l;
}
}  // namespace

TEST_CASE("match::Matcher::scan", "[match]") {
    const std::vector<model::Playbook> pbs = {
        make("a", "  any: [\"econnrefused\", 're:^E: Unable to locate package \\S+$']\n"),
        make("b", "  sequence:\n    within: 2\n    patterns: [\"Traceback (most recent call last)\", 're:^ModuleNotFoundError: ']\n")};
    const match::PatternSet set(pbs);
    match::Matcher m(set);
    model::LineHits hits;
    SECTION("literals and guarded regexes") {
        m.scan(line(1, "Error: connect ECONNREFUSED 127.0.0.1"), hits);
        CHECK(hits.patterns == std::vector<std::uint32_t>{0});
        m.scan(line(2, "E: Unable to locate package libfoo"), hits);
        CHECK(hits.patterns == std::vector<std::uint32_t>{1});
        m.scan(line(3, "W: E: Unable to locate package libfoo"), hits);
        CHECK(hits.patterns.empty());
    }
    SECTION("a sequence completes in order within its window") {
        m.scan(line(1, "Traceback (most recent call last)"), hits);
        CHECK(hits.sequences.empty());
        m.scan(line(2, "  File x.py"), hits);
        m.scan(line(3, "ModuleNotFoundError: No module named 'x'"), hits);
        REQUIRE(hits.sequences.size() == 1);
        CHECK(hits.sequences[0].lines == std::vector<std::size_t>{1, 3});
    }
    SECTION("a sequence outside its window does not complete") {
        m.scan(line(1, "Traceback (most recent call last)"), hits);
        m.scan(line(5, "ModuleNotFoundError: No module named 'x'"), hits);
        CHECK(hits.sequences.empty());
    }
    SECTION("catastrophic backtracking is bounded and reported") {
        const std::vector<model::Playbook> slow = {make("c", "  any: ['re:(x+x+)+y']\n")};
        const match::PatternSet s2(slow);
        match::Matcher m2(s2);
        m2.scan(line(1, std::string(5000, 'x')), hits);
        CHECK(hits.patterns.empty());
        CHECK(m2.warnings().size() == 1);
    }
}
