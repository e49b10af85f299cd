#include <catch2/catch.hpp>

#include "model/playbook.hpp"

using namespace faultline::model;

TEST_CASE("model::parse_category", "[model]") {
    for (Category c : all_categories()) CHECK(parse_category(to_string(c)) == c);
    CHECK_FALSE(parse_category("Network").has_value());
    CHECK(all_categories().size() == 8);
}

TEST_CASE("model::parse_severity", "[model]") {
    CHECK(parse_severity("critical") == Severity::critical);
    CHECK(to_string(Severity::low) == "low");
    CHECK_FALSE(parse_severity("urgent").has_value());
    CHECK(Severity::critical > Severity::high);
}
