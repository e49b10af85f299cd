// The command-line front end: dispatches to a command and turns errors into exit codes.
#pragma once

namespace faultline::cli {

/// Runs faultline with `argv`; returns the process exit code (see exit_codes.hpp).
int run(int argc, char** argv);

}  // namespace faultline::cli
