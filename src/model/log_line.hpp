// One line of a job log as the ingester hands it to later stages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace faultline::model {

/// What CI marker, if any, a line carried (GitHub `##[error]`, `::warning::`, GitLab sections).
enum class LineMarker : std::uint8_t { none, error, warning, group_start, group_end, section_start, section_end };

/// One log line: its 1-based number in the input, its display text and its normalised text.
struct LogLine {
    std::size_t number = 0;      ///< 1-based line number in the input as given (blank lines counted).
    std::string text;            ///< Original line with escapes, CR overwrites and timestamps removed.
    std::string normalized;      ///< `text` without CI markers, white space folded and trimmed.
    std::size_t step = 0;        ///< Index into the step table (0 = before any step).
    LineMarker marker = LineMarker::none;  ///< CI marker the line carried.
    bool truncated = false;      ///< The line was longer than the line cap and was cut.
};

/// What the log says about the job's result.
enum class JobResult : std::uint8_t { unknown, success, failure };

/// One step (GitHub group "Run ...", GitLab section) and what is known of its outcome.
struct Step {
    std::string name;                 ///< Step title as the log shows it ("Run npm test", "step_script").
    std::size_t first_line = 0;       ///< First line of the step.
    std::size_t last_line = 0;        ///< Last line seen in the step.
    bool failed = false;              ///< The log marks this step as the one that failed.
    std::optional<int> exit_code;     ///< Exit code the log reports for the step, when it does.
};

}  // namespace faultline::model
