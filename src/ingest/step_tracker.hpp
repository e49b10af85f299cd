// Follows CI step structure line by line: GitHub "Run" groups, GitLab sections, Jenkins stages.
#pragma once

#include <string>
#include <vector>

#include "ingest/normalize.hpp"
#include "model/log_line.hpp"

namespace faultline::ingest {

/// Assigns each line to a step and records which step failed and with what exit code.
class StepTracker {
public:
    StepTracker();

    /// Updates the steps with line `number` and returns the index of the step it belongs to.
    std::size_t observe(std::size_t number, const NormalizedLine& line);
    /// Closes the log: decides which step failed when the log only says so at the end.
    void finish();

    /// Every step seen; index 0 is the part of the log before any step.
    const std::vector<model::Step>& steps() const { return m_steps; }
    /// "github-actions", "gitlab" or "plain", from the markers seen.
    std::string format() const;
    /// Index of the failed step, or 0 when none is known.
    std::size_t failed_step() const;
    /// The job's result as the log states it (failure markers win over success markers).
    model::JobResult job_result() const;

private:
    std::size_t open_step(std::string name, std::size_t number);

    std::vector<model::Step> m_steps;
    std::vector<std::size_t> m_section_stack;  // GitLab sections may nest
    std::size_t m_current = 0;
    bool m_github = false;
    bool m_gitlab = false;
    bool m_gitlab_job_failed = false;
    bool m_success_marker = false;   // Jenkins "Finished: SUCCESS", GitLab "Job succeeded", ...
    bool m_failure_marker = false;   // "##[error]", "Finished: FAILURE", "ERROR: Job failed", ...
    bool m_github_complete = false;  // the runner's end-of-job lines were seen
    std::string m_cli_step;          // current step of a `gh run view --log` log
    std::size_t m_last_error_step = 0;  // step of the latest ##[error] line
    std::size_t m_last_user_section = 0;  // latest GitLab section that ran the user's commands
    std::optional<int> m_gitlab_exit_code;
};

}  // namespace faultline::ingest
