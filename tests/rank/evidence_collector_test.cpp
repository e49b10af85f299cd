#include <catch2/catch.hpp>

#include "rank/evidence_collector.hpp"

using namespace faultline;

TEST_CASE("rank::EvidenceCollector::observe", "[rank]") {
    model::PatternIndex index;
    index.patterns = {{"boom", 1}};
    index.playbooks.resize(1);
    rank::EvidenceCollector c(index, 1);
    model::LineHits none;
    model::LineHits boom;
    boom.patterns = {0};
    for (std::size_t n = 1; n <= 100; ++n) {
        model::LogLine l;
        l.number = n;
        l.text = "line " + std::to_string(n);
        c.observe(l, n % 10 == 0 ? boom : none);
    }
    const auto& ph = c.patterns()[0];
    SECTION("counts every hit but keeps a bounded number") {
        CHECK(ph.count == 10);
        CHECK(ph.first.size() + ph.last.size() <= 8);
        CHECK(ph.first.front().line == 10);
        CHECK(ph.last.back().line == 100);
    }
    SECTION("context before and after") {
        CHECK(ph.first.front().before.size() == 1);
        CHECK(ph.first.front().before[0].number == 9);
        REQUIRE(ph.first.front().after.size() == 1);
        CHECK(ph.first.front().after[0].text == "line 11");
        CHECK(ph.last.back().after.empty());  // end of log
    }
}
