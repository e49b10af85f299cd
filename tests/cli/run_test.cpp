#include <catch2/catch.hpp>

#include "cli/exit_codes.hpp"
#include "cli/run.hpp"

TEST_CASE("cli::run", "[cli]") {
    using namespace faultline::cli;
    const char* version[] = {"faultline", "--version"};
    CHECK(run(2, const_cast<char**>(version)) == k_exit_ok);
    const char* unknown[] = {"faultline", "nonsense"};
    CHECK(run(2, const_cast<char**>(unknown)) == k_exit_error);
    const char* none[] = {"faultline"};
    CHECK(run(1, const_cast<char**>(none)) == k_exit_error);
}
