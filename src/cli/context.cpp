#include "cli/context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "util/strings.hpp"

namespace faultline::cli {

std::optional<std::string> Context::env(const char* name) const {
    const char* value = std::getenv(name);
    if (value == nullptr) return std::nullopt;
    return std::string(value);
}

bool Context::stdout_is_terminal() const { return ::isatty(STDOUT_FILENO) == 1; }
bool Context::stdin_is_terminal() const { return ::isatty(STDIN_FILENO) == 1; }

void Context::warn(const std::string& message) const { err << "faultline: warning: " << message << '\n'; }

catalog::Catalog load_catalog(const Context& ctx, const CatalogOptions& options) {
    std::vector<std::string> dirs;
    if (auto extra = ctx.env("FAULTLINE_PLAYBOOK_DIR"))
        for (std::string_view d : util::split(*extra, ':'))
            if (!d.empty()) dirs.emplace_back(d);
    dirs.insert(dirs.end(), options.dirs.begin(), options.dirs.end());
    catalog::Catalog cat = catalog::load_catalog(options.no_bundled ? catalog::Bundled::exclude : catalog::Bundled::include, dirs);
    for (const std::string& w : cat.warnings) ctx.warn(w);
    return cat;
}

}  // namespace faultline::cli
