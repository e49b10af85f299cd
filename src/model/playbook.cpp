#include "model/playbook.hpp"

#include <array>

namespace faultline::model {
namespace {
constexpr std::array<std::string_view, 8> k_category_names = {"auth", "build", "ci", "deploy",
                                                              "network", "runtime", "silent", "test"};
constexpr std::array<std::string_view, 4> k_severity_names = {"low", "medium", "high", "critical"};
}  // namespace

std::string_view to_string(Category c) { return k_category_names[static_cast<std::size_t>(c)]; }
std::string_view to_string(Severity s) { return k_severity_names[static_cast<std::size_t>(s)]; }

std::optional<Category> parse_category(std::string_view name) {
    for (std::size_t i = 0; i < k_category_names.size(); ++i)
        if (k_category_names[i] == name) return static_cast<Category>(i);
    return std::nullopt;
}

std::optional<Severity> parse_severity(std::string_view name) {
    for (std::size_t i = 0; i < k_severity_names.size(); ++i)
        if (k_severity_names[i] == name) return static_cast<Severity>(i);
    return std::nullopt;
}

const std::vector<Category>& all_categories() {
    static const std::vector<Category> k_all = {Category::auth,    Category::build,   Category::ci,
                                                Category::deploy,  Category::network, Category::runtime,
                                                Category::silent,  Category::test};
    return k_all;
}

}  // namespace faultline::model
