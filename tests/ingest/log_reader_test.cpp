#include <catch2/catch.hpp>

#include "ingest/byte_source.hpp"
#include "ingest/log_reader.hpp"
#include "support/test_support.hpp"

using namespace faultline;

namespace {
std::vector<model::LogLine> read_lines(const std::string& path, std::vector<std::string>* warnings = nullptr) {
    ingest::ByteSource source(path);
    ingest::LogReader reader(source);
    std::vector<model::LogLine> out;
    model::LogLine line;
    while (reader.next(line)) out.push_back(line);
    if (warnings != nullptr) *warnings = reader.warnings();
    return out;
}
}  // namespace

TEST_CASE("ingest::LogReader::next", "[ingest]") {
    test::TempDir dir;
    SECTION("numbers count blank lines and the last line without newline") {
        const auto lines = read_lines(dir.write("a.log", "one\n\n\nfour"));
        REQUIRE(lines.size() == 4);
        CHECK(lines[3].number == 4);
        CHECK(lines[3].text == "four");
    }
    SECTION("empty input yields no lines") { CHECK(read_lines(dir.write("e.log", "")).empty()); }
    SECTION("NUL bytes and binary data are survivable") {
        std::string data;
        for (int i = 0; i < 4096; ++i) data += static_cast<char>(i * 7 % 256);
        std::vector<std::string> warnings;
        const auto lines = read_lines(dir.write("b.bin", data), &warnings);
        CHECK_FALSE(lines.empty());
        for (const auto& l : lines) CHECK(l.text.find('\0') == std::string::npos);
    }
    SECTION("an over-long line is cut (head and tail kept) and flagged") {
        std::vector<std::string> warnings;
        const auto lines = read_lines(dir.write("long.log", std::string(200000, 'a') + "\nafter\n"), &warnings);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].truncated);
        CHECK(lines[0].text.size() < 70000);
        CHECK(lines[1].text == "after");
        CHECK(warnings.empty());  // cutting is normal behaviour, not a problem worth a warning
    }
    SECTION("CR-only progress output is one line showing its last state") {
        const auto lines = read_lines(dir.write("cr.log", "1%\r2%\r3%\rERROR: disk full\r"));
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].text == "ERROR: disk full");
    }
}
