#include "match/line_signals.hpp"

#include <bitset>

namespace faultline::match {
namespace {

struct Term {
    std::string_view text;
    double weight;
};

// Weights: what a reader scanning for the cause would look at first. Wording that only repeats
// that something failed (exit-code banners, "see the log") is boilerplate and scores below zero.
constexpr Term k_terms[] = {
    // compiler / tool diagnostics
    {"error:", 3.0}, {"error[", 3.0}, {"[error]", 2.5}, {"error ", 1.5}, {"errors ", 0.5},
    {"err!", 2.0}, {"fatal:", 3.0}, {"fatal error", 3.0}, {"fatal ", 1.5},
    {"exception:", 3.0}, {"exception", 1.5}, {"traceback (most recent call last)", 2.5},
    {"panic:", 3.0}, {"panicked at", 3.0}, {"assertionerror", 3.0}, {"assertion failed", 3.0},
    {"assert ", 1.0}, {"segmentation fault", 3.0}, {"core dumped", 2.0}, {"undefined reference", 3.0},
    {"cannot find symbol", 3.0}, {"no such file or directory", 2.5}, {"permission denied", 2.5},
    {"command not found", 3.0}, {"not found", 1.5}, {"cannot ", 1.5}, {"can't ", 1.5},
    {"could not", 1.5}, {"couldn't", 1.5}, {"unable to", 1.5}, {"refused", 1.5}, {"denied", 1.0},
    {"timed out", 2.0}, {"timeout", 1.0}, {"killed", 1.5}, {"out of memory", 2.5},
    {"unexpected", 1.0}, {"invalid", 1.0}, {"missing", 1.0}, {"expected", 0.8}, {"mismatch", 1.0},
    {"failed", 2.0}, {"failure", 1.5}, {"failures:", 1.0}, {"fail:", 2.0}, {"[fail]", 2.5},
    {"--- fail", 2.5}, {"fail ", 1.5}, {"✗", 1.5}, {"✕", 1.5}, {"✖", 1.5},
    {"compilation failure", 2.5},
    {"tests failed", 2.0}, {"test failed", 2.0}, {"exited with", 1.0}, {"exit status", 1.0},
    {"exit code", 1.0}, {"returned non-zero", 1.5}, {"non-zero exit", 1.5},
    // boilerplate: banners that repeat the failure, pointers to other logs, retries
    {"process completed with exit code", -3.5}, {"job failed", -1.0}, {"error: job failed", -6.0},
    {"finished: failure", -6.0}, {"build failure", -3.0}, {"build failed", -2.0},
    {"failure: build failed with an exception", -6.0}, {"make: ***", -2.5},
    {"make[", -1.0}, {"npm err! a complete log of this run", -5.0}, {"a complete log of this run", -4.0},
    {"npm err! the operation was rejected by your operating system", -1.0},
    {"for more information", -1.0}, {"see the log", -1.0}, {"re-run", -1.0}, {"rerun", -1.0},
    {"to see the full", -1.0}, {"--stacktrace", -3.0}, {"--debug option", -3.0}, {"--scan", -2.0},
    {"get more help at", -3.0}, {"what went wrong", 0.5}, {"retrying", -1.5}, {"retry ", -1.0},
    {"warning", -1.5}, {"warn ", -1.5}, {"deprecat", -2.5}, {"notice", -1.0}, {"hint:", -1.0},
    {"0 errors", -3.5}, {"0 error", -2.0}, {"0 failed", -3.5}, {"0 failures", -3.5}, {"failures: 0", -3.5},
    {"errors: 0", -3.5}, {"failed: 0", -3.5}, {"error-prone", -3.0}, {"errorprone", -2.0},
    {"if-no-files-found", -2.0}, {"continue-on-error", -2.0}, {"ignore-errors", -2.0},
    {"--max-errors", -2.0}, {"errors.go", -2.0}, {"_error", -0.5}, {"error_", -0.5},
    {"passed", -1.0}, {"success", -1.5}, {"skipped", -0.5}, {"ignoring", -0.5},
    {"##[debug]", -2.0}, {"cleaning up", -1.0}, {"post job cleanup", -2.0},
};

}  // namespace

LineSignals::LineSignals() {
    for (const Term& t : k_terms) {
        const std::uint32_t id = m_automaton.add(t.text);
        if (id >= m_weights.size()) m_weights.resize(id + 1, 0.0);
        m_weights[id] = t.weight;
    }
    m_automaton.compile();
}

double LineSignals::score(std::string_view normalized) const {
    std::bitset<256> seen;
    double total = 0.0;
    m_automaton.scan(normalized, [&](std::uint32_t id) {
        if (id < seen.size() && !seen.test(id)) {
            seen.set(id);
            total += m_weights[id];
        }
    });
    return total;
}

}  // namespace faultline::match
