#include "cli/option_parsing.hpp"

#include <ostream>

#include "util/error.hpp"

namespace faultline::cli {

po::variables_map parse_options(const std::string& command, const std::vector<std::string>& args,
                                const po::options_description& options,
                                const po::positional_options_description& positional) {
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(command + ": " + e.what() + " (see 'faultline " + command + " --help')");
    }
    return vm;
}

void add_catalog_options(po::options_description& options, CatalogOptions& target) {
    options.add_options()
        ("playbooks", po::value<std::vector<std::string>>(&target.dirs)->composing(),
         "extra playbook directory; repeatable; adds to or overrides bundled ids (also FAULTLINE_PLAYBOOK_DIR, ':'-separated)")
        ("no-bundled", po::bool_switch(&target.no_bundled), "use only the --playbooks directories");
}

void print_help(std::ostream& out, const std::string& usage, const std::string& about,
                const po::options_description& options) {
    out << "usage: " << usage << "\n\n" << about << "\n\n" << options << "\n";
}

}  // namespace faultline::cli
