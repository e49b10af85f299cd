#include <catch2/catch.hpp>

#include "rank/scoring.hpp"

using namespace faultline::rank;

TEST_CASE("rank::pattern_weight", "[rank]") {
    CHECK(pattern_weight(1) == 1.0);
    CHECK(pattern_weight(4) == 0.25);
    CHECK(pattern_weight(0) == 0.0);
}

TEST_CASE("rank::confidence", "[rank]") {
    CHECK(confidence(1.0, 0.0) == 0.70);
    CHECK(confidence(2.0, 0.0) == 0.91);
    CHECK(confidence(0.5, 0.0) == 0.45);
    CHECK(confidence(1.0, 1.0) < confidence(1.0, 0.0));
    CHECK(confidence(0.0, 0.0) == 0.0);
    CHECK(confidence(1.0, 0.0) >= k_report_threshold);
    CHECK(confidence(0.5, 0.0) < k_report_threshold);
}

TEST_CASE("rank::scoring_explanation", "[rank]") {
    CHECK_THAT(scoring_explanation(), Catch::Contains("1/n") && Catch::Contains("0.5"));
}
