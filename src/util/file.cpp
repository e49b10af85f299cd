#include "util/file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.hpp"

namespace faultline::util {

std::string read_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(located_message(path, 0, 0, "is a directory, not a file", "pass a file path"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(located_message(path, 0, 0, std::string("cannot open: ") + std::strerror(errno),
                                    "check the path and permissions"));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw Error(located_message(path, 0, 0, "read failed", "check the file"));
    return std::move(buf).str();
}

void write_file(const std::string& path, const std::string& data) {
    const std::filesystem::path p(path);
    std::error_code ec;
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error(located_message(path, 0, 0, std::string("cannot write: ") + std::strerror(errno),
                                    "check the directory exists and is writable"));
    out << data;
    if (!out.flush()) throw Error(located_message(path, 0, 0, "write failed", "check free disk space"));
}

}  // namespace faultline::util
