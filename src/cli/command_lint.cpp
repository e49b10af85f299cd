#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>

#include "catalog/catalog.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/option_parsing.hpp"
#include "match/pattern_set.hpp"
#include "match/regex_literal.hpp"
#include "util/strings.hpp"

namespace faultline::cli {
namespace {

constexpr std::size_t k_overlap_report = 3;  // patterns shared by more playbooks than this are listed
constexpr std::size_t k_min_literal = 4;     // shorter literals hit too many unrelated lines

catalog::Problem at(const model::Playbook& pb, const model::Pattern& p, std::string message, std::string hint = {}) {
    return catalog::Problem{pb.source_path, p.line, p.column, std::move(message), std::move(hint)};
}

void check_patterns(const model::Playbook& pb, catalog::Problems& problems, catalog::Problems& warnings) {
    std::vector<const model::Pattern*> all;
    for (const auto* list : {&pb.match.any, &pb.match.all, &pb.match.none})
        for (const auto& p : *list) all.push_back(&p);
    if (pb.match.sequence)
        for (const auto& p : pb.match.sequence->patterns) all.push_back(&p);
    for (const model::Pattern* p : all) {
        if (p->is_regex) {
            const std::string error = match::regex_error(p->body);
            if (!error.empty()) {
                problems.push_back(at(pb, *p, "invalid regex '" + p->body + "': " + error,
                                      "Perl syntax; escape ( ) [ ] . * + ? with a backslash"));
                continue;
            }
            if (match::required_literal(p->body).size() < 3)
                warnings.push_back(at(pb, *p, "slow regex '" + p->body + "': no literal of 3+ characters that every match contains",
                                      "it runs on every line; add a fixed word or split a top-level alternation"));
        } else if (util::trim(p->body).size() < k_min_literal) {
            warnings.push_back(at(pb, *p, "very short literal '" + p->body + "'", "it will hit unrelated lines; make it more specific"));
        }
    }
}

// Bundled layout: .../log/<category>/<id>.yaml must agree with the playbook's category.
void check_folder(const model::Playbook& pb, catalog::Problems& problems) {
    const std::filesystem::path path(pb.source_path);
    const std::string folder = path.parent_path().filename().string();
    if (path.parent_path().parent_path().filename() == "log" && model::parse_category(folder) &&
        folder != model::to_string(pb.category))
        problems.push_back(catalog::Problem{pb.source_path, 1, 1,
                                            "category '" + std::string(model::to_string(pb.category)) + "' but the file is in '" + folder + "/'",
                                            "move the file or fix the category"});
}

}  // namespace

int command_lint(Context& ctx) {
    std::vector<std::string> dirs;
    bool overlap = false;
    bool strict = false;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help")
        ("dir", po::value<std::vector<std::string>>(&dirs), "playbook directories or files (default: the bundled catalog)")
        ("overlap", po::bool_switch(&overlap), "also list patterns shared by more than three playbooks")
        ("strict", po::bool_switch(&strict), "treat warnings (slow regexes, short literals) as problems");
    po::positional_options_description positional;
    positional.add("dir", -1);
    const po::variables_map vm = parse_options("lint", ctx.args, options, positional);
    if (vm.count("help")) {
        print_help(ctx.out, "faultline lint [DIR...] [--overlap] [--strict]",
                   "Validates playbooks: schema, regexes, ids and file names, category folders; warns about slow\n"
                   "regexes and over-short literals; --overlap reports patterns many playbooks share.\n"
                   "Exit codes: 0 clean, 2 problems found (or warnings with --strict).",
                   options);
        return k_exit_ok;
    }
    catalog::Problems problems;
    catalog::Problems warnings;
    const catalog::Catalog cat =
        catalog::load_catalog(dirs.empty() ? catalog::Bundled::include : catalog::Bundled::exclude, dirs, problems);
    for (const auto& pb : cat.playbooks) {
        check_patterns(pb, problems, warnings);
        check_folder(pb, problems);
    }
    // Identical pattern lists mean two playbooks cannot be told apart.
    std::map<std::vector<std::string>, std::string> signatures;
    std::map<std::string, std::set<std::string>> users;
    for (const auto& pb : cat.playbooks) {
        std::vector<std::string> keys;
        for (const auto* list : {&pb.match.any, &pb.match.all})
            for (const auto& p : *list) {
                keys.push_back(match::pattern_key(p));
                users[p.source].insert(pb.id);
            }
        if (pb.match.sequence)
            for (const auto& p : pb.match.sequence->patterns) keys.push_back("seq:" + match::pattern_key(p));
        std::sort(keys.begin(), keys.end());
        auto [it, fresh] = signatures.emplace(keys, pb.id);
        if (!fresh)
            problems.push_back(catalog::Problem{pb.source_path, 1, 1, "same patterns as playbook '" + it->second + "'",
                                                "merge the two or make their signals differ"});
    }
    for (const auto& p : problems) ctx.out << p.to_string() << "\n";
    for (const auto& w : warnings) ctx.out << "warning: " << w.to_string() << "\n";
    std::size_t shared = 0;
    if (overlap) {
        for (const auto& [pattern, ids] : users) {
            if (ids.size() <= k_overlap_report) continue;
            ++shared;
            ctx.out << "overlap: '" << pattern << "' is used by " << ids.size() << " playbooks:";
            for (const auto& id : ids) ctx.out << " " << id;
            ctx.out << "\n";
        }
    }
    ctx.out << cat.playbooks.size() << " playbooks, " << problems.size() << " problem(s), " << warnings.size()
            << " warning(s)";
    if (overlap) ctx.out << ", " << shared << " pattern(s) shared by more than " << k_overlap_report << " playbooks";
    ctx.out << "\n";
    const bool failed = !problems.empty() || (strict && !warnings.empty());
    return failed ? k_exit_error : k_exit_ok;
}

}  // namespace faultline::cli
