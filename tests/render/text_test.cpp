#include <catch2/catch.hpp>

#include "render/sample_analysis.hpp"
#include "render/text.hpp"

using namespace faultline;

TEST_CASE("render::render_text", "[render]") {
    const auto a = test::sample_analysis();
    SECTION("plain text has no escape codes and shows the essentials") {
        const std::string t = render::render_text(a, render::Color::off);
        CHECK(t.find('\x1b') == std::string::npos);
        CHECK_THAT(t, Catch::Contains("Disk is full") && Catch::Contains("[disk-full]") && Catch::Contains("L42") &&
                          Catch::Contains("df -h") && Catch::Contains("Silent failures") && Catch::Contains("exit code 1"));
    }
    SECTION("colour only when asked") { CHECK(render::render_text(a, render::Color::on).find("\x1b[") != std::string::npos); }
    SECTION("unknown and empty") {
        model::Analysis u;
        u.status = model::Status::unknown;
        u.excerpt.lines = {{7, "error: boom"}};
        CHECK_THAT(render::render_text(u, render::Color::off), Catch::Contains("No known failure matched") && Catch::Contains("L7"));
        model::Analysis e;
        CHECK_THAT(render::render_text(e, render::Color::off), Catch::Contains("empty"));
    }
}

TEST_CASE("render::render_fix", "[render]") {
    CHECK_THAT(render::render_fix(test::sample_analysis()), Catch::StartsWith("# Disk is full [disk-full]") && Catch::Contains("df -h"));
    CHECK_THAT(render::render_fix(model::Analysis{}), Catch::Contains("no fix steps"));
}
