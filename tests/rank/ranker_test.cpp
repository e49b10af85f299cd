#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace faultline;

namespace {
model::Playbook make(const std::string& id, const std::string& category, const std::string& match, const std::string& extra = "") {
    return test::minimal_playbook(id, match, category, "high", extra);
}
}  // namespace

TEST_CASE("rank::rank", "[rank]") {
    const std::vector<model::Playbook> pbs = {
        make("db-refused", "deploy", "  any: [\"ECONNREFUSED\"]\n  all: [\"postgres\"]\n"),
        make("generic-refused", "network", "  any: [\"ECONNREFUSED\", \"connection refused\"]\n", "base_score: 0.7\n"),
        make("ignored-exit", "silent", "  any: [\"|| true\"]\n"),
        make("excluded", "build", "  any: [\"connection refused\"]\n  none: [\"postgres\"]\n")};

    SECTION("specific beats generic; none excludes; silent goes to findings") {
        const auto a = test::analyze_text(pbs, "make test || true\npostgres: could not connect\nError: connect ECONNREFUSED 127.0.0.1:5432\n");
        REQUIRE(a.status == model::Status::matched);
        REQUIRE_FALSE(a.diagnoses.empty());
        CHECK(a.diagnoses[0].id == "db-refused");
        for (const auto& d : a.diagnoses) CHECK(d.id != "excluded");
        REQUIRE(a.findings.size() == 1);
        CHECK(a.findings[0].id == "ignored-exit");
        CHECK(a.excerpt.highlights.front() == a.diagnoses[0].evidence.front().line);
    }
    SECTION("a weak shared signal alone stays silent") {
        const std::vector<model::Playbook> two = {make("x1", "build", "  any: [\"shared words\"]\n"),
                                                  make("x2", "build", "  any: [\"shared words\"]\n")};
        const auto a = test::analyze_text(two, "some shared words here\n");
        CHECK(a.status == model::Status::unknown);
        CHECK(a.diagnoses.empty());
    }
    SECTION("evidence in the failed step outranks evidence elsewhere") {
        const std::string log =
            "##[group]Run setup\nconnection refused (retrying)\n##[endgroup]\nok\n"
            "##[group]Run tests\n##[endgroup]\nError: connect ECONNREFUSED 10.0.0.1:80\n##[error]Process completed with exit code 1.\n";
        const std::vector<model::Playbook> one = {make("refused", "network", "  any: [\"ECONNREFUSED\", \"connection refused\"]\n")};
        const auto a = test::analyze_text(one, log);
        REQUIRE_FALSE(a.diagnoses.empty());
        CHECK(a.diagnoses[0].id == "refused");
        CHECK(a.diagnoses[0].score == Approx(1.5));
        CHECK(a.diagnoses[0].evidence.front().line == 7);
        CHECK(a.diagnoses[0].evidence.front().step == "Run tests");
        CHECK(a.context.failed_step == "Run tests");
        CHECK(a.context.exit_code == 1);
        CHECK(a.context.command == "tests");
        CHECK(a.context.stage == "test");
    }
    SECTION("GitLab: the verdict line after the failed section counts fully") {
        const std::vector<model::Playbook> one = {make("job-timeout", "ci", "  any: [\"execution took longer than\"]\n")};
        const std::string log = "\x1b[0Ksection_start:1:step_script\r\x1b[0KExecuting\n$ make\n\x1b[0Ksection_end:2:step_script\r\x1b[0K\n"
                                "ERROR: Job failed: execution took longer than 1h0m0s seconds\n";
        const auto a = test::analyze_text(one, log);
        REQUIRE(a.diagnoses.size() == 1);
        CHECK(a.diagnoses[0].score == Approx(1.0));
    }
    SECTION("unknown logs point at the error in the failed step, not at boilerplate") {
        const std::string log =
            "##[group]Run build\nwarning: deprecated flag\n##[endgroup]\n##[group]Run tests\n##[endgroup]\nrunning 12 checks\n"
            "src/lib.rs:10:5: error: mismatched types\nmake: *** [test] Error 1\n##[error]Process completed with exit code 2.\n";
        const auto a = test::analyze_text(pbs, log);
        REQUIRE(a.status == model::Status::unknown);
        REQUIRE_FALSE(a.excerpt.highlights.empty());
        CHECK(a.excerpt.highlights.front() == 7);
        CHECK(a.excerpt.start <= 7);
        CHECK(a.excerpt.end >= 7);
        CHECK(a.excerpt.end <= 9);
    }
    SECTION("a log that says the job succeeded gets no failure diagnosis, but keeps findings") {
        const auto a = test::analyze_text(pbs, "make test || true\nError: connect ECONNREFUSED 127.0.0.1:80\nFinished: SUCCESS\n");
        CHECK(a.diagnoses.empty());
        CHECK(a.status == model::Status::unknown);
        CHECK(a.context.job_result == model::JobResult::success);
        REQUIRE(a.findings.size() == 1);
    }
    SECTION("ties break deterministically by severity then id") {
        const std::vector<model::Playbook> tie = {make("bb", "build", "  any: [\"tie signal b\"]\n"),
                                                  make("aa", "build", "  any: [\"tie signal a\"]\n")};
        const auto a = test::analyze_text(tie, "tie signal a\ntie signal b\n");
        REQUIRE(a.diagnoses.size() == 2);
        CHECK(a.diagnoses[0].id == "aa");
        CHECK(a.diagnoses[0].rank == 1);
        CHECK(a.diagnoses[1].rank == 2);
    }
}
