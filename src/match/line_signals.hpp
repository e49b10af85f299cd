// A fixed lexicon of error-like and boilerplate wording that scores how much a line reads like a failure.
#pragma once

#include <string_view>
#include <vector>

#include "match/literal_automaton.hpp"

namespace faultline::match {

/// Scores lines by the error vocabulary of common tools; used to pick the excerpt of unknown logs.
class LineSignals {
public:
    LineSignals();

    /// Returns the line's score: the sum of the weights of the distinct lexicon terms it contains
    /// (positive for failure wording, negative for boilerplate and success wording).
    double score(std::string_view normalized) const;

private:
    LiteralAutomaton m_automaton;
    std::vector<double> m_weights;
};

}  // namespace faultline::match
