#include "cli/run.hpp"

#include <iostream>
#include <map>
#include <functional>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "util/error.hpp"

namespace faultline::cli {
namespace {

constexpr const char* k_help =
    "faultline - explains why a CI job failed\n"
    "\n"
    "usage: faultline <command> [options]\n"
    "\n"
    "commands:\n"
    "  analyze [LOG|-]   diagnose a job log: what broke, the evidence lines, how to fix it\n"
    "  fix [LOG|-]       only the fix steps of the top diagnosis\n"
    "  explain ID        show a playbook (--format markdown prints its documentation page)\n"
    "  list              list the playbooks in the catalog\n"
    "  docs              write or --check the documentation pages of every playbook\n"
    "  lint [DIR...]     validate playbooks\n"
    "\n"
    "  faultline <command> --help   options of one command\n"
    "  faultline --version          version\n"
    "\n"
    "exit codes: 0 done (whether or not a failure was recognised), 1 only when asked\n"
    "(--fail-on-match, --fail-on-silent, docs --check), 2 usage, input or catalog error.\n";

}  // namespace

int run(int argc, char** argv) {
    const std::map<std::string, std::function<int(Context&)>> commands = {
        {"analyze", command_analyze}, {"fix", command_fix},   {"explain", command_explain},
        {"list", command_list},       {"docs", command_docs}, {"lint", command_lint}};
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    try {
        if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            std::cout << k_help;
            return args.empty() ? k_exit_error : k_exit_ok;
        }
        if (args[0] == "--version" || args[0] == "-V") {
            std::cout << "faultline " << FAULTLINE_VERSION << "\n";
            return k_exit_ok;
        }
        const auto it = commands.find(args[0]);
        if (it == commands.end())
            throw UsageError("unknown command '" + args[0] + "' (run 'faultline --help' for the list)");
        Context ctx{std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr};
        const int code = it->second(ctx);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "faultline: error: could not write the output (is the disk full or the pipe closed?)\n";
            return k_exit_error;
        }
        return code;
    } catch (const UsageError& e) {
        std::cout.flush();
        std::cerr << "faultline: error: " << e.what() << "\n";
        return k_exit_error;
    } catch (const Error& e) {
        std::cout.flush();
        std::cerr << "faultline: error: " << e.what() << "\n";
        return k_exit_error;
    } catch (const std::bad_alloc&) {
        std::cerr << "faultline: error: out of memory (the input may be too large for this machine)\n";
        return k_exit_error;
    } catch (const std::exception& e) {
        std::cerr << "faultline: error: internal error: " << e.what() << " (please report this)\n";
        return k_exit_error;
    }
}

}  // namespace faultline::cli
