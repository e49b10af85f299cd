#include <catch2/catch.hpp>

#include "render/markdown.hpp"
#include "render/sample_analysis.hpp"

using namespace faultline;

TEST_CASE("render::render_markdown", "[render]") {
    const std::string md = render::render_markdown(test::sample_analysis());
    CHECK_THAT(md, Catch::StartsWith("### ❌ Disk is full"));
    CHECK_THAT(md, Catch::Contains("confidence **0.91**") && Catch::Contains("failed step `Run build`"));
    CHECK_THAT(md, Catch::Contains("```text\n    41: before\n    42: write error: No space left on device `x`\n    43: after\n```"));
    CHECK_THAT(md, Catch::Contains("**Silent failures**"));
    model::Analysis u;
    u.status = model::Status::unknown;
    u.excerpt.lines = {{7, "error: ``` fence"}};
    CHECK_THAT(render::render_markdown(u), Catch::Contains("````text\n     7: error: ``` fence\n````"));
}
