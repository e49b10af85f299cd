#include <catch2/catch.hpp>

#include <vector>

#include "ingest/line_splitter.hpp"

using faultline::ingest::LineSplitter;

namespace {
std::vector<std::string> split_all(const std::string& data, std::size_t cap = 64, std::size_t chunk = 3) {
    LineSplitter s(cap);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < data.size(); i += chunk) {
        std::string_view part = std::string_view(data).substr(i, chunk);
        while (!part.empty()) {
            part.remove_prefix(s.feed(part));
            if (s.line_ready()) {
                out.emplace_back(s.line());
                s.take_line();
            }
        }
    }
    if (s.finish()) out.emplace_back(s.line());
    return out;
}
}  // namespace

TEST_CASE("ingest::LineSplitter::feed", "[ingest]") {
    SECTION("LF, CRLF and a last line without newline") {
        CHECK(split_all("a\nb\r\n\nc") == std::vector<std::string>{"a", "b", "", "c"});
    }
    SECTION("blank lines are kept so numbering matches the file") {
        CHECK(split_all("\n\n") == std::vector<std::string>{"", ""});
    }
    SECTION("CR inside a line is kept for the normaliser") {
        CHECK(split_all("10%\r50%\r100%\n") == std::vector<std::string>{"10%\r50%\r100%"});
    }
    SECTION("an over-long line keeps its head and tail") {
        const std::string line = std::string(100, 'a') + "MIDDLE" + std::string(100, 'b');
        const auto out = split_all(line + "\nnext\n", 20, 7);
        REQUIRE(out.size() == 2);
        CHECK(out[0] == std::string(10, 'a') + " [...] " + std::string(10, 'b'));
        CHECK(out[1] == "next");
    }
}
