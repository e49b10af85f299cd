#include <catch2/catch.hpp>

#include "catalog/problem.hpp"

TEST_CASE("catalog::Problem::to_string", "[catalog]") {
    using faultline::catalog::Problem;
    CHECK(Problem{"a.yaml", 2, 3, "bad", "hint"}.to_string() == "a.yaml:2:3: bad (hint)");
    CHECK(Problem{"", 0, 0, "x: gone", ""}.to_string() == "x: gone");
}
