// A bounded ring of the most recent log lines, for context around evidence.
#pragma once

#include <vector>

#include "model/analysis.hpp"

namespace faultline::rank {

/// Keeps the last `capacity` lines seen, in a ring whose strings keep their buffers.
class LineWindow {
public:
    explicit LineWindow(std::size_t capacity) : m_lines(capacity) {}

    /// Remembers line `number` with `text`, forgetting the oldest beyond the capacity.
    void push(std::size_t number, std::string_view text) {
        if (m_lines.empty()) return;
        model::NumberedLine& slot = m_lines[m_next];
        slot.number = number;
        slot.text.assign(text);
        m_next = (m_next + 1) % m_lines.size();
        m_size = std::min(m_size + 1, m_lines.size());
    }
    /// The last `count` lines seen (the newest included), oldest first.
    std::vector<model::NumberedLine> last(std::size_t count) const {
        const std::size_t n = std::min(count, m_size);
        std::vector<model::NumberedLine> out;
        out.reserve(n);
        for (std::size_t k = n; k > 0; --k) out.push_back(m_lines[(m_next + m_lines.size() - k) % m_lines.size()]);
        return out;
    }
    /// How many lines are held.
    std::size_t size() const { return m_size; }

private:
    std::vector<model::NumberedLine> m_lines;
    std::size_t m_next = 0;
    std::size_t m_size = 0;
};

}  // namespace faultline::rank
