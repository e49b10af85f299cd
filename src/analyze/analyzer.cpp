#include "analyze/analyzer.hpp"

#include "ingest/log_reader.hpp"
#include "match/matcher.hpp"
#include "rank/evidence_collector.hpp"
#include "rank/excerpt_collector.hpp"
#include "rank/ranker.hpp"

namespace faultline::analyze {

Analyzer::Analyzer(const std::vector<model::Playbook>& playbooks) : m_playbooks(playbooks), m_patterns(playbooks) {}

model::Analysis Analyzer::analyze(ingest::ByteSource& source, const std::string& path,
                                  const AnalyzeOptions& options) const {
    ingest::LogReader reader(source);
    match::Matcher matcher(m_patterns);
    rank::EvidenceCollector evidence(m_patterns.index(), options.context);
    rank::ExcerptCollector excerpt;

    model::LogLine line;
    model::LineHits hits;
    bool any_text = false;
    while (reader.next(line)) {
        matcher.scan(line, hits);
        hits.signal = line.normalized.empty() ? 0.0 : m_signals.score(line.normalized);
        evidence.observe(line, hits);
        excerpt.observe(line, hits.signal);
        any_text = any_text || !line.normalized.empty();
    }

    model::Analysis out;
    out.source.path = path;
    out.source.lines = reader.lines();
    out.source.bytes = reader.bytes();
    out.source.format = reader.format();
    out.warnings = reader.warnings();
    for (const std::string& w : matcher.warnings()) out.warnings.push_back(w);
    if (!any_text) {
        out.status = model::Status::empty;
        return out;
    }
    const rank::RankInput input{m_playbooks, m_patterns.index(), evidence, excerpt,
                                reader.steps(), reader.failed_step(), reader.lines(), reader.job_result()};
    rank::rank(input, rank::RankOptions{options.top, rank::k_report_threshold}, out);
    out.status = out.diagnoses.empty() ? model::Status::unknown : model::Status::matched;
    return out;
}

}  // namespace faultline::analyze
