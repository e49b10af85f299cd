#include "render/text.hpp"

#include <fmt/format.h>

#include <map>

#include "util/strings.hpp"

namespace faultline::render {
namespace {

struct Style {
    Color color;
    std::string paint(std::string_view code, std::string_view text) const {
        if (color == Color::off) return std::string(text);
        return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
    }
    std::string bold(std::string_view t) const { return paint("1", t); }
    std::string dim(std::string_view t) const { return paint("2", t); }
    std::string red(std::string_view t) const { return paint("1;31", t); }
    std::string yellow(std::string_view t) const { return paint("33", t); }
    std::string cyan(std::string_view t) const { return paint("36", t); }
};

std::string indent(std::string_view text, std::string_view pad) {
    std::string out;
    for (std::string_view line : util::split(util::trim(text), '\n')) {
        out += line.empty() ? std::string() : std::string(pad) + std::string(line);
        out += '\n';
    }
    return out;
}

void numbered(std::string& out, const Style& s, std::size_t n, std::string_view text, bool strong) {
    const std::string num = fmt::format("{:>7}", fmt::format("L{}", n));
    out += "    " + s.dim(num) + "  " + (strong ? s.bold(text) : std::string(text)) + "\n";
}

void render_diagnosis(std::string& out, const Style& s, const model::Diagnosis& d, bool first) {
    out += (first ? s.red("✖ ") : s.yellow("• ")) + s.bold(d.title) + "  " + s.dim("[" + d.id + "]") + "\n";
    out += "  " + fmt::format("confidence {:.2f} · {} · severity {}", d.confidence, model::to_string(d.category),
                              model::to_string(d.severity)) + "\n";
    if (!first) return;
    out += "\n" + indent(d.summary, "  ");
    // Evidence lines with their context, merged in line order so no line shows twice.
    std::map<std::size_t, std::pair<std::string, bool>> shown;
    for (const model::Evidence& e : d.evidence) {
        for (const auto& b : e.before) shown.emplace(b.number, std::make_pair(b.text, false));
        for (const auto& a : e.after) shown.emplace(a.number, std::make_pair(a.text, false));
    }
    for (const model::Evidence& e : d.evidence) shown[e.line] = std::make_pair(e.text, true);
    std::string step = d.evidence.empty() ? std::string() : d.evidence.front().step;
    out += "\n  " + s.bold("Evidence") + (step.empty() ? std::string() : s.dim(" in step " + step)) + "\n";
    std::size_t previous = 0;
    for (const auto& [number, entry] : shown) {
        if (previous != 0 && number > previous + 1) out += "    " + s.dim("    ...") + "\n";
        numbered(out, s, number, entry.first, entry.second);
        previous = number;
    }
    out += "\n  " + s.bold("How to fix") + "\n" + indent(d.fix, "    ");
    out += "\n  " + s.dim("More: faultline explain " + d.id + " · " + d.docs) + "\n";
}

}  // namespace

std::string render_text(const model::Analysis& a, Color color) {
    const Style s{color};
    std::string out;
    if (a.status == model::Status::empty) {
        out += "The log is empty: there is nothing to analyse.\n";
        return out;
    }
    if (a.diagnoses.empty() && a.context.job_result == model::JobResult::success) {
        out += s.bold("The log shows the job succeeded") + s.dim(": there is no failure to explain.") + "\n";
    } else if (a.diagnoses.empty()) {
        out += s.yellow("? ") + s.bold("No known failure matched") + " " +
               s.dim("(Faultline stays silent rather than guess)") + "\n";
        if (a.context.failed_step) out += "  failed step: " + *a.context.failed_step + "\n";
        if (!a.excerpt.lines.empty()) {
            out += "\n  " + s.bold("Read these lines first") + "\n";
            for (const auto& l : a.excerpt.lines) numbered(out, s, l.number, l.text, true);
        }
    } else {
        for (std::size_t i = 0; i < a.diagnoses.size(); ++i) {
            if (i == 1) out += "\n  " + s.bold("Also possible") + "\n";
            render_diagnosis(out, s, a.diagnoses[i], i == 0);
        }
        if (a.context.failed_step) {
            std::string ctx = "failed step: " + *a.context.failed_step;
            if (a.context.exit_code) ctx += fmt::format(" (exit code {})", *a.context.exit_code);
            out += "  " + s.dim(ctx) + "\n";
        }
    }
    if (!a.findings.empty()) {
        out += "\n  " + s.bold("Silent failures") + " " + s.dim("(work that looked successful but did not happen)") + "\n";
        for (const model::Diagnosis& f : a.findings) {
            out += "    " + s.cyan("! ") + f.title + " " + s.dim("[" + f.id + "]");
            if (!f.evidence.empty()) out += s.dim(fmt::format(" at L{}", f.evidence.front().line));
            out += "\n";
        }
    }
    return out;
}

std::string render_fix(const model::Analysis& a) {
    if (a.diagnoses.empty()) return "No known failure matched, so there are no fix steps to show.\n";
    const model::Diagnosis& d = a.diagnoses.front();
    return "# " + d.title + " [" + d.id + "]\n\n" + std::string(util::trim(d.fix)) + "\n";
}

}  // namespace faultline::render
