#include "ingest/step_tracker.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "util/strings.hpp"

namespace faultline::ingest {
namespace {

// Beyond this many steps, further ones are folded into the last (bounded memory on odd input).
constexpr std::size_t k_max_steps = 10000;

// Parses the integer that follows `prefix` in `text`, if any.
std::optional<int> int_after(std::string_view text, std::string_view prefix) {
    const std::size_t pos = text.find(prefix);
    if (pos == std::string_view::npos) return std::nullopt;
    std::string_view rest = text.substr(pos + prefix.size());
    int value = 0;
    const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc() || ptr == rest.data()) return std::nullopt;
    return value;
}

// GitLab runner sections that do not run the user's commands.
bool is_gitlab_housekeeping(std::string_view name) {
    static constexpr std::array<std::string_view, 11> k_names = {
        "prepare_executor", "prepare_script", "get_sources",  "restore_cache",
        "download_artifacts", "after_script", "archive_cache", "archive_cache_on_failure",
        "upload_artifacts_on_failure", "upload_artifacts_on_success", "cleanup_file_variables"};
    return std::find(k_names.begin(), k_names.end(), name) != k_names.end() ||
           name.starts_with("resolve_secrets");
}

}  // namespace

StepTracker::StepTracker() { m_steps.push_back(model::Step{}); }

std::size_t StepTracker::open_step(std::string name, std::size_t number) {
    if (m_steps.size() >= k_max_steps) return m_steps.size() - 1;
    model::Step step;
    step.name = std::move(name);
    step.first_line = number;
    step.last_line = number;
    m_steps.push_back(std::move(step));
    return m_steps.size() - 1;
}

std::size_t StepTracker::observe(std::size_t number, const NormalizedLine& line) {
    for (const SectionMarker& s : line.sections) {
        m_gitlab = true;
        if (s.start) {
            m_section_stack.push_back(m_current);
            m_current = open_step(s.name, number);
            if (!is_gitlab_housekeeping(s.name)) m_last_user_section = m_current;
        } else if (!m_section_stack.empty()) {
            m_steps[m_current].last_line = number;
            m_current = m_section_stack.back();
            m_section_stack.pop_back();
        }
    }
    if (!line.cli_step.empty()) {
        m_github = true;
        if (line.cli_step != m_cli_step) {
            m_cli_step = line.cli_step;
            m_current = open_step(m_cli_step, number);
        }
    }
    const std::string_view n = line.normalized;
    if (line.marker == model::LineMarker::error) {
        m_failure_marker = true;
        m_last_error_step = m_current;
    }
    switch (line.marker) {
        case model::LineMarker::group_start:
            m_github = true;
            // Every GitHub step opens with a "Run ..." group; other groups nest inside a step.
            if (line.marker_title.starts_with("Run ")) m_current = open_step(line.marker_title, number);
            break;
        case model::LineMarker::group_end: m_github = true; break;
        case model::LineMarker::error:
            if (n.starts_with("Process completed with exit code")) {
                m_github = true;
                model::Step& step = m_steps[m_current];
                if (!step.failed) {
                    step.failed = true;
                    step.exit_code = int_after(n, "exit code ");
                }
            }
            break;
        default: break;
    }
    if (line.marker == model::LineMarker::none && line.sections.empty()) {
        if (n.starts_with("[Pipeline] { (") && n.ends_with(")")) {  // Jenkins declarative stage
            m_current = open_step(std::string(n.substr(14, n.size() - 15)), number);
        } else if (n.starts_with("travis_fold:start:")) {
            m_current = open_step(std::string(n.substr(18)), number);
        } else if (n.starts_with("ERROR: Job failed")) {
            m_gitlab_job_failed = true;
            m_failure_marker = true;
            m_gitlab_exit_code = int_after(n, "exit code ");
            // The verdict is printed outside every section; it belongs to the section that failed.
            if (m_current == 0 && m_last_user_section != 0) {
                m_steps[m_last_user_section].last_line = number;
                return m_last_user_section;
            }
        } else if (n.starts_with("Running with gitlab-runner")) {
            m_gitlab = true;
        } else if (n == "Finished: SUCCESS" || n == "Job succeeded" || n == "Done. Your build exited with 0.") {
            m_success_marker = true;
        } else if (n.starts_with("Finished: FAILURE") || n.starts_with("Finished: ABORTED") ||
                   n.starts_with("Finished: UNSTABLE") || (n.starts_with("Done. Your build exited with ") && n != "Done. Your build exited with 0.")) {
            m_failure_marker = true;
        } else if (n == "Cleaning up orphan processes") {
            m_github_complete = true;
        }
    }
    m_steps[m_current].last_line = number;
    return m_current;
}

void StepTracker::finish() {
    if (std::any_of(m_steps.begin(), m_steps.end(), [](const model::Step& s) { return s.failed; })) return;
    // A failing `uses:` step reports "##[error]<message>" without the exit-code line.
    if (m_last_error_step != 0) {
        m_steps[m_last_error_step].failed = true;
        return;
    }
    if (!m_gitlab_job_failed) return;
    for (std::size_t i = m_steps.size(); i-- > 1;) {
        if (!is_gitlab_housekeeping(m_steps[i].name)) {
            m_steps[i].failed = true;
            m_steps[i].exit_code = m_gitlab_exit_code;
            return;
        }
    }
}

model::JobResult StepTracker::job_result() const {
    if (m_failure_marker) return model::JobResult::failure;
    // A complete GitHub job log without a single ##[error] line is a job whose steps all passed.
    if (m_success_marker || (m_github && m_github_complete)) return model::JobResult::success;
    return model::JobResult::unknown;
}

std::string StepTracker::format() const {
    if (m_github) return "github-actions";
    if (m_gitlab) return "gitlab";
    return "plain";
}

std::size_t StepTracker::failed_step() const {
    for (std::size_t i = 1; i < m_steps.size(); ++i)
        if (m_steps[i].failed) return i;
    return 0;
}

}  // namespace faultline::ingest
