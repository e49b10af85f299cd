#include "catalog/problem.hpp"

#include "util/error.hpp"

namespace faultline::catalog {

std::string Problem::to_string() const {
    if (path.empty()) return hint.empty() ? message : message + " (" + hint + ")";
    return located_message(path, line, column, message, hint);
}

}  // namespace faultline::catalog
