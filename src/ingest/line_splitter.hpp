// Splits a byte stream into lines on LF, keeping memory bounded for over-long lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace faultline::ingest {

/// Accumulates bytes and yields complete lines; a line longer than the cap keeps its head and tail.
class LineSplitter {
public:
    /// `max_line_bytes` bounds what is kept of one line (half head, half tail).
    explicit LineSplitter(std::size_t max_line_bytes = 64 * 1024);

    /// Feeds `data`; returns how many bytes were consumed (stops after one complete line).
    /// When `line_ready()` is true afterwards, take the line with `take_line()`.
    std::size_t feed(std::string_view data);
    /// Ends the input: a pending partial line becomes ready. Returns true when there was one.
    bool finish();
    /// True when a complete line is waiting.
    bool line_ready() const { return m_ready; }
    /// Returns the waiting line (without its LF or a final CR) and whether it was cut.
    std::string_view line() const { return m_line; }
    /// True when the waiting line was longer than the cap.
    bool truncated() const { return m_truncated; }
    /// Marks the waiting line consumed.
    void take_line();

private:
    void append(std::string_view bytes);
    void complete();

    std::size_t m_cap_head;
    std::size_t m_cap_tail;
    std::string m_head;
    std::string m_tail;   // rolling tail once the head is full (kept between m_cap_tail and 2x)
    std::string m_line;
    bool m_overflow = false;
    bool m_ready = false;
    bool m_truncated = false;
};

}  // namespace faultline::ingest
