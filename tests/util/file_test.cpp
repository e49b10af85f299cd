#include <catch2/catch.hpp>

#include "support/test_support.hpp"
#include "util/error.hpp"
#include "util/file.hpp"

using namespace faultline;

TEST_CASE("util::read_file", "[util]") {
    test::TempDir dir;
    SECTION("reads bytes") { CHECK(util::read_file(dir.write("a.txt", std::string("x\0y", 3))) == std::string("x\0y", 3)); }
    SECTION("missing file names the path") {
        CHECK_THROWS_WITH(util::read_file(dir.path() + "/nope"), Catch::Contains("nope") && Catch::Contains("cannot open"));
    }
    SECTION("directory is refused") { CHECK_THROWS_WITH(util::read_file(dir.path()), Catch::Contains("is a directory")); }
}

TEST_CASE("util::write_file", "[util]") {
    test::TempDir dir;
    const std::string path = dir.path() + "/sub/dir/out.md";
    util::write_file(path, "hello");
    CHECK(util::read_file(path) == "hello");
}
