// Renders one playbook: the documentation page (markdown), a terminal view and JSON.
#pragma once

#include <string>

#include "model/playbook.hpp"

namespace faultline::render {

/// Path of the playbook's bundled source, as named on its page ("playbooks/bundled/log/<cat>/<id>.yaml").
std::string bundled_source_path(const model::Playbook& playbook);

/// Returns the documentation page in the layout of the playbook design doc.
std::string render_playbook_markdown(const model::Playbook& playbook);

/// Returns a terminal view of the playbook.
std::string render_playbook_text(const model::Playbook& playbook);

/// Returns the playbook as a JSON object (pretty-printed, ending with a newline).
std::string render_playbook_json(const model::Playbook& playbook);

}  // namespace faultline::render
