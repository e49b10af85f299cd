// A bounded ring of the most recent log lines, for context around evidence.
#pragma once

#include <deque>
#include <vector>

#include "model/analysis.hpp"

namespace faultline::rank {

/// Keeps the last `capacity` lines seen.
class LineWindow {
public:
    explicit LineWindow(std::size_t capacity) : m_capacity(capacity) {}

    /// Remembers line `number` with `text`, forgetting the oldest beyond the capacity.
    void push(std::size_t number, const std::string& text) {
        if (m_capacity == 0) return;
        if (m_lines.size() == m_capacity) m_lines.pop_front();
        m_lines.push_back(model::NumberedLine{number, text});
    }
    /// The last `count` lines before the newest one, oldest first.
    std::vector<model::NumberedLine> last(std::size_t count) const {
        const std::size_t n = std::min(count, m_lines.size());
        return {m_lines.end() - static_cast<std::ptrdiff_t>(n), m_lines.end()};
    }

private:
    std::size_t m_capacity;
    std::deque<model::NumberedLine> m_lines;
};

}  // namespace faultline::rank
