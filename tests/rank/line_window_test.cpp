#include <catch2/catch.hpp>

#include "rank/line_window.hpp"

TEST_CASE("rank::LineWindow::last", "[rank]") {
    faultline::rank::LineWindow w(3);
    for (std::size_t i = 1; i <= 5; ++i) w.push(i, "l" + std::to_string(i));
    const auto last = w.last(2);
    REQUIRE(last.size() == 2);
    CHECK(last[0].number == 4);
    CHECK(last[1].text == "l5");
    CHECK(w.last(10).size() == 3);
}
