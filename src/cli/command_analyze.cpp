#include <ostream>

#include "cli/analysis_session.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "render/json.hpp"
#include "render/markdown.hpp"
#include "render/text.hpp"
#include "util/error.hpp"

namespace faultline::cli {

int command_analyze(Context& ctx) {
    std::string log;
    std::string format = "text";
    std::string color = "auto";
    std::size_t top = 5;
    std::size_t context = 0;  // default below: 2 for people, 0 for machines
    bool fail_on_match = false;
    bool fail_on_silent = false;
    CatalogOptions catalog_options;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help")
        ("log", po::value<std::string>(&log), "log file (.gz accepted); - or nothing reads stdin")
        ("format,f", po::value<std::string>(&format), "text | json | markdown (default text)")
        ("top", po::value<std::size_t>(&top), "report at most N diagnoses (default 5)")
        ("context,C", po::value<std::size_t>(&context), "N lines of context around each evidence line (max 50; default 2 for text and markdown, 0 for json)")
        ("color", po::value<std::string>(&color), "auto | always | never (auto: only on a terminal, never with NO_COLOR)")
        ("fail-on-match", po::bool_switch(&fail_on_match), "exit 1 when a failure is diagnosed")
        ("fail-on-silent", po::bool_switch(&fail_on_silent), "exit 1 when a silent-failure finding is reported");
    add_catalog_options(options, catalog_options);
    po::positional_options_description positional;
    positional.add("log", 1);
    const po::variables_map vm = parse_options("analyze", ctx.args, options, positional);
    if (vm.count("help")) {
        print_help(ctx.out, "faultline analyze [LOG|-] [options]",
                   "Reads a CI job log (GitHub Actions, GitLab CI or plain; gzip accepted) and explains why the\n"
                   "job failed: the diagnosis, the evidence lines, the failed step and the fix steps. When no\n"
                   "playbook matches it says so and shows the lines most likely to explain the failure.\n"
                   "Exit codes: 0 analysis done, 1 only with --fail-on-*, 2 usage, input or catalog error.",
                   options);
        return k_exit_ok;
    }
    if (format != "text" && format != "json" && format != "markdown")
        throw UsageError("analyze: unknown --format '" + format + "' (use text, json or markdown)");
    if (color != "auto" && color != "always" && color != "never")
        throw UsageError("analyze: unknown --color '" + color + "' (use auto, always or never)");
    if (top == 0) throw UsageError("analyze: --top must be at least 1");

    if (vm.count("context") == 0 && format != "json") context = 2;
    const model::Analysis analysis = analyze_log(ctx, log, catalog_options, analyze::AnalyzeOptions{top, context});
    if (format == "json") {
        ctx.out << render::render_json(analysis);
    } else if (format == "markdown") {
        ctx.out << render::render_markdown(analysis);
    } else {
        const bool use_color =
            color == "always" || (color == "auto" && ctx.stdout_is_terminal() && !ctx.env("NO_COLOR").has_value());
        ctx.out << render::render_text(analysis, use_color ? render::Color::on : render::Color::off);
    }
    if (fail_on_match && analysis.status == model::Status::matched) return k_exit_found;
    if (fail_on_silent && !analysis.findings.empty()) return k_exit_found;
    return k_exit_ok;
}

}  // namespace faultline::cli
