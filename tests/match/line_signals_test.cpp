#include <catch2/catch.hpp>

#include "match/line_signals.hpp"

TEST_CASE("match::LineSignals::score", "[match]") {
    const faultline::match::LineSignals s;
    CHECK(s.score("src/main.c:12:5: error: expected ';' before '}' token") > 2.0);
    CHECK(s.score("Process completed with exit code 1.") < 0.0);
    CHECK(s.score("npm ERR! A complete log of this run can be found in:") < 0.0);
    CHECK(s.score("Compiled 120 files, 0 errors") < s.score("error: linker command failed"));
    CHECK(s.score("Downloading package 3 of 12") == 0.0);
    CHECK(s.score("warning: deprecated API") < 0.0);
}
