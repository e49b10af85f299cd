#include <catch2/catch.hpp>

#include "cli/analysis_session.hpp"
#include "cli/cli_test_support.hpp"

using namespace faultline;

TEST_CASE("cli::analyze_log", "[cli]") {
    test::TempDir dir;
    const std::string path = dir.write("cut.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10));
    std::ostringstream out, err;
    const cli::Context ctx{{}, out, err};
    const auto a = cli::analyze_log(ctx, path, cli::CatalogOptions{{test::source_path("tests/e2e/playbooks")}, true}, {});
    CHECK(a.status == model::Status::empty);
    CHECK_THAT(err.str(), Catch::StartsWith("faultline: warning: ") && Catch::Contains("gzip"));
}
