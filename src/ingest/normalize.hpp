// Turns one raw log line into display text and normalised text: ANSI, CR overwrites, timestamps, CI markers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/log_line.hpp"

namespace faultline::ingest {

/// A GitLab section marker found in a raw line.
struct SectionMarker {
    bool start = true;   ///< section_start (true) or section_end (false).
    std::string name;    ///< The section name ("step_script").
};

/// A raw line taken apart.
struct NormalizedLine {
    std::string text;                       ///< Display text: escapes, CR overwrites, timestamp removed.
    std::string normalized;                 ///< `text` minus CI markers, white space folded, trimmed.
    model::LineMarker marker = model::LineMarker::none;
    std::string marker_title;               ///< Title after `##[group]` / `::group::`.
    std::vector<SectionMarker> sections;    ///< GitLab section markers on the line, in order.
    std::string cli_step;                   ///< Step name from a `gh run view --log` prefix, if any.
};

/// Returns `text` without ANSI/VT escape sequences and without control bytes other than tab.
std::string strip_ansi(std::string_view text);

/// Returns `text` without a leading CI timestamp (`2026-01-01T00:00:00.1234567Z `, GitLab's
/// `... 00O `, Jenkins' `[2026-01-01T00:00:00.000Z] `).
std::string_view strip_timestamp(std::string_view text);

/// Splits a `gh run view --log` prefix (`JOB<TAB>STEP<TAB>2026-...Z line`): returns the step name and
/// leaves `text` at the timestamp; returns an empty view when there is no such prefix.
std::string_view take_gh_cli_prefix(std::string_view& text);

/// Takes one raw line (without LF) apart into display and normalised text and its markers.
NormalizedLine normalize_line(std::string_view raw);

/// The same, writing into `out` and reusing its buffers (the streaming path: no allocation per line
/// once the buffers have grown).
void normalize_line(std::string_view raw, NormalizedLine& out);

/// Appends `text` without ANSI/VT escapes and control bytes (other than tab) to `out`.
void append_without_ansi(std::string_view text, std::string& out);

}  // namespace faultline::ingest
