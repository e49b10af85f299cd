#include <catch2/catch.hpp>

#include "ingest/normalize.hpp"

using namespace faultline::ingest;
using faultline::model::LineMarker;

TEST_CASE("ingest::strip_ansi", "[ingest]") {
    CHECK(strip_ansi("\x1b[31;1mred\x1b[0m text") == "red text");
    CHECK(strip_ansi("\x1b]8;;http://x\x07link\x1b]8;;\x07") == "link");
    CHECK(strip_ansi(std::string("a\0b\x07", 4)) == "ab");
    CHECK(strip_ansi("tab\tkept") == "tab\tkept");
    CHECK(strip_ansi("dangling\x1b") == "dangling");
}

TEST_CASE("ingest::strip_timestamp", "[ingest]") {
    CHECK(strip_timestamp("2026-01-01T00:00:00.1234567Z hello") == "hello");
    CHECK(strip_timestamp("2024-05-14T09:25:37.948862Z 00O+ cont") == "cont");
    CHECK(strip_timestamp("2024-05-14T09:25:37.948862Z 01E err") == "err");
    CHECK(strip_timestamp("[2024-01-01T10:00:00.000Z] jenkins") == "jenkins");
    CHECK(strip_timestamp("2024-01-01 10:00:00,123+02:00 x") == "x");
    CHECK(strip_timestamp("2024-01-01 is a date") == "2024-01-01 is a date");
    CHECK(strip_timestamp("plain") == "plain");
}

TEST_CASE("ingest::take_gh_cli_prefix", "[ingest]") {
    std::string_view line = "build\tRun npm test\t2024-01-01T00:00:00.1Z hello";
    CHECK(take_gh_cli_prefix(line) == "Run npm test");
    CHECK(line == "2024-01-01T00:00:00.1Z hello");
    std::string_view other = "a\tb\tc";
    CHECK(take_gh_cli_prefix(other).empty());
    CHECK(other == "a\tb\tc");
    CHECK(normalize_line("job\tstep\t2024-01-01T00:00:00.1Z ##[error]boom").normalized == "boom");
}

TEST_CASE("ingest::normalize_line", "[ingest]") {
    SECTION("GitHub error marker is kept in text but not in the normalised form") {
        const NormalizedLine n = normalize_line("2026-01-01T00:00:00.0000000Z ##[error]Process  completed");
        CHECK(n.text == "##[error]Process  completed");
        CHECK(n.normalized == "Process completed");
        CHECK(n.marker == LineMarker::error);
    }
    SECTION("group titles") {
        const NormalizedLine n = normalize_line("##[group]Run npm test");
        CHECK(n.marker == LineMarker::group_start);
        CHECK(n.marker_title == "Run npm test");
        CHECK(normalize_line("::group::Build").marker_title == "Build");
        CHECK(normalize_line("::error file=a.c,line=1::boom").normalized == "boom");
    }
    SECTION("GitLab section markers are parsed and removed") {
        const NormalizedLine n = normalize_line("\x1b[0Ksection_start:1700000000:step_script[collapsed=true]\r\x1b[0K\x1b[32;1mExecuting step\x1b[0;m");
        REQUIRE(n.sections.size() == 1);
        CHECK(n.sections[0].start);
        CHECK(n.sections[0].name == "step_script");
        CHECK(n.text == "Executing step");
        const NormalizedLine e = normalize_line("\x1b[0Ksection_end:1700000001:step_script\r\x1b[0K");
        REQUIRE(e.sections.size() == 1);
        CHECK_FALSE(e.sections[0].start);
        CHECK(e.text.empty());
    }
    SECTION("carriage-return progress keeps what a terminal shows last") {
        CHECK(normalize_line("10%\r50%\rdone: error here\r").text == "done: error here");
    }
    SECTION("invalid UTF-8 is replaced") { CHECK(normalize_line("bad \xFF byte").text == "bad \xEF\xBF\xBD byte"); }
}
