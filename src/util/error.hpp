// Error types for problems the user must fix; cli::run turns them into one line and an exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace faultline {

/// A problem with the user's input, files or environment; `what()` reads `path:line:col: message`.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A bad command line (unknown option, missing argument); exits with the usage code.
class UsageError : public Error {
public:
    using Error::Error;
};

/// Formats `path:line:col: what (hint)`; `line`/`col` of 0 are left out.
std::string located_message(const std::string& path, std::size_t line, std::size_t col,
                            const std::string& what, const std::string& hint = {});

}  // namespace faultline
