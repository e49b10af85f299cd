#include "model/analysis.hpp"

namespace faultline::model {

std::string_view to_string(Status s) {
    switch (s) {
        case Status::matched: return "matched";
        case Status::unknown: return "unknown";
        case Status::empty: return "empty";
    }
    return "unknown";
}

}  // namespace faultline::model
