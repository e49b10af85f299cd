#include "rank/ranker.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "util/strings.hpp"

namespace faultline::rank {
namespace {

constexpr std::size_t k_max_evidence = 5;
constexpr std::size_t k_max_highlights = 5;
constexpr std::size_t k_evidence_highlights = 3;  // leave room for the fallback ranking's best lines

struct Scored {
    std::size_t playbook = 0;
    double score = 0.0;
    std::vector<std::uint32_t> hit_patterns;  // any ∪ all that hit
    bool sequence = false;
};

struct RankedEvidence {
    model::Evidence evidence;
    bool in_failed_step = false;
    double weight = 0.0;
};

// Steps are numbered in log order, so a step index >= the failed step's is the failed step, a step
// nested in it, or what ran after it (GitLab's verdict line, after_script, artifact upload). Only
// steps that ran before the failure are steps that passed.
bool in_failed(std::size_t step, std::size_t failed) { return failed != 0 && step >= failed; }

// The stored hit that best shows pattern `id`: the earliest in (or after) the failed step, else
// the latest.
const HitRecord* best_record(const PatternHits& hits, std::size_t failed) {
    const HitRecord* best = nullptr;
    const auto consider = [&](const HitRecord& r) {
        const bool in = in_failed(r.step, failed);
        const bool best_in = best != nullptr && in_failed(best->step, failed);
        if (in) {
            if (best == nullptr || !best_in || r.line < best->line) best = &r;
        } else if (best == nullptr || (!best_in && r.line > best->line)) {
            best = &r;
        }
    };
    for (const HitRecord& r : hits.first) consider(r);
    for (const HitRecord& r : hits.last) consider(r);
    return best;
}

bool any_in_failed(const PatternHits& hits, std::size_t failed) {
    const auto in = [&](const HitRecord& r) { return in_failed(r.step, failed); };
    return std::any_of(hits.first.begin(), hits.first.end(), in) || std::any_of(hits.last.begin(), hits.last.end(), in);
}

// Rounds to `decimals` places (by dividing, so 0.7 stays 0.7 when printed).
double round_to(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

std::vector<Scored> score_candidates(const RankInput& in) {
    std::vector<Scored> out;
    const auto& hits = in.evidence.patterns();
    for (std::size_t i = 0; i < in.playbooks.size(); ++i) {
        const model::PlaybookPatternIds& ids = in.index.playbooks[i];
        const auto hit = [&](std::uint32_t id) { return hits[id].count > 0; };
        if (std::any_of(ids.none.begin(), ids.none.end(), hit)) continue;
        if (!std::all_of(ids.all.begin(), ids.all.end(), hit)) continue;
        Scored s;
        s.playbook = i;
        for (std::uint32_t id : ids.any)
            if (hit(id)) s.hit_patterns.push_back(id);
        s.sequence = !in.evidence.sequences()[i].empty();
        const bool any_ok = !s.hit_patterns.empty() || s.sequence || (ids.any.empty() && !ids.all.empty());
        if (!any_ok) continue;
        for (std::uint32_t id : ids.all)
            if (std::find(s.hit_patterns.begin(), s.hit_patterns.end(), id) == s.hit_patterns.end())
                s.hit_patterns.push_back(id);
        // Silent failures sit in steps that passed by definition: no failed-step preference for them.
        const bool step_blind = in.failed_step == 0 || in.playbooks[i].category == model::Category::silent;
        double raw = 0.0;
        for (std::uint32_t id : s.hit_patterns) {
            const double f = step_blind || any_in_failed(hits[id], in.failed_step) ? 1.0 : k_outside_failed_step;
            raw += pattern_weight(in.index.patterns[id].users) * f;
        }
        if (s.sequence) {
            const HitRecord& last = in.evidence.sequences()[i].back();
            raw += k_sequence_weight * (step_blind || in_failed(last.step, in.failed_step) ? 1.0 : k_outside_failed_step);
        }
        s.score = round_to(in.playbooks[i].base_score * raw, 3);
        if (s.score > 0) out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [&](const Scored& a, const Scored& b) {
        if (a.score != b.score) return a.score > b.score;
        const auto& pa = in.playbooks[a.playbook];
        const auto& pb = in.playbooks[b.playbook];
        if (pa.severity != pb.severity) return pa.severity > pb.severity;
        return pa.id < pb.id;
    });
    return out;
}

std::vector<model::Evidence> collect_evidence(const RankInput& in, const Scored& s) {
    std::vector<RankedEvidence> ranked;
    std::set<std::size_t> lines;
    const auto add = [&](const HitRecord& r, const std::string& pattern, double weight) {
        if (!lines.insert(r.line).second) return;
        RankedEvidence e;
        e.evidence.line = r.line;
        e.evidence.text = r.text;
        e.evidence.pattern = pattern;
        if (r.step < in.steps.size()) e.evidence.step = in.steps[r.step].name;
        e.evidence.before = r.before;
        e.evidence.after = r.after;
        e.in_failed_step = in_failed(r.step, in.failed_step);
        e.weight = weight;
        ranked.push_back(std::move(e));
    };
    const auto& ids = in.index.playbooks[s.playbook];
    if (s.sequence) {
        const auto& records = in.evidence.sequences()[s.playbook];
        for (std::size_t k = 0; k < records.size() && k < ids.sequence.size(); ++k)
            add(records[k], in.index.patterns[ids.sequence[k]].source, k_sequence_weight);
    }
    for (std::uint32_t id : s.hit_patterns)
        if (const HitRecord* r = best_record(in.evidence.patterns()[id], in.failed_step))
            add(*r, in.index.patterns[id].source, pattern_weight(in.index.patterns[id].users));
    // Best first: in the failed step, then the strongest pattern, then the earliest line.
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedEvidence& a, const RankedEvidence& b) {
        if (a.in_failed_step != b.in_failed_step) return a.in_failed_step;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.evidence.line < b.evidence.line;
    });
    std::vector<model::Evidence> out;
    for (auto& r : ranked) {
        if (out.size() == k_max_evidence) break;
        out.push_back(std::move(r.evidence));
    }
    return out;
}

model::Diagnosis make_diagnosis(const RankInput& in, const Scored& s, double rival) {
    const model::Playbook& pb = in.playbooks[s.playbook];
    model::Diagnosis d;
    d.id = pb.id;
    d.title = pb.title;
    d.category = pb.category;
    d.severity = pb.severity;
    d.score = s.score;
    d.confidence = confidence(s.score, rival);
    d.summary = pb.summary;
    d.fix = pb.fix;
    d.docs = "docs/failures/" + std::string(model::to_string(pb.category)) + "/" + pb.id + ".md";
    d.evidence = collect_evidence(in, s);
    return d;
}

// Reports candidates of one kind (diagnoses or findings) above the threshold.
std::vector<model::Diagnosis> report(const RankInput& in, const std::vector<Scored>& scored, const RankOptions& opt) {
    std::vector<model::Diagnosis> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < opt.top; ++i) {
        const double rival = i == 0 ? (scored.size() > 1 ? scored[1].score : 0.0) : scored[0].score;
        model::Diagnosis d = make_diagnosis(in, scored[i], rival);
        if (d.confidence < opt.threshold) continue;
        d.rank = out.size() + 1;
        out.push_back(std::move(d));
    }
    return out;
}

model::Excerpt excerpt_from_highlights(std::vector<model::NumberedLine> lines, std::size_t total_lines) {
    model::Excerpt e;
    if (lines.empty()) return e;
    const std::size_t first = lines.front().number;
    e.start = first > 3 ? first - 3 : 1;
    e.end = first + 3;
    for (const auto& l : lines) {
        e.highlights.push_back(l.number);
        if (l.number + 10 >= e.start && l.number <= e.end + 10) {
            e.start = std::min(e.start, l.number > 1 ? l.number - 1 : 1);
            e.end = std::max(e.end, l.number + 1);
        }
    }
    e.end = std::min(e.end, std::max<std::size_t>(total_lines, 1));
    e.lines = std::move(lines);
    return e;
}

// Error-like lines weighted by their step and position, best first (at most `limit`).
std::vector<model::NumberedLine> ranked_candidates(const RankInput& in, std::size_t limit) {
    struct Ranked {
        double score;
        const Candidate* c;
    };
    const std::vector<Candidate> candidates = in.excerpt.candidates();
    std::vector<Ranked> ranked;
    const model::Step* failed = in.failed_step != 0 ? &in.steps[in.failed_step] : nullptr;
    for (const Candidate& c : candidates) {
        double score = c.signal + (c.error_marker ? 1.0 : 0.0);
        if (failed != nullptr) {
            if (c.step == in.failed_step) {  // the excerpt wants the failing step itself
                const double span = static_cast<double>(failed->last_line - failed->first_line + 1);
                score += 3.0 + 1.5 * static_cast<double>(c.line - failed->first_line) / span;
            } else {
                score -= 2.0;
            }
        } else if (in.total_lines > 0) {
            score += 1.5 * static_cast<double>(c.line) / static_cast<double>(in.total_lines);
        }
        ranked.push_back(Ranked{score, &c});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.c->line > b.c->line;
    });
    std::vector<model::NumberedLine> lines;
    for (const Ranked& r : ranked) {
        if (lines.size() == limit) break;
        lines.push_back(model::NumberedLine{r.c->line, r.c->text});
    }
    if (lines.empty()) {  // nothing error-like: the end of the log is the best guess
        const auto tail = in.excerpt.tail();
        for (auto it = tail.rbegin(); it != tail.rend() && lines.size() < limit; ++it) lines.push_back(*it);
    }
    return lines;
}

std::optional<std::string> guess_stage(const std::string& step, const std::vector<std::string>& hints) {
    const std::string s = util::fold_case(step);
    for (const char* key : {"test", "spec", "check"})
        if (s.find(key) != std::string::npos) return std::string("test");
    for (const char* key : {"deploy", "release", "publish"})
        if (s.find(key) != std::string::npos) return std::string("deploy");
    for (const char* key : {"build", "compile", "make", "lint"})
        if (s.find(key) != std::string::npos) return std::string("build");
    for (const char* key : {"install", "setup", "set up", "checkout", "restore", "prepare", "get_sources"})
        if (s.find(key) != std::string::npos) return std::string("setup");
    if (!hints.empty() && hints.front() != "any") return hints.front();
    return std::nullopt;
}

}  // namespace

void rank(const RankInput& in, const RankOptions& options, model::Analysis& out) {
    const std::vector<Scored> scored = score_candidates(in);
    std::vector<Scored> failures;
    std::vector<Scored> silent;
    for (const Scored& s : scored)
        (in.playbooks[s.playbook].category == model::Category::silent ? silent : failures).push_back(s);
    // A log that says its job succeeded has no failure to explain; silent findings still apply.
    if (in.job_result != model::JobResult::success) out.diagnoses = report(in, failures, options);
    out.findings = report(in, silent, options);

    // Highlights: the top diagnosis's evidence first, then the fallback ranking fills the rest.
    std::vector<model::NumberedLine> lines;
    if (!out.diagnoses.empty())
        for (const model::Evidence& e : out.diagnoses.front().evidence)
            if (lines.size() < k_evidence_highlights) lines.push_back(model::NumberedLine{e.line, e.text});
    for (model::NumberedLine& c : ranked_candidates(in, k_max_highlights)) {
        if (lines.size() >= k_max_highlights) break;
        if (std::none_of(lines.begin(), lines.end(), [&](const model::NumberedLine& l) { return l.number == c.number; }))
            lines.push_back(std::move(c));
    }
    out.excerpt = excerpt_from_highlights(std::move(lines), in.total_lines);

    if (in.failed_step != 0) {
        const model::Step& step = in.steps[in.failed_step];
        out.context.failed_step = step.name;
        out.context.exit_code = step.exit_code;
        if (step.name.starts_with("Run ")) out.context.command = step.name.substr(4);
    }
    out.context.job_result = in.job_result;
    const std::vector<std::string> no_hints;
    const auto& hints = out.diagnoses.empty() ? no_hints : in.playbooks[failures.front().playbook].stage_hints;
    out.context.stage = guess_stage(out.context.failed_step.value_or(""), hints);
}

}  // namespace faultline::rank
