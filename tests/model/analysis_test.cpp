#include <catch2/catch.hpp>

#include "model/analysis.hpp"

TEST_CASE("model::to_string(Status)", "[model]") {
    using faultline::model::Status;
    CHECK(faultline::model::to_string(Status::matched) == "matched");
    CHECK(faultline::model::to_string(Status::unknown) == "unknown");
    CHECK(faultline::model::to_string(Status::empty) == "empty");
}
