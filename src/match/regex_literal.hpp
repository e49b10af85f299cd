// Finds a literal that every match of a regex must contain, used to skip lines cheaply.
#pragma once

#include <string>
#include <string_view>

namespace faultline::match {

/// Returns the longest literal run that every match of the Perl-syntax regex `pattern` contains,
/// lower-cased, or an empty string when there is none (top-level alternation, all optional parts).
/// Conservative: it may miss a usable literal, but never returns one a match can lack.
std::string required_literal(std::string_view pattern);

}  // namespace faultline::match

namespace faultline::match {

/// Compiles `pattern` as Faultline does (Perl syntax, case-insensitive); returns the compiler's
/// message when it does not compile, or an empty string.
std::string regex_error(const std::string& pattern);

}  // namespace faultline::match
