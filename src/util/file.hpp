// Reading and writing whole small files (playbooks, pages, reports) with errors that name the file.
#pragma once

#include <string>

namespace faultline::util {

/// Returns the bytes of the file at `path`; throws Error naming the file when it cannot be read.
std::string read_file(const std::string& path);

/// Writes `data` to `path`, creating parent directories; throws Error naming the file on failure.
void write_file(const std::string& path, const std::string& data);

}  // namespace faultline::util
