// Aho-Corasick automaton that finds many case-insensitive literals in one pass over a line.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace faultline::match {

/// Matches every added literal (ASCII case-insensitive) in one left-to-right pass.
class LiteralAutomaton {
public:
    /// Adds `literal` (non-empty) and returns its id; the same folded literal gets the same id.
    std::uint32_t add(std::string_view literal);
    /// Builds the transition table; call once after the last `add`.
    void compile();
    /// Number of distinct literals.
    std::size_t size() const { return m_literals.size(); }
    /// The folded literal with `id`.
    const std::string& literal(std::uint32_t id) const { return m_literals[id]; }
    /// Number of automaton states (for memory accounting).
    std::size_t states() const { return m_state_count; }

    /// Calls `on_match(id)` for every literal found in `text` (an id may be reported more than once).
    template <typename Fn>
    void scan(std::string_view text, Fn&& on_match) const {
        std::uint32_t state = 0;
        for (char ch : text) {
            const std::uint32_t cls = m_class[static_cast<unsigned char>(ch)];
            state = m_next[static_cast<std::size_t>(state) * m_classes + cls];
            const std::uint32_t begin = m_out_begin[state];
            const std::uint32_t end = m_out_begin[state + 1];
            for (std::uint32_t k = begin; k < end; ++k) on_match(m_out[k]);
        }
    }

private:
    std::vector<std::string> m_literals;           // folded
    std::array<std::uint32_t, 256> m_class{};      // byte -> class (case folded)
    std::uint32_t m_classes = 1;
    std::size_t m_state_count = 0;
    std::vector<std::uint32_t> m_next;             // dense [state][class]
    std::vector<std::uint32_t> m_out_begin;        // per state, into m_out (size states+1)
    std::vector<std::uint32_t> m_out;
};

}  // namespace faultline::match
