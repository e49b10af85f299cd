#include <catch2/catch.hpp>

#include "cli/cli_test_support.hpp"
#include "cli/commands.hpp"

using namespace faultline;

TEST_CASE("cli::command_lint", "[cli]") {
    test::TempDir dir;
    const std::string head = "title: T\ncategory: build\nseverity: low\nsummary: s\ndiagnosis: d\nfix: f\nvalidation: v\nmatch:\n";
    SECTION("clean directory, with the overlap report") {
        for (const char* id : {"a", "b", "c", "d"}) dir.write(std::string(id) + ".yaml", "id: " + std::string(id) + "\n" + head + "  any: [\"shared phrase\", \"only " + id + "\"]\n");
        const auto r = test::run_command(cli::command_lint, {dir.path(), "--overlap"});
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("overlap: 'shared phrase' is used by 4 playbooks: a b c d"));
    }
    SECTION("slow regex and identical signals") {
        dir.write("x.yaml", "id: x\n" + head + "  any: ['re:\\d+|\\w+']\n");
        dir.write("y.yaml", "id: y\n" + head + "  any: [\"same thing\"]\n");
        dir.write("z.yaml", "id: z\n" + head + "  any: [\"Same  Thing\"]\n");
        const auto r = test::run_command(cli::command_lint, {dir.path(), "--strict"});
        CHECK(r.code == 2);
        CHECK_THAT(r.out, Catch::Contains("slow regex") && Catch::Contains("same patterns as playbook 'y'"));
    }
}
