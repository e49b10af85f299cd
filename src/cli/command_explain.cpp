#include <ostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "rank/scoring.hpp"
#include "render/playbook_page.hpp"
#include "util/error.hpp"

namespace faultline::cli {

int command_explain(Context& ctx) {
    std::string id;
    std::string format = "text";
    bool scoring = false;
    CatalogOptions catalog_options;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help")
        ("id", po::value<std::string>(&id), "playbook id (see 'faultline list')")
        ("format,f", po::value<std::string>(&format), "text | markdown | json (default text)")
        ("scoring", po::bool_switch(&scoring), "explain how playbooks are scored instead");
    add_catalog_options(options, catalog_options);
    po::positional_options_description positional;
    positional.add("id", 1);
    const po::variables_map vm = parse_options("explain", ctx.args, options, positional);
    if (vm.count("help")) {
        print_help(ctx.out, "faultline explain ID [--format text|markdown|json] | faultline explain --scoring",
                   "Shows one playbook: what the failure means, how to fix and validate it, and the signals\n"
                   "Faultline looks for. --format markdown prints the documentation page.",
                   options);
        return k_exit_ok;
    }
    if (scoring) {
        ctx.out << rank::scoring_explanation();
        return k_exit_ok;
    }
    if (id.empty()) throw UsageError("explain: which playbook? (pass an id; 'faultline list' shows them)");
    if (format != "text" && format != "markdown" && format != "json")
        throw UsageError("explain: unknown --format '" + format + "' (use text, markdown or json)");
    const catalog::Catalog cat = load_catalog(ctx, catalog_options);
    const model::Playbook* pb = cat.find(id);
    if (pb == nullptr) throw Error("no playbook with id '" + id + "' (run 'faultline list' to see the catalog)");
    if (format == "markdown") ctx.out << render::render_playbook_markdown(*pb);
    else if (format == "json") ctx.out << render::render_playbook_json(*pb);
    else ctx.out << render::render_playbook_text(*pb);
    return k_exit_ok;
}

}  // namespace faultline::cli
