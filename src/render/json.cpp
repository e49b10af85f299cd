#include "render/json.hpp"

#include <nlohmann/json.hpp>

#include "util/utf8.hpp"

namespace faultline::render {
namespace {

using Json = nlohmann::ordered_json;

Json lines_json(const std::vector<model::NumberedLine>& lines) {
    Json out = Json::array();
    for (const auto& l : lines) out.push_back(Json{{"line", l.number}, {"text", l.text}});
    return out;
}

Json diagnosis_json(const model::Diagnosis& d) {
    Json evidence = Json::array();
    for (const model::Evidence& e : d.evidence) {
        Json item{{"line", e.line}, {"text", e.text}, {"pattern", e.pattern}};
        if (!e.step.empty()) item["step"] = e.step;
        if (!e.before.empty()) item["before"] = lines_json(e.before);
        if (!e.after.empty()) item["after"] = lines_json(e.after);
        evidence.push_back(std::move(item));
    }
    return Json{{"rank", d.rank},
                {"id", d.id},
                {"title", d.title},
                {"category", model::to_string(d.category)},
                {"severity", model::to_string(d.severity)},
                {"confidence", d.confidence},
                {"score", d.score},
                {"summary", d.summary},
                {"fix", d.fix},
                {"evidence", std::move(evidence)},
                {"docs", d.docs}};
}

}  // namespace

std::string render_json(const model::Analysis& a) {
    Json diagnoses = Json::array();
    for (const auto& d : a.diagnoses) diagnoses.push_back(diagnosis_json(d));
    Json findings = Json::array();
    for (const auto& d : a.findings) findings.push_back(diagnosis_json(d));
    Json locations = Json::array();
    for (const model::Location& l : a.locations) {
        Json item{{"file", l.file}, {"line", l.line}};
        item["column"] = l.column ? Json(*l.column) : Json(nullptr);
        item["end_line"] = l.end_line ? Json(*l.end_line) : Json(nullptr);
        item["severity"] = l.severity;
        item["message"] = l.message;
        item["tool"] = l.tool;
        item["log_line"] = l.log_line;
        locations.push_back(std::move(item));
    }
    Json context = Json::object();
    if (a.context.failed_step) context["failed_step"] = *a.context.failed_step;
    if (a.context.stage) context["stage"] = *a.context.stage;
    if (a.context.exit_code) context["exit_code"] = *a.context.exit_code;
    if (a.context.command) context["command"] = *a.context.command;
    if (a.context.job_result != model::JobResult::unknown)
        context["job_result"] = a.context.job_result == model::JobResult::success ? "success" : "failure";
    Json highlights = Json::array();
    for (std::size_t h : a.excerpt.highlights) highlights.push_back(h);
    Json excerpt{{"start", a.excerpt.start}, {"end", a.excerpt.end}, {"highlights", std::move(highlights)}};

    Json doc{{"schema", "faultline.analysis/v1"},
             {"tool", Json{{"name", "faultline"}, {"version", FAULTLINE_VERSION}}},
             {"source", Json{{"path", util::sanitize_utf8(a.source.path)},
                             {"lines", a.source.lines},
                             {"bytes", a.source.bytes},
                             {"format", a.source.format}}},
             {"status", model::to_string(a.status)},
             {"diagnoses", std::move(diagnoses)},
             {"excerpt", std::move(excerpt)},
             {"locations", std::move(locations)},
             {"context", std::move(context)},
             {"findings", std::move(findings)}};
    if (!a.warnings.empty()) doc["warnings"] = a.warnings;
    // Text is valid UTF-8 by construction (ingest sanitises); replace rather than throw if not.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace faultline::render
