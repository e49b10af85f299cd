#include <catch2/catch.hpp>

#include <cstdlib>

#include "cli/cli_test_support.hpp"
#include "cli/context.hpp"

using namespace faultline;

TEST_CASE("cli::load_catalog", "[cli]") {
    test::TempDir dir;
    dir.write("extra.yaml", "id: extra\ntitle: T\ncategory: build\nseverity: low\nsummary: s\ndiagnosis: d\nfix: f\n"
                            "validation: v\nmatch:\n  any: [\"extra words\"]\n");
    ::setenv("FAULTLINE_PLAYBOOK_DIR", dir.path().c_str(), 1);
    std::ostringstream out, err;
    const cli::Context ctx{{}, out, err};
    const auto cat = cli::load_catalog(ctx, cli::CatalogOptions{{}, true});
    ::unsetenv("FAULTLINE_PLAYBOOK_DIR");
    REQUIRE(cat.playbooks.size() == 1);
    CHECK(cat.playbooks[0].id == "extra");
    CHECK(ctx.env("FAULTLINE_PLAYBOOK_DIR") == std::nullopt);
}

TEST_CASE("cli::Context::warn", "[cli]") {
    std::ostringstream out, err;
    const cli::Context ctx{{}, out, err};
    ctx.warn("careful");
    CHECK(err.str() == "faultline: warning: careful\n");
}
