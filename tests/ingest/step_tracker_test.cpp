#include <catch2/catch.hpp>

#include "ingest/normalize.hpp"
#include "ingest/step_tracker.hpp"

using namespace faultline::ingest;

namespace {
std::vector<std::size_t> feed(StepTracker& t, const std::vector<std::string>& lines) {
    std::vector<std::size_t> steps;
    for (std::size_t i = 0; i < lines.size(); ++i) steps.push_back(t.observe(i + 1, normalize_line(lines[i])));
    t.finish();
    return steps;
}
}  // namespace

TEST_CASE("ingest::StepTracker::observe", "[ingest]") {
    SECTION("GitHub: Run groups open steps; nested groups do not; exit code marks the failed step") {
        StepTracker t;
        const auto steps = feed(t, {"##[group]Run actions/checkout@v4", "##[group]Getting Git version info", "##[endgroup]",
                                    "##[group]Run npm test", "##[endgroup]", "npm ERR! test failed",
                                    "##[error]Process completed with exit code 2."});
        CHECK(t.format() == "github-actions");
        CHECK(steps == std::vector<std::size_t>{1, 1, 1, 2, 2, 2, 2});
        REQUIRE(t.failed_step() == 2);
        CHECK(t.steps()[2].name == "Run npm test");
        CHECK(t.steps()[2].exit_code == 2);
    }
    SECTION("GitLab: sections, and the failed one is the last user section") {
        StepTracker t;
        feed(t, {"Running with gitlab-runner 16.0", "\x1b[0Ksection_start:1:prepare_executor\r\x1b[0KPreparing",
                 "\x1b[0Ksection_end:2:prepare_executor\r\x1b[0K", "\x1b[0Ksection_start:3:step_script\r\x1b[0KExecuting",
                 "$ make", "\x1b[0Ksection_end:4:step_script\r\x1b[0K", "\x1b[0Ksection_start:5:after_script\r\x1b[0KRunning after",
                 "\x1b[0Ksection_end:6:after_script\r\x1b[0K", "ERROR: Job failed: exit code 1"});
        CHECK(t.format() == "gitlab");
        REQUIRE(t.failed_step() != 0);
        CHECK(t.steps()[t.failed_step()].name == "step_script");
        CHECK(t.steps()[t.failed_step()].exit_code == 1);
    }
    SECTION("GitHub: a failing action step without the exit-code line") {
        StepTracker t;
        feed(t, {"##[group]Run actions/checkout@v4", "##[endgroup]", "##[group]Run docker/login-action@v3", "##[endgroup]",
                 "##[error]Error response from daemon: unauthorized", "##[group]Run actions/upload-artifact@v4", "##[endgroup]"});
        CHECK(t.failed_step() == 2);
    }
    SECTION("plain logs have no steps") {
        StepTracker t;
        feed(t, {"make: *** [all] Error 1"});
        CHECK(t.format() == "plain");
        CHECK(t.failed_step() == 0);
    }
    SECTION("job result from the log's own markers; failure wins") {
        StepTracker ok;
        feed(ok, {"[INFO] BUILD SUCCESS", "Finished: SUCCESS"});
        CHECK(ok.job_result() == faultline::model::JobResult::success);
        StepTracker gh;
        feed(gh, {"##[group]Run make", "##[endgroup]", "Cleaning up orphan processes"});
        CHECK(gh.job_result() == faultline::model::JobResult::success);
        StepTracker failed;
        feed(failed, {"##[group]Run make", "##[error]Process completed with exit code 1.", "Cleaning up orphan processes"});
        CHECK(failed.job_result() == faultline::model::JobResult::failure);
        StepTracker both;
        feed(both, {"Finished: SUCCESS", "Finished: FAILURE"});
        CHECK(both.job_result() == faultline::model::JobResult::failure);
        StepTracker plain;
        feed(plain, {"error: boom"});
        CHECK(plain.job_result() == faultline::model::JobResult::unknown);
    }
    SECTION("gh run view --log: the step column names the steps") {
        StepTracker t;
        const auto steps = feed(t, {"build\tSet up job\t2024-01-01T00:00:00.0000000Z Current runner version",
                                    "build\tRun tests\t2024-01-01T00:00:01.0000000Z npm test",
                                    "build\tRun tests\t2024-01-01T00:00:02.0000000Z ##[error]Process completed with exit code 1."});
        CHECK(t.format() == "github-actions");
        CHECK(steps == std::vector<std::size_t>{1, 2, 2});
        CHECK(t.steps()[t.failed_step()].name == "Run tests");
    }
    SECTION("Jenkins stages") {
        StepTracker t;
        const auto steps = feed(t, {"[Pipeline] { (Build)", "mvn package"});
        CHECK(steps[1] == 1);
        CHECK(t.steps()[1].name == "Build");
    }
}
