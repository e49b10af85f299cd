// The ingest stage's front door: bytes in, numbered and normalised LogLines out, one at a time.
#pragma once

#include <string>
#include <vector>

#include "ingest/byte_source.hpp"
#include "ingest/line_splitter.hpp"
#include "ingest/normalize.hpp"
#include "ingest/step_tracker.hpp"
#include "model/log_line.hpp"

namespace faultline::ingest {

/// Streams a log in fixed-size chunks; memory does not grow with the log.
class LogReader {
public:
    /// Reads from `source`, which must outlive the reader.
    explicit LogReader(ByteSource& source);

    /// Fills `line` with the next line; false at the end of the input.
    bool next(model::LogLine& line);

    /// Steps seen so far (complete after `next` returned false).
    const std::vector<model::Step>& steps() const { return m_steps.steps(); }
    /// Index of the failed step (0 when none is known); final after the end.
    std::size_t failed_step() const { return m_steps.failed_step(); }
    /// The job's result as the log states it; final after the end.
    model::JobResult job_result() const { return m_steps.job_result(); }
    /// "github-actions", "gitlab" or "plain".
    std::string format() const { return m_steps.format(); }
    /// Bytes read (after decompression).
    std::size_t bytes() const { return m_bytes; }
    /// Lines read.
    std::size_t lines() const { return m_number; }
    /// Problems worked around (truncated gzip, binary data), one sentence each.
    std::vector<std::string> warnings() const;

private:
    bool fill();
    void emit(std::string_view raw, bool truncated, model::LogLine& line);

    ByteSource& m_source;
    NormalizedLine m_scratch;  // reused buffers: no allocation per line once grown
    LineSplitter m_splitter;
    StepTracker m_steps;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_len = 0;
    std::size_t m_bytes = 0;
    std::size_t m_number = 0;
    std::size_t m_nul_bytes = 0;
    bool m_eof = false;
    bool m_finished = false;
};

}  // namespace faultline::ingest
