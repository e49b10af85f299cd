// Shared by analyze and fix: resolve the log argument, load the catalog, analyse, print warnings.
#pragma once

#include <string>

#include "analyze/analyzer.hpp"
#include "cli/context.hpp"
#include "model/analysis.hpp"

namespace faultline::cli {

/// Analyses `log` ("-" or empty for stdin) with the catalog of `catalog_options`.
/// Throws UsageError when no log is given and stdin is a terminal.
model::Analysis analyze_log(const Context& ctx, std::string log, const CatalogOptions& catalog_options,
                            const analyze::AnalyzeOptions& options);

}  // namespace faultline::cli
