#include "cli/analysis_session.hpp"

#include "ingest/byte_source.hpp"
#include "util/error.hpp"

namespace faultline::cli {

model::Analysis analyze_log(const Context& ctx, std::string log, const CatalogOptions& catalog_options,
                            const analyze::AnalyzeOptions& options) {
    if (log.empty()) {
        if (ctx.stdin_is_terminal())
            throw UsageError("no log given (pass a log file, or pipe the log in: 'make 2>&1 | faultline analyze -')");
        log = "-";
    }
    const catalog::Catalog cat = load_catalog(ctx, catalog_options);
    const analyze::Analyzer analyzer(cat.playbooks);
    ingest::ByteSource source(log);
    model::Analysis analysis = analyzer.analyze(source, log == "-" ? "-" : log, options);
    for (const std::string& w : analysis.warnings) ctx.warn(w);
    return analysis;
}

}  // namespace faultline::cli
