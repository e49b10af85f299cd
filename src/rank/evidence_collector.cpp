#include "rank/evidence_collector.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace faultline::rank {
namespace {
constexpr std::size_t k_keep_first = 3;   // earliest hits kept per pattern
constexpr std::size_t k_keep_last = 5;    // latest hits kept per pattern
constexpr std::size_t k_keep_recent = 64; // recent hit lines kept for sequences
constexpr std::size_t k_max_text = 2000;  // bytes of a line kept for display
constexpr std::size_t k_max_context = 50;

std::string display_text(const std::string& text) {
    if (text.size() <= k_max_text) return text;
    return text.substr(0, util::utf8_floor(text, k_max_text)) + " [...]";
}
}  // namespace

EvidenceCollector::EvidenceCollector(const model::PatternIndex& index, std::size_t context)
    : m_context(std::min(context, k_max_context)),
      m_window(context == 0 ? 0 : std::min(context, k_max_context) + 1),
      m_patterns(index.patterns.size()),
      m_sequences(index.playbooks.size()) {}

HitRecord EvidenceCollector::make_record(const model::LogLine& line) {
    HitRecord r;
    r.line = line.number;
    r.step = line.step;
    r.text = display_text(line.text);
    if (m_context > 0) {
        r.before = m_window.last(m_context + 1);
        if (!r.before.empty()) r.before.pop_back();  // the window's newest entry is this line
    }
    return r;
}

void EvidenceCollector::fill_after(const model::LogLine& line) {
    if (m_context == 0 || (m_active.empty() && m_active_sequences.empty())) return;
    const std::size_t n = line.number;
    const auto add = [&](HitRecord& r) {
        if (n > r.line && n <= r.line + m_context)
            r.after.push_back(model::NumberedLine{n, display_text(line.text)});
    };
    // Records that still need after-context are the newest ones of recently hit patterns.
    const auto reach_back = [&](auto& records) {
        for (auto it = records.rbegin(); it != records.rend() && it->line + m_context >= n; ++it) add(*it);
    };
    for (std::uint32_t id : m_active) {
        reach_back(m_patterns[id].last);
        reach_back(m_patterns[id].first);
    }
    for (std::size_t pb : m_active_sequences)
        for (HitRecord& r : m_sequences[pb]) add(r);
    const auto stale = [&](std::size_t last_line) { return last_line + m_context <= n; };
    std::erase_if(m_active, [&](std::uint32_t id) {
        const PatternHits& ph = m_patterns[id];
        return stale(ph.last.empty() ? ph.first.back().line : ph.last.back().line);
    });
    std::erase_if(m_active_sequences, [&](std::size_t pb) { return m_sequences[pb].empty() || stale(m_sequences[pb].back().line); });
}

void EvidenceCollector::observe(const model::LogLine& line, const model::LineHits& hits) {
    m_window.push(line.number, std::string_view(line.text).substr(0, util::utf8_floor(line.text, k_max_text)));
    fill_after(line);
    if (hits.patterns.empty()) return;
    const HitRecord record = make_record(line);
    for (std::uint32_t id : hits.patterns) {
        PatternHits& ph = m_patterns[id];
        ++ph.count;
        if (m_context > 0 && std::find(m_active.begin(), m_active.end(), id) == m_active.end()) m_active.push_back(id);
        if (ph.first.size() < k_keep_first) {
            ph.first.push_back(record);
            continue;
        }
        ph.last.push_back(record);
        if (ph.last.size() > k_keep_last) ph.last.pop_front();
    }
    m_recent.push_back(record);
    if (m_recent.size() > k_keep_recent) m_recent.pop_front();
    for (const model::SequenceHit& seq : hits.sequences) {
        std::vector<HitRecord> records;
        for (std::size_t n : seq.lines) {
            const auto it = std::find_if(m_recent.begin(), m_recent.end(), [&](const HitRecord& r) { return r.line == n; });
            if (it != m_recent.end()) records.push_back(*it);
        }
        m_sequences[seq.playbook] = std::move(records);
        if (m_context > 0 && std::find(m_active_sequences.begin(), m_active_sequences.end(), seq.playbook) == m_active_sequences.end())
            m_active_sequences.push_back(seq.playbook);
    }
}

}  // namespace faultline::rank
