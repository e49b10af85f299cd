#include <catch2/catch.hpp>

#include "rank/excerpt_collector.hpp"

using namespace faultline;

TEST_CASE("rank::ExcerptCollector::observe", "[rank]") {
    rank::ExcerptCollector c;
    for (std::size_t n = 1; n <= 10000; ++n) {
        model::LogLine l;
        l.number = n;
        l.text = "line " + std::to_string(n);
        l.normalized = l.text;
        c.observe(l, n == 5000 ? 9.0 : (n % 7 == 0 ? 2.0 : 0.0));
    }
    const auto cands = c.candidates();
    SECTION("bounded, sorted, keeps the strongest and the latest") {
        CHECK(cands.size() <= 64 + 48);
        CHECK(std::is_sorted(cands.begin(), cands.end(), [](const auto& a, const auto& b) { return a.line < b.line; }));
        CHECK(std::any_of(cands.begin(), cands.end(), [](const auto& x) { return x.line == 5000; }));
        CHECK(cands.back().line == 9996);
    }
    SECTION("the tail holds the last lines") {
        REQUIRE_FALSE(c.tail().empty());
        CHECK(c.tail().back().number == 10000);
    }
}
