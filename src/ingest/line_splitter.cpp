#include "ingest/line_splitter.hpp"

namespace faultline::ingest {

LineSplitter::LineSplitter(std::size_t max_line_bytes)
    : m_cap_head(max_line_bytes / 2), m_cap_tail(max_line_bytes - max_line_bytes / 2) {}

void LineSplitter::append(std::string_view bytes) {
    if (!m_overflow) {
        const std::size_t room = m_cap_head - m_head.size();
        if (bytes.size() <= room) {
            m_head.append(bytes);
            return;
        }
        m_head.append(bytes.substr(0, room));
        bytes.remove_prefix(room);
        m_overflow = true;
    }
    if (bytes.size() >= m_cap_tail) {
        m_tail.assign(bytes.substr(bytes.size() - m_cap_tail));
        return;
    }
    m_tail.append(bytes);
    if (m_tail.size() > 2 * m_cap_tail) m_tail.erase(0, m_tail.size() - m_cap_tail);
}

void LineSplitter::complete() {
    m_truncated = m_overflow;
    if (m_overflow) {
        std::string_view tail = m_tail;
        if (tail.size() > m_cap_tail) tail.remove_prefix(tail.size() - m_cap_tail);
        m_line = m_head;
        m_line += " [...] ";
        m_line += tail;
    } else {
        m_line.swap(m_head);
    }
    if (!m_line.empty() && m_line.back() == '\r') m_line.pop_back();
    m_head.clear();
    m_tail.clear();
    m_overflow = false;
    m_ready = true;
}

std::size_t LineSplitter::feed(std::string_view data) {
    const std::size_t nl = data.find('\n');
    if (nl == std::string_view::npos) {
        append(data);
        return data.size();
    }
    append(data.substr(0, nl));
    complete();
    return nl + 1;
}

bool LineSplitter::finish() {
    if (m_head.empty() && !m_overflow) return false;
    complete();
    return true;
}

void LineSplitter::take_line() {
    m_ready = false;
    m_line.clear();
}

}  // namespace faultline::ingest
