#include "ingest/normalize.hpp"

#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace faultline::ingest {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Consumes `n` digits at `i`; false when they are not all there.
bool digits(std::string_view s, std::size_t& i, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k, ++i)
        if (i >= s.size() || !is_digit(s[i])) return false;
    return true;
}

bool literal(std::string_view s, std::size_t& i, char c) {
    if (i >= s.size() || s[i] != c) return false;
    ++i;
    return true;
}

// Length of an ISO-8601 date-time at the start of `s` (with optional fraction and zone), or 0.
std::size_t iso_timestamp_length(std::string_view s) {
    std::size_t i = 0;
    if (!digits(s, i, 4) || !literal(s, i, '-') || !digits(s, i, 2) || !literal(s, i, '-') ||
        !digits(s, i, 2))
        return 0;
    if (i >= s.size() || (s[i] != 'T' && s[i] != ' ')) return 0;
    ++i;
    if (!digits(s, i, 2) || !literal(s, i, ':') || !digits(s, i, 2) || !literal(s, i, ':') ||
        !digits(s, i, 2))
        return 0;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
    }
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        std::size_t j = i + 1;
        if (digits(s, j, 2)) {
            if (j < s.size() && s[j] == ':') ++j;
            if (digits(s, j, 2)) i = j;
        }
    }
    return i;
}

// Parses one CR-separated segment for a GitLab section marker.
bool parse_section(std::string_view segment, SectionMarker& out) {
    const std::string clean = strip_ansi(segment);
    std::string_view s = util::trim(clean);
    bool start = false;
    if (s.starts_with("section_start:")) start = true;
    else if (!s.starts_with("section_end:")) return false;
    s.remove_prefix(start ? 14 : 12);
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos) return false;
    std::string_view name = s.substr(colon + 1);
    const std::size_t opts = name.find('[');
    if (opts != std::string_view::npos) name = name.substr(0, opts);
    out.start = start;
    out.name = std::string(util::trim(name));
    return !out.name.empty();
}

struct MarkerParse {
    model::LineMarker marker = model::LineMarker::none;
    std::string_view rest;   // text after the marker
    std::string_view title;  // group title
};

// Recognises GitHub Actions log markers (`##[error]`) and workflow commands (`::error ...::`).
MarkerParse parse_github_marker(std::string_view text) {
    MarkerParse out;
    out.rest = text;
    std::string_view s = text;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    struct Prefix {
        std::string_view text;
        model::LineMarker marker;
    };
    static constexpr Prefix k_hash[] = {
        {"##[error]", model::LineMarker::error},     {"##[warning]", model::LineMarker::warning},
        {"##[group]", model::LineMarker::group_start}, {"##[endgroup]", model::LineMarker::group_end},
        {"##[notice]", model::LineMarker::none},     {"##[debug]", model::LineMarker::none},
        {"##[command]", model::LineMarker::none},    {"##[section]", model::LineMarker::none},
        {"##[info]", model::LineMarker::none}};
    for (const auto& p : k_hash) {
        if (util::starts_with_nocase(s, p.text)) {
            out.marker = p.marker;
            out.rest = s.substr(p.text.size());
            if (p.marker == model::LineMarker::group_start) out.title = util::trim(out.rest);
            return out;
        }
    }
    if (!s.starts_with("::")) return out;
    static constexpr Prefix k_commands[] = {
        {"::group::", model::LineMarker::group_start}, {"::endgroup::", model::LineMarker::group_end}};
    for (const auto& p : k_commands) {
        if (s.starts_with(p.text)) {
            out.marker = p.marker;
            out.rest = s.substr(p.text.size());
            if (p.marker == model::LineMarker::group_start) out.title = util::trim(out.rest);
            return out;
        }
    }
    static constexpr Prefix k_levels[] = {{"::error", model::LineMarker::error},
                                          {"::warning", model::LineMarker::warning},
                                          {"::notice", model::LineMarker::none}};
    for (const auto& p : k_levels) {
        if (s.starts_with(p.text) && s.size() > p.text.size() &&
            (s[p.text.size()] == ' ' || s[p.text.size()] == ':')) {
            const std::size_t end = s.find("::", p.text.size());
            if (end == std::string_view::npos) return out;
            out.marker = p.marker;
            out.rest = s.substr(end + 2);
            return out;
        }
    }
    return out;
}

}  // namespace

void append_without_ansi(std::string_view text, std::string& out) {
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Copy the run of ordinary bytes in one go.
        std::size_t j = i;
        while (j < n) {
            const auto c = static_cast<unsigned char>(text[j]);
            if (c < 0x20 && c != '\t') break;
            ++j;
        }
        out.append(text.data() + i, j - i);
        if (j >= n) break;
        i = j;
        if (text[i] != '\x1B') {  // other control bytes (NUL, BS, BEL, ...) carry no text
            ++i;
            continue;
        }
        ++i;
        if (i >= n) break;
        const char kind = text[i];
        if (kind == '[') {  // CSI: parameters, intermediates, one final byte
            ++i;
            while (i < n && static_cast<unsigned char>(text[i]) >= 0x20 && static_cast<unsigned char>(text[i]) <= 0x3F) ++i;
            if (i < n) ++i;
        } else if (kind == ']') {  // OSC: up to BEL or ESC backslash
            ++i;
            while (i < n && text[i] != '\x07' && text[i] != '\x1B') ++i;
            if (i < n && text[i] == '\x07') ++i;
            else if (i + 1 < n && text[i + 1] == '\\') i += 2;
        } else {
            ++i;
        }
    }
}

std::string strip_ansi(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_without_ansi(text, out);
    return out;
}

std::string_view strip_timestamp(std::string_view text) {
    std::string_view s = text;
    if (s.starts_with('[')) {
        const std::size_t n = iso_timestamp_length(s.substr(1));
        if (n > 0 && s.size() > n + 1 && s[n + 1] == ']') {
            s.remove_prefix(n + 2);
            if (s.starts_with(' ')) s.remove_prefix(1);
            return s;
        }
        return text;
    }
    const std::size_t n = iso_timestamp_length(s);
    if (n == 0 || n >= s.size() || s[n] != ' ') return n > 0 && n == s.size() ? s.substr(n) : text;
    s.remove_prefix(n + 1);
    // GitLab runner timestamps carry a stream tag: "00O " or "01E+ ".
    if (s.size() >= 4 && is_digit(s[0]) && is_digit(s[1]) && (s[2] == 'O' || s[2] == 'E')) {
        std::size_t k = 3;
        if (k < s.size() && s[k] == '+') ++k;
        if (k == s.size()) return s.substr(k);
        if (s[k] == ' ') return s.substr(k + 1);
    }
    return s;
}

std::string_view take_gh_cli_prefix(std::string_view& text) {
    const std::size_t tab1 = text.find('\t');
    if (tab1 == std::string_view::npos || tab1 == 0) return {};
    const std::size_t tab2 = text.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos || tab2 == tab1 + 1) return {};
    const std::string_view rest = text.substr(tab2 + 1);
    if (iso_timestamp_length(rest) == 0) return {};
    const std::string_view step = text.substr(tab1 + 1, tab2 - tab1 - 1);
    text = rest;
    return step;
}

NormalizedLine normalize_line(std::string_view raw) {
    NormalizedLine out;
    normalize_line(raw, out);
    return out;
}

void normalize_line(std::string_view raw, NormalizedLine& out) {
    out.sections.clear();
    out.marker_title.clear();
    // Resolve carriage returns as a terminal would show the line: the last segment with text
    // wins. GitLab section markers live in their own CR-separated segments.
    std::string_view shown = raw;
    if (raw.find('\r') != std::string_view::npos) {
        std::string_view best;
        for (std::string_view segment : util::split(raw, '\r')) {
            SectionMarker marker;
            if (parse_section(segment, marker)) {
                out.sections.push_back(std::move(marker));
                continue;
            }
            if (!util::trim(strip_ansi(segment)).empty()) best = segment;
        }
        shown = best;
    } else if (raw.find("section_") != std::string_view::npos) {
        SectionMarker marker;
        if (parse_section(raw, marker)) {
            out.sections.push_back(std::move(marker));
            shown = std::string_view();
        }
    }
    out.cli_step.assign(take_gh_cli_prefix(shown));
    std::string& text = out.text;
    text.clear();
    append_without_ansi(shown, text);
    const std::size_t prefix = text.size() - strip_timestamp(text).size();
    if (prefix > 0) text.erase(0, prefix);
    if (!util::is_clean_utf8(text)) text = util::sanitize_utf8(text);
    const MarkerParse mp = parse_github_marker(text);
    out.marker = mp.marker;
    out.marker_title.assign(mp.title);
    if (out.marker == model::LineMarker::none && !out.sections.empty())
        out.marker = out.sections.back().start ? model::LineMarker::section_start : model::LineMarker::section_end;
    out.normalized.clear();
    util::append_folded_whitespace(util::trim(mp.rest), out.normalized);
}

}  // namespace faultline::ingest
