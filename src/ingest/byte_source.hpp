// Reads a log's bytes from a file or stdin in fixed-size chunks, gunzipping transparently.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace faultline::ingest {

/// A stream of log bytes; plain and gzip input are both accepted (detected by magic bytes).
class ByteSource {
public:
    /// Opens `path`, or stdin when `path` is "-"; throws Error naming the path when it cannot.
    explicit ByteSource(const std::string& path);
    ~ByteSource();
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    /// Reads up to `capacity` bytes into `buffer`; returns 0 at the end of the input.
    std::size_t read(char* buffer, std::size_t capacity);

    /// The name used in messages (the path, or "<stdin>").
    const std::string& name() const { return m_name; }
    /// True when the input was gzip-compressed.
    bool compressed() const { return m_compressed; }
    /// Problems worked around while reading (a truncated gzip stream), one sentence each.
    const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_name;
    bool m_compressed = false;
    bool m_done = false;
    std::vector<std::string> m_warnings;
};

}  // namespace faultline::ingest
