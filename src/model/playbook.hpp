// A failure class as loaded from a playbook YAML file: how to recognise it and what to say.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::model {

/// The eight playbook categories.
enum class Category : std::uint8_t { auth, build, ci, deploy, network, runtime, silent, test };

/// How bad a failure is; orders ties between equally scored diagnoses.
enum class Severity : std::uint8_t { low, medium, high, critical };

/// Returns the schema name of `c` ("network").
std::string_view to_string(Category c);
/// Returns the schema name of `s` ("high").
std::string_view to_string(Severity s);
/// Parses a category name; empty when unknown.
std::optional<Category> parse_category(std::string_view name);
/// Parses a severity name; empty when unknown.
std::optional<Severity> parse_severity(std::string_view name);
/// Every category, in schema order.
const std::vector<Category>& all_categories();

/// One pattern as written: a literal, or a regex when the source starts with `re:`.
struct Pattern {
    std::string source;      ///< As written in the YAML, including any `re:` prefix.
    bool is_regex = false;   ///< True for `re:` patterns.
    std::string body;        ///< The literal or the regex without the `re:` prefix.
    std::size_t line = 0;    ///< Position in the YAML file, for error messages.
    std::size_t column = 0;
};

/// An ordered multi-line signature: each pattern within `within` lines of the previous one.
struct Sequence {
    std::size_t within = 5;
    std::vector<Pattern> patterns;
};

/// The `match` block of a playbook.
struct MatchSpec {
    std::vector<Pattern> any;
    std::vector<Pattern> all;
    std::vector<Pattern> none;
    std::optional<Sequence> sequence;
};

/// A whole playbook.
struct Playbook {
    std::string id;
    std::string title;
    Category category = Category::build;
    Severity severity = Severity::medium;
    double base_score = 1.0;
    std::vector<std::string> tags;
    std::vector<std::string> stage_hints;
    std::string summary;
    std::string diagnosis;
    std::string fix;
    std::string validation;
    std::string why_it_matters;
    std::string prevention;
    MatchSpec match;
    std::vector<std::string> likely_files;
    std::vector<std::string> links;
    std::string source_path;  ///< Where it was loaded from ("playbooks/bundled/log/network/x.yaml").
    bool bundled = false;     ///< True when it comes from the compiled-in catalog.
};

}  // namespace faultline::model
