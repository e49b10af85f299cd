#include <catch2/catch.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"

using namespace faultline;

TEST_CASE("cli::command_docs", "[cli]") {
    test::TempDir dir;
    auto a = test::e2e_catalog_args();
    a.insert(a.begin(), {"--out", dir.path()});
    CHECK(test::run_command(cli::command_docs, a).code == 0);
    a.push_back("--check");
    CHECK(test::run_command(cli::command_docs, a).code == 0);
    dir.write("network/connection-refused.md", "stale");
    const auto r = test::run_command(cli::command_docs, a);
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains("connection-refused.md: stale"));
}
