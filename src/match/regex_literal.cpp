#include "match/regex_literal.hpp"

#include "util/strings.hpp"

namespace faultline::match {
namespace {

bool is_quantifier_start(char c) { return c == '*' || c == '+' || c == '?' || c == '{'; }

// True when the quantifier starting at `i` allows zero repetitions.
bool quantifier_allows_zero(std::string_view p, std::size_t i) {
    if (p[i] == '*' || p[i] == '?') return true;
    if (p[i] == '+') return false;
    // {n}, {n,}, {n,m}: zero when n == 0
    std::size_t j = i + 1;
    while (j < p.size() && p[j] == ' ') ++j;
    return j < p.size() && p[j] == '0';
}

bool has_top_level_alternation(std::string_view p) {
    int depth = 0;
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (in_class) {
            if (c == ']') in_class = false;
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (i + 1 < p.size() && p[i + 1] == ']') ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == '|' && depth == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string required_literal(std::string_view p) {
    if (has_top_level_alternation(p)) return {};
    std::string best;
    std::string run;
    const auto flush = [&] {
        if (run.size() > best.size()) best = run;
        run.clear();
    };
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        // One atom: a literal character (possibly escaped) or something that breaks the run.
        bool literal = false;
        char value = 0;
        std::size_t next = i + 1;
        if (c == '\\') {
            if (i + 1 >= p.size()) break;
            const char e = p[i + 1];
            next = i + 2;
            if (e == 'Q') {  // \Q...\E quotes literally
                const std::size_t end = p.find("\\E", i + 2);
                const std::string_view quoted = p.substr(i + 2, end == std::string_view::npos ? std::string_view::npos : end - i - 2);
                for (char q : quoted) run += util::fold_char(q);
                i = end == std::string_view::npos ? p.size() : end + 2;
                continue;
            }
            if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                literal = false;  // \d \s \w \b \1 \x.. etc.
                if (e == 'x' || e == 'p' || e == 'P' || e == 'k' || e == 'g') {
                    // skip their argument: \x{..} \xHH \p{..}
                    if (next < p.size() && p[next] == '{') {
                        const std::size_t close = p.find('}', next);
                        next = close == std::string_view::npos ? p.size() : close + 1;
                    } else if (e == 'x') {
                        next = std::min(p.size(), next + 2);
                    }
                }
            } else {
                literal = true;
                value = e;
            }
        } else if (c == '(') {
            // Skip the whole group: whatever it holds may be optional or alternated.
            int depth = 0;
            bool in_class = false;
            std::size_t j = i;
            for (; j < p.size(); ++j) {
                if (p[j] == '\\') { ++j; continue; }
                if (in_class) { if (p[j] == ']') in_class = false; continue; }
                if (p[j] == '[') in_class = true;
                else if (p[j] == '(') ++depth;
                else if (p[j] == ')' && --depth == 0) break;
            }
            next = j + 1;
        } else if (c == '[') {
            std::size_t j = i + 1;
            if (j < p.size() && p[j] == '^') ++j;
            if (j < p.size() && p[j] == ']') ++j;
            for (; j < p.size() && p[j] != ']'; ++j)
                if (p[j] == '\\') ++j;
            next = j + 1;
        } else if (c == '.' || c == '^' || c == '$' || c == '|' || c == ')') {
            literal = false;
        } else if (c == ' ') {
            // White space in patterns matches folded white space in lines; keep it literal.
            literal = true;
            value = ' ';
        } else {
            literal = true;
            value = c;
        }
        // A following quantifier decides whether the atom is required, and ends the run.
        if (next < p.size() && is_quantifier_start(p[next])) {
            const bool zero = quantifier_allows_zero(p, next);
            if (literal && !zero) run += util::fold_char(value);
            flush();
            // skip the quantifier (and a lazy/possessive suffix)
            if (p[next] == '{') {
                const std::size_t close = p.find('}', next);
                next = close == std::string_view::npos ? p.size() : close + 1;
            } else {
                ++next;
            }
            if (next < p.size() && (p[next] == '?' || p[next] == '+')) ++next;
        } else if (literal) {
            run += util::fold_char(value);
        } else {
            flush();
        }
        i = next;
    }
    flush();
    return best;
}

}  // namespace faultline::match

#include <boost/regex.hpp>

namespace faultline::match {

std::string regex_error(const std::string& pattern) {
    try {
        boost::regex re(pattern, boost::regex::perl | boost::regex::icase);
        return {};
    } catch (const boost::regex_error& e) {
        return e.what();
    }
}

}  // namespace faultline::match
