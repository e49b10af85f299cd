// What the match stage hands to rank: the pattern index of a catalog and the hits of each line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace faultline::model {

/// One distinct pattern of the catalog and how many playbooks share it.
struct PatternInfo {
    std::string source;     ///< As first written (with `re:` for regexes).
    std::size_t users = 0;  ///< Playbooks using it in any/all/sequence (its weight is 1/users).
};

/// The pattern ids one playbook uses (indexes into PatternIndex::patterns).
struct PlaybookPatternIds {
    std::vector<std::uint32_t> any;
    std::vector<std::uint32_t> all;
    std::vector<std::uint32_t> none;
    std::vector<std::uint32_t> sequence;  ///< Ordered; empty when the playbook has none.
    std::size_t within = 0;
};

/// Patterns of a catalog, deduplicated; `playbooks` follows the catalog's playbook order.
struct PatternIndex {
    std::vector<PatternInfo> patterns;
    std::vector<PlaybookPatternIds> playbooks;
};

/// A completed `sequence` of one playbook: the lines of its patterns, in order.
struct SequenceHit {
    std::size_t playbook = 0;
    std::vector<std::size_t> lines;
};

/// What one line hit.
struct LineHits {
    std::vector<std::uint32_t> patterns;  ///< Distinct pattern ids, ascending.
    std::vector<SequenceHit> sequences;   ///< Sequences completed on this line.
    double signal = 0.0;                  ///< How error-like the line reads (lexicon score; < 0 boilerplate).
};

}  // namespace faultline::model
