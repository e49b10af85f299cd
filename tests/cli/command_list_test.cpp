#include <catch2/catch.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"

using namespace faultline;

TEST_CASE("cli::command_list", "[cli]") {
    auto a = test::e2e_catalog_args();
    a.insert(a.begin(), {"--category", "network"});
    const auto r = test::run_command(cli::command_list, a);
    CHECK_THAT(r.out, Catch::Contains("connection-refused") && Catch::Contains("1 playbooks"));
}
