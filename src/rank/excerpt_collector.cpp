#include "rank/excerpt_collector.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace faultline::rank {
namespace {
constexpr std::size_t k_strongest = 64;
constexpr std::size_t k_latest = 48;
constexpr std::size_t k_tail = 12;
constexpr double k_min_signal = 1.5;
constexpr std::size_t k_max_text = 2000;

// Used as the heap's "less": the heap's top is then the weakest (lowest signal, then earliest
// line), the one to evict first.
bool stronger(const Candidate& a, const Candidate& b) {
    if (a.signal != b.signal) return a.signal > b.signal;
    return a.line > b.line;
}

std::string clip(const std::string& text) {
    if (text.size() <= k_max_text) return text;
    return text.substr(0, util::utf8_floor(text, k_max_text)) + " [...]";
}
}  // namespace

ExcerptCollector::ExcerptCollector() : m_tail(k_tail) { m_strongest.reserve(k_strongest + 1); }

void ExcerptCollector::observe(const model::LogLine& line, double signal) {
    if (!line.normalized.empty()) m_tail.push(line.number, std::string_view(line.text).substr(0, util::utf8_floor(line.text, k_max_text)));
    const bool marker = line.marker == model::LineMarker::error;
    if (signal < k_min_signal && !(marker && signal > -1.0)) return;
    Candidate c{line.number, line.step, signal, marker, clip(line.text)};
    m_latest.push_back(c);
    if (m_latest.size() > k_latest) m_latest.pop_front();
    if (m_strongest.size() < k_strongest) {
        m_strongest.push_back(std::move(c));
        std::push_heap(m_strongest.begin(), m_strongest.end(), stronger);
    } else if (stronger(c, m_strongest.front())) {
        std::pop_heap(m_strongest.begin(), m_strongest.end(), stronger);
        m_strongest.back() = std::move(c);
        std::push_heap(m_strongest.begin(), m_strongest.end(), stronger);
    }
}

std::vector<Candidate> ExcerptCollector::candidates() const {
    std::vector<Candidate> out(m_strongest.begin(), m_strongest.end());
    out.insert(out.end(), m_latest.begin(), m_latest.end());
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.line < b.line; });
    out.erase(std::unique(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.line == b.line; }),
              out.end());
    return out;
}

}  // namespace faultline::rank
