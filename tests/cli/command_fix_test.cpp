#include <catch2/catch.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"

using namespace faultline;

TEST_CASE("cli::command_fix", "[cli]") {
    auto a = test::e2e_catalog_args();
    a.insert(a.begin(), test::source_path("tests/e2e/logs/plain-unknown.log"));
    const auto r = test::run_command(cli::command_fix, a);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("no fix steps"));
}
