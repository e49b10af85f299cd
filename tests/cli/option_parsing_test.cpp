#include <catch2/catch.hpp>

#include "cli/option_parsing.hpp"
#include "util/error.hpp"

using namespace faultline;

TEST_CASE("cli::parse_options", "[cli]") {
    cli::po::options_description o;
    int n = 0;
    o.add_options()("n", cli::po::value<int>(&n), "a number");
    const auto vm = cli::parse_options("cmd", {"--n", "3"}, o, {});
    CHECK(n == 3);
    CHECK_THROWS_WITH(cli::parse_options("cmd", {"--m"}, o, {}), Catch::StartsWith("cmd: ") && Catch::Contains("faultline cmd --help"));
}
