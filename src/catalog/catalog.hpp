// The set of playbooks in force: the compiled-in bundle plus user directories that add or override.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/problem.hpp"
#include "model/playbook.hpp"

namespace faultline::catalog {

/// Whether the compiled-in playbooks are part of the catalog.
enum class Bundled { include, exclude };

/// Loaded playbooks, sorted by id.
struct Catalog {
    std::vector<model::Playbook> playbooks;
    std::vector<std::string> warnings;  ///< One line each (overrides of bundled ids).

    /// The playbook with `id`, or nullptr.
    const model::Playbook* find(std::string_view id) const;
};

/// Loads the catalog; every file problem goes to `problems` (the catalog holds what was valid).
Catalog load_catalog(Bundled bundled, const std::vector<std::string>& dirs, Problems& problems);

/// Loads the catalog; throws Error with the first problem (and how many more there are).
Catalog load_catalog(Bundled bundled, const std::vector<std::string>& dirs);

}  // namespace faultline::catalog
