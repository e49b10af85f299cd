#include <filesystem>
#include <map>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "render/playbook_page.hpp"
#include "util/error.hpp"
#include "util/file.hpp"

namespace faultline::cli {
namespace fs = std::filesystem;

int command_docs(Context& ctx) {
    std::string out_dir = "docs/failures";
    bool check = false;
    CatalogOptions catalog_options;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help")
        ("out,o", po::value<std::string>(&out_dir), "output directory (default docs/failures)")
        ("check", po::bool_switch(&check), "write nothing; exit 1 when a page is missing, stale or extra");
    add_catalog_options(options, catalog_options);
    const po::variables_map vm = parse_options("docs", ctx.args, options, po::positional_options_description());
    if (vm.count("help")) {
        print_help(ctx.out, "faultline docs [--out DIR] [--check]",
                   "Writes one markdown page per playbook to DIR/<category>/<id>.md, or checks that the\n"
                   "committed pages are up to date.",
                   options);
        return k_exit_ok;
    }
    const catalog::Catalog cat = load_catalog(ctx, catalog_options);
    std::map<std::string, std::string> pages;  // path -> content
    for (const auto& p : cat.playbooks)
        pages[(fs::path(out_dir) / std::string(model::to_string(p.category)) / (p.id + ".md")).string()] =
            render::render_playbook_markdown(p);

    std::vector<std::string> extra;
    std::error_code ec;
    if (fs::is_directory(out_dir, ec)) {
        for (fs::recursive_directory_iterator it(out_dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".md" && pages.count(it->path().string()) == 0)
                extra.push_back(it->path().string());
    }
    std::sort(extra.begin(), extra.end());

    std::size_t problems = 0;
    for (const auto& [path, content] : pages) {
        std::string current;
        const bool exists = fs::exists(path, ec);
        if (exists) current = util::read_file(path);
        if (exists && current == content) continue;
        if (check) {
            ctx.err << path << ": " << (exists ? "stale" : "missing") << " (run 'faultline docs --out " << out_dir << "')\n";
            ++problems;
        } else {
            util::write_file(path, content);
        }
    }
    for (const std::string& path : extra) {
        if (check) {
            ctx.err << path << ": no playbook has this page (run 'faultline docs --out " << out_dir << "' to remove it)\n";
            ++problems;
        } else {
            fs::remove(path, ec);
        }
    }
    if (check) {
        if (problems > 0) {
            ctx.err << "faultline: " << problems << " page(s) out of date in " << out_dir << "\n";
            return k_exit_found;
        }
        ctx.out << pages.size() << " pages up to date in " << out_dir << "\n";
        return k_exit_ok;
    }
    ctx.out << "wrote " << pages.size() << " pages to " << out_dir << "\n";
    return k_exit_ok;
}

}  // namespace faultline::cli
