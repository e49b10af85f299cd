#include "ingest/byte_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "util/error.hpp"

namespace faultline::ingest {

struct ByteSource::Impl {
    gzFile file = nullptr;
};

ByteSource::ByteSource(const std::string& path) : m_impl(std::make_unique<Impl>()) {
    int fd = 0;
    if (path == "-") {
        m_name = "<stdin>";
        fd = dup(STDIN_FILENO);
    } else {
        m_name = path;
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0)
            throw Error(located_message(path, 0, 0, std::string("cannot read log: ") + std::strerror(errno),
                                        "check the path; use - to read stdin"));
        if (S_ISDIR(st.st_mode))
            throw Error(located_message(path, 0, 0, "is a directory, not a log file",
                                        "pass the log file itself"));
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0)
        throw Error(located_message(m_name, 0, 0, std::string("cannot open log: ") + std::strerror(errno),
                                    "check the permissions"));
    m_impl->file = gzdopen(fd, "rb");
    if (m_impl->file == nullptr) {
        ::close(fd);
        throw Error(located_message(m_name, 0, 0, "cannot start reading", "out of memory?"));
    }
    gzbuffer(m_impl->file, 256 * 1024);
}

ByteSource::~ByteSource() {
    if (m_impl->file != nullptr) gzclose(m_impl->file);
}

std::size_t ByteSource::read(char* buffer, std::size_t capacity) {
    if (m_done) return 0;
    const unsigned want = capacity > static_cast<std::size_t>(INT_MAX) ? static_cast<unsigned>(INT_MAX)
                                                                      : static_cast<unsigned>(capacity);
    const int got = gzread(m_impl->file, buffer, want);
    m_compressed = m_compressed || gzdirect(m_impl->file) == 0;
    int code = Z_OK;
    const char* message = gzerror(m_impl->file, &code);
    if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) {
        // A truncated or damaged gzip stream: keep what was decoded, say so, stop reading.
        m_done = true;
        if (code == Z_ERRNO)
            throw Error(located_message(m_name, 0, 0, std::string("read failed: ") + std::strerror(errno),
                                        "check the file is still there"));
        m_warnings.push_back(m_name + ": damaged or truncated gzip data (" +
                             std::string(message != nullptr ? message : "unknown") +
                             "); analysed what could be read");
        return got > 0 ? static_cast<std::size_t>(got) : 0;
    }
    if (got == 0) m_done = true;
    return static_cast<std::size_t>(got);
}

}  // namespace faultline::ingest
