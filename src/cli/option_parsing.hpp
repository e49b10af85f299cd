// Boost.Program_options glue shared by the commands: parsing with usage errors, help output.
#pragma once

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace faultline::cli {

namespace po = boost::program_options;

/// Parses `args` for `command`; throws UsageError naming the command on bad input.
po::variables_map parse_options(const std::string& command, const std::vector<std::string>& args,
                                const po::options_description& options,
                                const po::positional_options_description& positional);

/// Adds --playbooks, --no-bundled to `options`, bound to `target`.
void add_catalog_options(po::options_description& options, CatalogOptions& target);

/// Writes the help of `command`: its usage line, description and options.
void print_help(std::ostream& out, const std::string& usage, const std::string& about,
                const po::options_description& options);

}  // namespace faultline::cli
