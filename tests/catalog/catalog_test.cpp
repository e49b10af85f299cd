#include <catch2/catch.hpp>

#include "catalog/catalog.hpp"
#include "support/test_support.hpp"
#include "util/error.hpp"

using namespace faultline;

namespace {
std::string playbook(const std::string& id, const std::string& title = "A title") {
    return "id: " + id + "\ntitle: " + title + "\ncategory: build\nseverity: low\nsummary: s\ndiagnosis: d\nfix: f\nvalidation: v\n"
           "match:\n  any: [\"" + id + " happened\"]\n";
}
}  // namespace

TEST_CASE("catalog::load_catalog", "[catalog]") {
    test::TempDir dir;
    SECTION("the bundled catalog loads without problems") {
        catalog::Problems problems;
        const auto cat = catalog::load_catalog(catalog::Bundled::include, {}, problems);
        for (const auto& p : problems) INFO(p.to_string());
        CHECK(problems.empty());
        CHECK(std::is_sorted(cat.playbooks.begin(), cat.playbooks.end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; }));
    }
    SECTION("user directories add playbooks, sorted by id") {
        dir.write("b/zz-last.yaml", playbook("zz-last"));
        dir.write("a/aa-first.yml", playbook("aa-first"));
        const auto cat = catalog::load_catalog(catalog::Bundled::exclude, {dir.path()});
        REQUIRE(cat.playbooks.size() == 2);
        CHECK(cat.playbooks[0].id == "aa-first");
        CHECK(cat.find("zz-last") != nullptr);
        CHECK(cat.find("nope") == nullptr);
    }
    SECTION("a duplicate id names both files") {
        dir.write("a/dup.yaml", playbook("dup"));
        dir.write("b/dup.yaml", playbook("dup"));
        CHECK_THROWS_WITH(catalog::load_catalog(catalog::Bundled::exclude, {dir.path()}),
                          Catch::Contains("b/dup.yaml:1:1: duplicate playbook id 'dup', also defined in") &&
                              Catch::Contains("a/dup.yaml"));
    }
    SECTION("a missing directory is an error") {
        CHECK_THROWS_WITH(catalog::load_catalog(catalog::Bundled::exclude, {dir.path() + "/none"}),
                          Catch::Contains("playbook directory not found"));
    }
    SECTION("errors report the first problem and how many more") {
        dir.write("x.yaml", "id: x\n");
        dir.write("y.yaml", ": : :\n");
        CHECK_THROWS_WITH(catalog::load_catalog(catalog::Bundled::exclude, {dir.path()}), Catch::Contains("more; run 'faultline lint'"));
    }
    SECTION("10,000 files load") {
        for (int i = 0; i < 10000; ++i) dir.write("many/p" + std::to_string(i) + ".yaml", playbook("p" + std::to_string(i)));
        const auto cat = catalog::load_catalog(catalog::Bundled::exclude, {dir.path()});
        CHECK(cat.playbooks.size() == 10000);
    }
}
