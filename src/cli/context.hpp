// What a command may touch: its arguments, the environment, the terminal and the output streams.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"

namespace faultline::cli {

/// The world as a command sees it; only cli/ reads the environment or the terminal.
struct Context {
    std::vector<std::string> args;  ///< Arguments after the command name.
    std::ostream& out;
    std::ostream& err;

    /// The value of environment variable `name`, if set.
    std::optional<std::string> env(const char* name) const;
    /// True when stdout is a terminal.
    bool stdout_is_terminal() const;
    /// True when stdin is a terminal.
    bool stdin_is_terminal() const;
    /// Prints `faultline: warning: <message>` to stderr.
    void warn(const std::string& message) const;
};

/// Catalog options shared by the commands that load playbooks.
struct CatalogOptions {
    std::vector<std::string> dirs;  ///< --playbooks DIR (repeatable) and FAULTLINE_PLAYBOOK_DIR.
    bool no_bundled = false;        ///< --no-bundled
};

/// Loads the catalog for `options` (plus FAULTLINE_PLAYBOOK_DIR), printing override warnings.
catalog::Catalog load_catalog(const Context& ctx, const CatalogOptions& options);

}  // namespace faultline::cli
