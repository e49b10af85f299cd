// The result of analysing one log: ranked diagnoses, evidence, excerpt, locations and context.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/log_line.hpp"
#include "model/playbook.hpp"

namespace faultline::model {

/// Whether the analysis found something to report.
enum class Status : std::uint8_t { matched, unknown, empty };

/// Returns "matched", "unknown" or "empty".
std::string_view to_string(Status s);

/// A numbered log line shown around evidence or in the excerpt.
struct NumberedLine {
    std::size_t number = 0;
    std::string text;
};

/// One log line that supports a diagnosis.
struct Evidence {
    std::size_t line = 0;             ///< 1-based line number in the input.
    std::string text;                 ///< The line as shown to people.
    std::string pattern;              ///< The pattern that hit, as written in the playbook.
    std::string step;                 ///< The step the line belongs to, when known.
    std::vector<NumberedLine> before; ///< Context lines before (with --context).
    std::vector<NumberedLine> after;  ///< Context lines after (with --context).
};

/// One ranked failure class with the evidence that supports it.
struct Diagnosis {
    std::size_t rank = 0;
    std::string id;
    std::string title;
    Category category = Category::build;
    Severity severity = Severity::medium;
    double confidence = 0.0;  ///< Calibrated, in [0, 1], rounded to two decimals.
    double score = 0.0;       ///< Raw score, rounded to three decimals.
    std::string summary;
    std::string fix;
    std::string docs;         ///< Path of the generated page ("docs/failures/network/x.md").
    std::vector<Evidence> evidence;
};

/// The block of the log a person should read first.
struct Excerpt {
    std::size_t start = 0;                ///< First line of the block (inclusive), 0 when none.
    std::size_t end = 0;                  ///< Last line of the block (inclusive).
    std::vector<std::size_t> highlights;  ///< Line numbers, best first.
    std::vector<NumberedLine> lines;      ///< The highlighted lines' text, in highlight order.
};

/// A source location found in tool output.
struct Location {
    std::string file;
    std::size_t line = 0;
    std::optional<std::size_t> column;
    std::optional<std::size_t> end_line;
    std::string severity;
    std::string message;
    std::string tool;
    std::size_t log_line = 0;
};

/// What the log says about the failing step.
struct FailureContext {
    std::optional<std::string> failed_step;
    std::optional<std::string> stage;
    std::optional<int> exit_code;
    std::optional<std::string> command;
    JobResult job_result = JobResult::unknown;  ///< From the log's own end markers.
};

/// What was read.
struct SourceInfo {
    std::string path;             ///< As given on the command line ("-" for stdin).
    std::size_t lines = 0;
    std::size_t bytes = 0;
    std::string format = "plain"; ///< "github-actions", "gitlab" or "plain".
};

/// The whole analysis of one log.
struct Analysis {
    SourceInfo source;
    Status status = Status::empty;
    std::vector<Diagnosis> diagnoses;
    Excerpt excerpt;
    std::vector<Location> locations;
    FailureContext context;
    std::vector<Diagnosis> findings;
    std::vector<std::string> warnings;  ///< Input problems worked around (truncated gzip, long lines).
};

}  // namespace faultline::model
