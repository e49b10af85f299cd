#include <catch2/catch.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"
#include "util/error.hpp"

using namespace faultline;

TEST_CASE("cli::command_explain", "[cli]") {
    auto a = test::e2e_catalog_args();
    a.insert(a.begin(), {"disk-full", "--format", "markdown"});
    CHECK_THAT(test::run_command(cli::command_explain, a).out, Catch::StartsWith("## Matched signals"));
    CHECK_THROWS_AS(test::run_command(cli::command_explain, {}), UsageError);
    CHECK_THROWS_WITH(test::run_command(cli::command_explain, {"no-such-playbook"}), Catch::Contains("no playbook with id"));
}
