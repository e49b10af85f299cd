#include "render/catalog_list.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace faultline::render {

std::string render_list_text(const std::vector<const model::Playbook*>& playbooks) {
    std::size_t width = 2;
    for (const auto* p : playbooks) width = std::max(width, p->id.size());
    std::string out = fmt::format("{:<{}}  {:<8}  {:<8}  {}\n", "ID", width, "CATEGORY", "SEVERITY", "TITLE");
    for (const auto* p : playbooks)
        out += fmt::format("{:<{}}  {:<8}  {:<8}  {}\n", p->id, width, model::to_string(p->category),
                           model::to_string(p->severity), p->title);
    out += fmt::format("{} playbooks\n", playbooks.size());
    return out;
}

std::string render_list_json(const std::vector<const model::Playbook*>& playbooks) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto* p : playbooks)
        out.push_back({{"id", p->id},
                       {"title", p->title},
                       {"category", model::to_string(p->category)},
                       {"severity", model::to_string(p->severity)},
                       {"source", p->source_path}});
    return out.dump(2) + "\n";
}

}  // namespace faultline::render
