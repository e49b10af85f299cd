#include <catch2/catch.hpp>

#include "match/pattern_set.hpp"
#include "support/test_support.hpp"
#include "util/error.hpp"

using namespace faultline;

namespace {
model::Playbook make(const std::string& id, const std::string& match) { return test::minimal_playbook(id, match); }
}  // namespace

TEST_CASE("match::PatternSet::PatternSet", "[match]") {
    SECTION("shared patterns are interned once and counted per playbook") {
        const std::vector<model::Playbook> pbs = {make("a", "  any: [\"Connection  Refused\", \"alpha only\"]\n"),
                                                  make("b", "  any: [\"connection refused\"]\n  none: [\"alpha only\"]\n")};
        const match::PatternSet set(pbs);
        const auto& index = set.index();
        REQUIRE(index.patterns.size() == 2);
        CHECK(index.patterns[0].users == 2);
        CHECK(index.patterns[1].users == 1);  // a 'none' use does not count
        CHECK(index.playbooks[1].any == std::vector<std::uint32_t>{0});
        CHECK(index.playbooks[1].none == std::vector<std::uint32_t>{1});
    }
    SECTION("regexes get guard literals; unguarded ones are listed") {
        const std::vector<model::Playbook> pbs = {make("a", "  any: ['re:fatal: \\w+ missing', 're:\\d+|x']\n")};
        const match::PatternSet set(pbs);
        CHECK(set.patterns()[0].guard == " missing");
        CHECK(set.unguarded() == std::vector<std::uint32_t>{1});
    }
    SECTION("a bad regex is reported at its position") {
        const std::vector<model::Playbook> pbs = {make("a", "  any: [\"re:broken (\"]\n")};
        CHECK_THROWS_WITH(match::PatternSet(pbs), Catch::StartsWith("a.yaml:10:9: invalid regex 'broken ('"));
    }
}
