#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"
#include "util/error.hpp"

using namespace faultline;

namespace {
std::vector<std::string> args(std::vector<std::string> a) {
    for (auto& x : test::e2e_catalog_args()) a.push_back(x);
    return a;
}
}  // namespace

TEST_CASE("cli::command_analyze", "[cli]") {
    const std::string log = test::source_path("tests/e2e/logs/github-disk-full.log");
    SECTION("json output and exit codes") {
        const auto r = test::run_command(cli::command_analyze, args({log, "--format", "json"}));
        CHECK(r.code == 0);
        CHECK(nlohmann::json::parse(r.out)["diagnoses"][0]["id"] == "disk-full");
        CHECK(test::run_command(cli::command_analyze, args({log, "--fail-on-match"})).code == 1);
    }
    SECTION("text has two context lines by default, json none") {
        const auto text = test::run_command(cli::command_analyze, args({log}));
        CHECK_THAT(text.out, Catch::Contains("L19") && Catch::Contains("L23"));
        const auto json = nlohmann::json::parse(test::run_command(cli::command_analyze, args({log, "--format", "json"})).out);
        CHECK_FALSE(json["diagnoses"][0]["evidence"][0].contains("before"));
    }
    SECTION("usage errors") {
        CHECK_THROWS_AS(test::run_command(cli::command_analyze, args({log, "--format", "xml"})), UsageError);
        CHECK_THROWS_AS(test::run_command(cli::command_analyze, args({log, "--top", "0"})), UsageError);
        CHECK_THROWS_AS(test::run_command(cli::command_analyze, args({log, "--top", "many"})), UsageError);
    }
    SECTION("help") { CHECK_THAT(test::run_command(cli::command_analyze, {"--help"}).out, Catch::StartsWith("usage: faultline analyze")); }
}
