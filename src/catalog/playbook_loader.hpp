// Parses and validates one playbook YAML document into a model::Playbook.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "catalog/problem.hpp"
#include "model/playbook.hpp"

namespace faultline::catalog {

/// Parses `text` (the file at `path`) into a playbook; every problem found goes to `problems`
/// with its line and column. Returns nothing when the file is unusable.
std::optional<model::Playbook> load_playbook(std::string_view text, const std::string& path,
                                             Problems& problems);

}  // namespace faultline::catalog
