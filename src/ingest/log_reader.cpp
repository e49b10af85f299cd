#include "ingest/log_reader.hpp"

#include <algorithm>

#include "ingest/normalize.hpp"

namespace faultline::ingest {
namespace {
constexpr std::size_t k_chunk_bytes = 1 << 20;
}

LogReader::LogReader(ByteSource& source) : m_source(source), m_buffer(k_chunk_bytes) {}

bool LogReader::fill() {
    if (m_eof) return false;
    m_len = m_source.read(m_buffer.data(), m_buffer.size());
    m_pos = 0;
    m_bytes += m_len;
    // Binary detection looks at the start of the input only; later NULs are dropped silently.
    if (m_bytes == m_len)
        m_nul_bytes = static_cast<std::size_t>(std::count(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_len), '\0'));
    if (m_len == 0) m_eof = true;
    return m_len > 0;
}

void LogReader::emit(std::string_view raw, bool truncated, model::LogLine& line) {
    normalize_line(raw, m_scratch);
    line.number = ++m_number;
    line.step = m_steps.observe(line.number, m_scratch);
    line.text.swap(m_scratch.text);
    line.normalized.swap(m_scratch.normalized);
    line.marker = m_scratch.marker;
    line.truncated = truncated;
}

bool LogReader::next(model::LogLine& line) {
    for (;;) {
        if (m_pos < m_len) {
            m_pos += m_splitter.feed(std::string_view(m_buffer.data() + m_pos, m_len - m_pos));
            if (m_splitter.line_ready()) {
                emit(m_splitter.line(), m_splitter.truncated(), line);
                m_splitter.take_line();
                return true;
            }
            continue;
        }
        if (fill()) continue;
        if (!m_finished) {
            m_finished = true;
            const bool pending = m_splitter.finish();
            if (pending) {
                emit(m_splitter.line(), m_splitter.truncated(), line);
                m_splitter.take_line();
            }
            m_steps.finish();
            if (pending) return true;
        }
        return false;
    }
}

std::vector<std::string> LogReader::warnings() const {
    std::vector<std::string> out = m_source.warnings();
    if (m_nul_bytes > 0 && m_nul_bytes * 10 > std::min(m_bytes, m_buffer.size()))
        out.push_back(m_source.name() + ": the input looks binary (" + std::to_string(m_nul_bytes) +
                      " NUL bytes); only its text was analysed");
    return out;
}

}  // namespace faultline::ingest
