#include "render/playbook_page.hpp"

#include <nlohmann/json.hpp>

#include "render/markdown_util.hpp"
#include "util/strings.hpp"

namespace faultline::render {
namespace {

constexpr std::size_t k_signals_shown = 8;

std::string section(std::string_view heading, std::string_view body) {
    return "## " + std::string(heading) + "\n\n" + std::string(util::trim(body)) + "\n\n";
}

std::vector<std::string> shown_patterns(const model::Playbook& p) {
    std::vector<std::string> out;
    for (const auto& pat : p.match.any) out.push_back(pat.source);
    if (out.empty()) {
        for (const auto& pat : p.match.all) out.push_back(pat.source);
        if (p.match.sequence)
            for (const auto& pat : p.match.sequence->patterns) out.push_back(pat.source);
    }
    if (out.size() > k_signals_shown) out.resize(k_signals_shown);
    return out;
}

}  // namespace

std::string bundled_source_path(const model::Playbook& p) {
    return "playbooks/bundled/log/" + std::string(model::to_string(p.category)) + "/" + p.id + ".yaml";
}

std::string render_playbook_markdown(const model::Playbook& p) {
    const std::vector<std::string> signals = shown_patterns(p);
    std::string out = "## Matched signals\n\n";
    for (const std::string& s : signals) out += "- " + inline_code(s) + "\n";
    out += "\n# " + p.title + "\n\n";
    out += section("What this failure means", p.summary);
    std::string symptoms = "Faultline looks for one or more of these log fragments:\n\n";
    std::string block;
    for (const std::string& s : signals) block += s + "\n";
    const std::string fence = code_fence(block);
    symptoms += fence + "text\n" + block + fence;
    out += section("Symptoms", symptoms);
    out += section("Diagnosis", p.diagnosis);
    out += section("Fix steps", p.fix);
    out += section("Validation", p.validation);
    if (!util::trim(p.why_it_matters).empty()) out += section("Why it matters", p.why_it_matters);
    if (!util::trim(p.prevention).empty()) out += section("Prevention", p.prevention);
    out += section("How Faultline detects it", "Use `faultline explain " + p.id +
                                                    "` to see the full playbook.\n\n```bash\nfaultline analyze build.log\nfaultline explain " +
                                                    p.id + "\n```");
    out += "Generated from " + (p.bundled ? bundled_source_path(p) : p.source_path) + ". Do not edit directly.\n";
    return out;
}

std::string render_playbook_text(const model::Playbook& p) {
    std::string out = p.title + "  [" + p.id + "]\n";
    out += std::string(model::to_string(p.category)) + " · severity " + std::string(model::to_string(p.severity)) + "\n\n";
    const auto block = [&](std::string_view heading, std::string_view body) {
        if (util::trim(body).empty()) return;
        out += std::string(heading) + "\n";
        for (std::string_view line : util::split(util::trim(body), '\n')) out += line.empty() ? "\n" : "  " + std::string(line) + "\n";
        out += "\n";
    };
    block("What this failure means", p.summary);
    block("Diagnosis", p.diagnosis);
    block("Fix steps", p.fix);
    block("Validation", p.validation);
    block("Why it matters", p.why_it_matters);
    block("Prevention", p.prevention);
    out += "Signals\n";
    for (const auto& pat : p.match.any) out += "  any:  " + pat.source + "\n";
    for (const auto& pat : p.match.all) out += "  all:  " + pat.source + "\n";
    for (const auto& pat : p.match.none) out += "  none: " + pat.source + "\n";
    if (p.match.sequence) {
        out += "  sequence within " + std::to_string(p.match.sequence->within) + " lines:\n";
        for (const auto& pat : p.match.sequence->patterns) out += "    " + pat.source + "\n";
    }
    out += "\nSource: " + p.source_path + "\n";
    return out;
}

std::string render_playbook_json(const model::Playbook& p) {
    using Json = nlohmann::ordered_json;
    const auto sources = [](const std::vector<model::Pattern>& v) {
        Json a = Json::array();
        for (const auto& x : v) a.push_back(x.source);
        return a;
    };
    Json match{{"any", sources(p.match.any)}, {"all", sources(p.match.all)}, {"none", sources(p.match.none)}};
    if (p.match.sequence)
        match["sequence"] = Json{{"within", p.match.sequence->within}, {"patterns", sources(p.match.sequence->patterns)}};
    Json doc{{"id", p.id},
             {"title", p.title},
             {"category", model::to_string(p.category)},
             {"severity", model::to_string(p.severity)},
             {"base_score", p.base_score},
             {"tags", p.tags},
             {"stage_hints", p.stage_hints},
             {"summary", p.summary},
             {"diagnosis", p.diagnosis},
             {"fix", p.fix},
             {"validation", p.validation},
             {"why_it_matters", p.why_it_matters},
             {"prevention", p.prevention},
             {"match", std::move(match)},
             {"workflow", Json{{"likely_files", p.likely_files}}},
             {"links", p.links},
             {"source", p.source_path}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace faultline::render
