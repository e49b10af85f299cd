#include "util/error.hpp"

namespace faultline {

std::string located_message(const std::string& path, std::size_t line, std::size_t col,
                            const std::string& what, const std::string& hint) {
    std::string out = path;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (col > 0) out += ':' + std::to_string(col);
    }
    out += ": " + what;
    if (!hint.empty()) out += " (" + hint + ")";
    return out;
}

}  // namespace faultline
