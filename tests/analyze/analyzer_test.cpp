#include <catch2/catch.hpp>

#include "analyze/analyzer.hpp"
#include "render/json.hpp"
#include "support/test_support.hpp"

using namespace faultline;

namespace {
model::Playbook make(const std::string& id, const std::string& match) { return test::minimal_playbook(id, match, "runtime", "high"); }
}  // namespace

TEST_CASE("analyze::Analyzer::analyze", "[analyze]") {
    const std::vector<model::Playbook> pbs = {make("disk-full", "  any: [\"No space left on device\"]\n")};
    SECTION("source information and real line numbers") {
        const auto a = test::analyze_text(pbs, "\x1b[31mstart\x1b[0m\n\n\ncp: error writing 'x': No space left on device\n");
        CHECK(a.source.lines == 4);
        CHECK(a.source.format == "plain");
        REQUIRE(a.diagnoses.size() == 1);
        CHECK(a.diagnoses[0].evidence[0].line == 4);
        CHECK(a.diagnoses[0].evidence[0].text == "cp: error writing 'x': No space left on device");
    }
    SECTION("empty and blank input is status empty") {
        CHECK(test::analyze_text(pbs, "").status == model::Status::empty);
        CHECK(test::analyze_text(pbs, "\n \n\t\n").status == model::Status::empty);
    }
    SECTION("the same input gives byte-identical JSON") {
        const std::string log = "a\nNo space left on device\nb\n";
        CHECK(render::render_json(test::analyze_text(pbs, log, 2)) == render::render_json(test::analyze_text(pbs, log, 2)));
    }
    SECTION("context lines around evidence") {
        const auto a = test::analyze_text(pbs, "one\ntwo\nNo space left on device\nfour\n", 1);
        REQUIRE(a.diagnoses.size() == 1);
        const auto& e = a.diagnoses[0].evidence[0];
        REQUIRE(e.before.size() == 1);
        CHECK(e.before[0].text == "two");
        REQUIRE(e.after.size() == 1);
        CHECK(e.after[0].text == "four");
    }
}
