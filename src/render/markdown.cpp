#include "render/markdown.hpp"

#include <fmt/format.h>

#include "render/markdown_util.hpp"
#include "util/strings.hpp"

namespace faultline::render {
namespace {

std::string numbered_block(const std::vector<model::NumberedLine>& lines) {
    std::string body;
    for (const auto& l : lines) body += fmt::format("{:>6}: {}\n", l.number, l.text);
    const std::string fence = code_fence(body);
    return fence + "text\n" + body + fence + "\n";
}

void evidence_block(std::string& out, const model::Diagnosis& d) {
    std::vector<model::NumberedLine> lines;
    for (const model::Evidence& e : d.evidence) {
        lines.insert(lines.end(), e.before.begin(), e.before.end());
        lines.push_back(model::NumberedLine{e.line, e.text});
        lines.insert(lines.end(), e.after.begin(), e.after.end());
    }
    out += numbered_block(lines);
}

}  // namespace

std::string render_markdown(const model::Analysis& a) {
    std::string out;
    if (a.status == model::Status::empty) return "### Faultline\n\nThe log is empty: there is nothing to analyse.\n";
    if (a.diagnoses.empty() && a.context.job_result == model::JobResult::success) {
        out += "### ✅ Faultline: the job succeeded\n\nThe log shows the job succeeded: there is no failure to explain.\n";
    } else if (a.diagnoses.empty()) {
        out += "### ❔ Faultline: no known failure matched\n\n";
        out += "Faultline did not recognise this failure and stays silent rather than guess.";
        if (a.context.failed_step) out += " Failed step: " + inline_code(*a.context.failed_step) + ".";
        out += "\n\n";
        if (!a.excerpt.lines.empty()) {
            out += "**Read these lines first**\n\n";
            out += numbered_block(a.excerpt.lines);
        }
    } else {
        const model::Diagnosis& d = a.diagnoses.front();
        out += "### ❌ " + escape_markdown(d.title) + "\n\n";
        out += fmt::format("{} · confidence **{:.2f}** · {} · severity {}", inline_code(d.id), d.confidence,
                           model::to_string(d.category), model::to_string(d.severity));
        if (a.context.failed_step) out += " · failed step " + inline_code(*a.context.failed_step);
        if (a.context.exit_code) out += fmt::format(" (exit code {})", *a.context.exit_code);
        out += "\n\n" + std::string(util::trim(d.summary)) + "\n\n";
        out += "**Evidence**\n\n";
        evidence_block(out, d);
        out += "\n**How to fix**\n\n" + std::string(util::trim(d.fix)) + "\n\n";
        out += "More: `faultline explain " + d.id + "` · " + d.docs + "\n";
        if (a.diagnoses.size() > 1) {
            out += "\n<details><summary>Other candidates</summary>\n\n";
            for (std::size_t i = 1; i < a.diagnoses.size(); ++i) {
                const model::Diagnosis& o = a.diagnoses[i];
                out += fmt::format("- {} {} (confidence {:.2f})\n", inline_code(o.id), escape_markdown(o.title), o.confidence);
            }
            out += "\n</details>\n";
        }
    }
    if (!a.findings.empty()) {
        out += "\n**Silent failures** (work that looked successful but did not happen)\n\n";
        for (const model::Diagnosis& f : a.findings) {
            out += "- " + escape_markdown(f.title) + " " + inline_code(f.id);
            if (!f.evidence.empty()) out += fmt::format(" at line {}", f.evidence.front().line);
            out += "\n";
        }
    }
    return out;
}

}  // namespace faultline::render
