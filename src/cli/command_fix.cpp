#include <ostream>

#include "cli/analysis_session.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "render/text.hpp"

namespace faultline::cli {

int command_fix(Context& ctx) {
    std::string log;
    CatalogOptions catalog_options;
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")("log", po::value<std::string>(&log), "log file; - or nothing reads stdin");
    add_catalog_options(options, catalog_options);
    po::positional_options_description positional;
    positional.add("log", 1);
    const po::variables_map vm = parse_options("fix", ctx.args, options, positional);
    if (vm.count("help")) {
        print_help(ctx.out, "faultline fix [LOG|-] [options]", "Prints only the fix steps of the top diagnosis.", options);
        return k_exit_ok;
    }
    const model::Analysis analysis = analyze_log(ctx, log, catalog_options, analyze::AnalyzeOptions{1, 0});
    ctx.out << render::render_fix(analysis);
    return k_exit_ok;
}

}  // namespace faultline::cli
