// One function per command; each parses its own options and returns an exit code.
#pragma once

#include "cli/context.hpp"

namespace faultline::cli {

/// `faultline analyze [LOG|-]`: diagnose a job log.
int command_analyze(Context& ctx);
/// `faultline fix [LOG|-]`: only the fix steps of the top diagnosis.
int command_fix(Context& ctx);
/// `faultline explain ID`: render one playbook.
int command_explain(Context& ctx);
/// `faultline list`: the catalog.
int command_list(Context& ctx);
/// `faultline docs --out DIR [--check]`: write or check every playbook page.
int command_docs(Context& ctx);
/// `faultline lint [DIR...]`: validate playbooks.
int command_lint(Context& ctx);

}  // namespace faultline::cli
