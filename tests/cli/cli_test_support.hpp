// Runs a CLI command in-process with captured output, for the cli tests.
#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace faultline::test {

/// Output of one in-process command run.
struct CommandResult {
    int code = 0;
    std::string out;
    std::string err;
};

/// Runs `command` with `args`, capturing its streams.
inline CommandResult run_command(const std::function<int(cli::Context&)>& command, std::vector<std::string> args) {
    std::ostringstream out, err;
    cli::Context ctx{std::move(args), out, err};
    CommandResult r;
    r.code = command(ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

/// The arguments that select the small fixed catalog of the end-to-end tests.
inline std::vector<std::string> e2e_catalog_args();

}  // namespace faultline::test

#include "support/test_support.hpp"

inline std::vector<std::string> faultline::test::e2e_catalog_args() {
    return {"--no-bundled", "--playbooks", source_path("tests/e2e/playbooks")};
}
