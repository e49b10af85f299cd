#include <catch2/catch.hpp>

#include "util/error.hpp"

TEST_CASE("faultline::located_message", "[util]") {
    using faultline::located_message;
    CHECK(located_message("a.yaml", 3, 7, "bad", "fix it") == "a.yaml:3:7: bad (fix it)");
    CHECK(located_message("a.yaml", 3, 0, "bad") == "a.yaml:3: bad");
    CHECK(located_message("a.log", 0, 0, "gone") == "a.log: gone");
}
