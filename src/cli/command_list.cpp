#include <ostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "match/pattern_set.hpp"
#include "render/catalog_list.hpp"
#include "util/error.hpp"

namespace faultline::cli {

int command_list(Context& ctx) {
    std::string category;
    std::string format = "text";
    bool literals = false;
    CatalogOptions catalog_options;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help")
        ("category", po::value<std::string>(&category), "only this category (auth, build, ci, deploy, network, runtime, silent, test)")
        ("format,f", po::value<std::string>(&format), "text | json (default text)")
        ("literals", po::bool_switch(&literals), "print every literal the matcher looks for (literal patterns and regex guards), one per line");
    add_catalog_options(options, catalog_options);
    const po::variables_map vm = parse_options("list", ctx.args, options, po::positional_options_description());
    if (vm.count("help")) {
        print_help(ctx.out, "faultline list [--category C] [--format text|json] [--literals]", "Lists the playbooks in the catalog.", options);
        return k_exit_ok;
    }
    if (format != "text" && format != "json") throw UsageError("list: unknown --format '" + format + "' (use text or json)");
    std::optional<model::Category> only;
    if (!category.empty()) {
        only = model::parse_category(category);
        if (!only) throw UsageError("list: unknown --category '" + category + "' (one of auth, build, ci, deploy, network, runtime, silent, test)");
    }
    const catalog::Catalog cat = load_catalog(ctx, catalog_options);
    std::vector<const model::Playbook*> shown;
    for (const auto& p : cat.playbooks)
        if (!only || p.category == *only) shown.push_back(&p);
    if (literals) {
        const match::PatternSet patterns(cat.playbooks);
        for (std::uint32_t id = 0; id < patterns.automaton().size(); ++id) ctx.out << patterns.automaton().literal(id) << "\n";
        return k_exit_ok;
    }
    ctx.out << (format == "json" ? render::render_list_json(shown) : render::render_list_text(shown));
    return k_exit_ok;
}

}  // namespace faultline::cli
