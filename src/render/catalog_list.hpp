// Renders the list of playbooks for `faultline list`.
#pragma once

#include <string>
#include <vector>

#include "model/playbook.hpp"

namespace faultline::render {

/// One row per playbook: id, category, severity, title.
std::string render_list_text(const std::vector<const model::Playbook*>& playbooks);

/// A JSON array of {id, title, category, severity, source}.
std::string render_list_json(const std::vector<const model::Playbook*>& playbooks);

}  // namespace faultline::render
