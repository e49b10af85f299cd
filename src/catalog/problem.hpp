// A validation problem found in a catalog file, with its position.
#pragma once

#include <string>
#include <vector>

namespace faultline::catalog {

/// One problem: `path:line:col: message (hint)`.
struct Problem {
    std::string path;
    std::size_t line = 0;    ///< 1-based; 0 when unknown.
    std::size_t column = 0;  ///< 1-based; 0 when unknown.
    std::string message;
    std::string hint;

    /// Renders the problem as one line.
    std::string to_string() const;
};

/// Problems collected while loading.
using Problems = std::vector<Problem>;

}  // namespace faultline::catalog
