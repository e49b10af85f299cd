#include "catalog/playbook_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <set>
#include <span>

#include "util/strings.hpp"

namespace faultline::catalog {
namespace {

constexpr std::array<std::string_view, 16> k_top_keys = {
    "id",      "title",      "category", "severity",        "base_score", "tags",       "stage_hints", "summary",
    "diagnosis", "fix", "validation", "why_it_matters", "prevention", "match", "workflow", "links"};
constexpr std::array<std::string_view, 9> k_required = {"id",  "title",      "category", "severity", "summary",
                                                        "diagnosis", "fix", "validation", "match"};
constexpr std::array<std::string_view, 5> k_stage_hints = {"setup", "build", "test", "deploy", "any"};

// Collects problems for one file, positioned at YAML nodes.
class Checker {
public:
    Checker(const std::string& path, Problems& problems) : m_path(path), m_problems(problems) {}

    void report(const YAML::Node& node, std::string message, std::string hint = {}) {
        const YAML::Mark mark = node.Mark();
        add(mark.is_null() ? 0 : static_cast<std::size_t>(mark.line) + 1,
            mark.is_null() ? 0 : static_cast<std::size_t>(mark.column) + 1, std::move(message), std::move(hint));
    }
    void add(std::size_t line, std::size_t col, std::string message, std::string hint = {}) {
        m_problems.push_back(Problem{m_path, line, col, std::move(message), std::move(hint)});
        ++m_count;
    }
    std::size_t count() const { return m_count; }

    // Reads a scalar string; reports and returns empty on wrong type.
    std::string string_at(const YAML::Node& map, std::string_view key) {
        const YAML::Node node = map[std::string(key)];
        if (!node) return {};
        if (!node.IsScalar()) {
            report(node, "'" + std::string(key) + "' must be a string");
            return {};
        }
        return node.Scalar();
    }

    std::vector<std::string> strings_at(const YAML::Node& map, std::string_view key) {
        std::vector<std::string> out;
        const YAML::Node node = map[std::string(key)];
        if (!node || node.IsNull()) return out;
        if (!node.IsSequence()) {
            report(node, "'" + std::string(key) + "' must be a list of strings");
            return out;
        }
        for (const YAML::Node& item : node) {
            if (!item.IsScalar()) {
                report(item, "'" + std::string(key) + "' items must be strings");
                continue;
            }
            out.push_back(item.Scalar());
        }
        return out;
    }

    std::vector<model::Pattern> patterns_at(const YAML::Node& map, std::string_view key) {
        std::vector<model::Pattern> out;
        const YAML::Node node = map[std::string(key)];
        if (!node || node.IsNull()) return out;
        if (!node.IsSequence()) {
            report(node, "'match." + std::string(key) + "' must be a list of patterns");
            return out;
        }
        for (const YAML::Node& item : node) {
            if (!item.IsScalar()) {
                report(item, "patterns must be strings", "quote the pattern");
                continue;
            }
            model::Pattern p;
            p.source = item.Scalar();
            p.is_regex = p.source.starts_with("re:");
            p.body = p.is_regex ? p.source.substr(3) : p.source;
            const YAML::Mark mark = item.Mark();
            p.line = static_cast<std::size_t>(mark.line) + 1;
            p.column = static_cast<std::size_t>(mark.column) + 1;
            if (util::trim(p.body).empty()) {
                report(item, "empty pattern in 'match." + std::string(key) + "'", "remove it or write the text to match");
                continue;
            }
            out.push_back(std::move(p));
        }
        return out;
    }

    void check_keys(const YAML::Node& map, std::span<const std::string_view> allowed, std::string_view where) {
        for (const auto& kv : map) {
            const std::string key = kv.first.Scalar();
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string list;
                for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
                report(kv.first, "unknown key '" + key + "'" + (where.empty() ? "" : " in '" + std::string(where) + "'"),
                       "allowed: " + list);
            }
        }
    }

private:
    const std::string& m_path;
    Problems& m_problems;
    std::size_t m_count = 0;
};

bool valid_id(std::string_view id) {
    if (id.empty()) return false;
    bool prev_dash = true;
    for (char c : id) {
        if (c == '-') {
            if (prev_dash) return false;
            prev_dash = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            prev_dash = false;
        } else {
            return false;
        }
    }
    return !prev_dash;
}

void load_match(Checker& check, const YAML::Node& node, model::MatchSpec& spec) {
    if (!node.IsMap()) {
        check.report(node, "'match' must be a mapping with any/all/none/sequence");
        return;
    }
    static constexpr std::array<std::string_view, 4> k_keys = {"any", "all", "none", "sequence"};
    check.check_keys(node, k_keys, "match");
    spec.any = check.patterns_at(node, "any");
    spec.all = check.patterns_at(node, "all");
    spec.none = check.patterns_at(node, "none");
    if (const YAML::Node seq = node["sequence"]; seq && !seq.IsNull()) {
        if (!seq.IsMap()) {
            check.report(seq, "'match.sequence' must be a mapping with 'within' and 'patterns'");
        } else {
            static constexpr std::array<std::string_view, 2> k_seq_keys = {"within", "patterns"};
            check.check_keys(seq, k_seq_keys, "match.sequence");
            model::Sequence s;
            if (const YAML::Node w = seq["within"]; w) {
                std::size_t within = 0;
                const std::string& text = w.IsScalar() ? w.Scalar() : std::string();
                const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), within);
                if (!w.IsScalar() || ec != std::errc() || ptr != text.data() + text.size() || within == 0 || within > 1000)
                    check.report(w, "'match.sequence.within' must be a whole number from 1 to 1000");
                else
                    s.within = within;
            }
            s.patterns = check.patterns_at(seq, "patterns");
            if (s.patterns.size() < 2)
                check.report(seq, "'match.sequence.patterns' needs at least two patterns", "use 'any' for one pattern");
            else
                spec.sequence = std::move(s);
        }
    }
    if (spec.any.empty() && spec.all.empty() && !spec.sequence)
        check.report(node, "'match' needs at least one pattern in 'any', 'all' or 'sequence'");
    std::set<std::string> none_keys;
    for (const auto& p : spec.none) none_keys.insert(util::fold_case(util::fold_whitespace(p.source)));
    for (const auto* list : {&spec.any, &spec.all})
        for (const auto& p : *list)
            if (none_keys.count(util::fold_case(util::fold_whitespace(p.source))) != 0)
                check.add(p.line, p.column, "pattern '" + p.source + "' is in 'none' too", "a pattern cannot both select and exclude");
}

}  // namespace

std::optional<model::Playbook> load_playbook(std::string_view text, const std::string& path, Problems& problems) {
    Checker check(path, problems);
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
        check.add(static_cast<std::size_t>(e.mark.line) + 1, static_cast<std::size_t>(e.mark.column) + 1,
                  "YAML syntax error: " + e.msg, "fix the YAML at that position");
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        check.add(0, 0, std::string("YAML error: ") + e.what());
        return std::nullopt;
    }
    if (!root.IsMap()) {
        check.add(1, 1, "a playbook must be a YAML mapping", "start with 'id: <id>'");
        return std::nullopt;
    }
    const std::size_t before = check.count();
    check.check_keys(root, k_top_keys, "");
    for (std::string_view key : k_required)
        if (!root[std::string(key)]) check.add(1, 1, "missing required key '" + std::string(key) + "'");

    model::Playbook pb;
    pb.source_path = path;
    pb.id = check.string_at(root, "id");
    const std::string stem = std::filesystem::path(path).stem().string();
    if (root["id"]) {
        if (!valid_id(pb.id))
            check.report(root["id"], "invalid id '" + pb.id + "'", "lower-case words joined by dashes, e.g. disk-full");
        else if (pb.id != stem)
            check.report(root["id"], "id '" + pb.id + "' does not match the file name '" + stem + "'",
                         "rename the file or the id");
    }
    pb.title = check.string_at(root, "title");
    if (root["title"]) {
        if (pb.title.find('\n') != std::string::npos || util::trim(pb.title).empty())
            check.report(root["title"], "'title' must be one non-empty line");
        else if (pb.title.ends_with('.'))
            check.report(root["title"], "'title' must not end with a period");
    }
    if (root["category"]) {
        const std::string c = check.string_at(root, "category");
        if (auto parsed = model::parse_category(c)) pb.category = *parsed;
        else check.report(root["category"], "unknown category '" + c + "'",
                          "one of auth, build, ci, deploy, network, runtime, silent, test");
    }
    if (root["severity"]) {
        const std::string s = check.string_at(root, "severity");
        if (auto parsed = model::parse_severity(s)) pb.severity = *parsed;
        else check.report(root["severity"], "unknown severity '" + s + "'", "one of critical, high, medium, low");
    }
    if (const YAML::Node b = root["base_score"]; b) {
        double value = 0;
        const std::string& t = b.IsScalar() ? b.Scalar() : std::string();
        const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (!b.IsScalar() || ec != std::errc() || ptr != t.data() + t.size() || !(value > 0) || value > 100)
            check.report(b, "'base_score' must be a number greater than 0", "e.g. 0.8 for a generic class");
        else
            pb.base_score = value;
    }
    pb.tags = check.strings_at(root, "tags");
    pb.stage_hints = check.strings_at(root, "stage_hints");
    for (const std::string& hint : pb.stage_hints)
        if (std::find(k_stage_hints.begin(), k_stage_hints.end(), hint) == k_stage_hints.end())
            check.report(root["stage_hints"], "unknown stage hint '" + hint + "'", "one of setup, build, test, deploy, any");
    pb.summary = check.string_at(root, "summary");
    pb.diagnosis = check.string_at(root, "diagnosis");
    pb.fix = check.string_at(root, "fix");
    pb.validation = check.string_at(root, "validation");
    pb.why_it_matters = check.string_at(root, "why_it_matters");
    pb.prevention = check.string_at(root, "prevention");
    for (std::string_view key : {"summary", "diagnosis", "fix", "validation"})
        if (root[std::string(key)] && root[std::string(key)].IsScalar() && util::trim(root[std::string(key)].Scalar()).empty())
            check.report(root[std::string(key)], "'" + std::string(key) + "' must not be empty");
    if (const YAML::Node m = root["match"]; m) load_match(check, m, pb.match);
    if (const YAML::Node w = root["workflow"]; w && !w.IsNull()) {
        if (!w.IsMap()) {
            check.report(w, "'workflow' must be a mapping with 'likely_files'");
        } else {
            static constexpr std::array<std::string_view, 1> k_wf_keys = {"likely_files"};
            check.check_keys(w, k_wf_keys, "workflow");
            pb.likely_files = check.strings_at(w, "likely_files");
        }
    }
    pb.links = check.strings_at(root, "links");
    if (check.count() != before) return std::nullopt;
    return pb;
}

}  // namespace faultline::catalog
