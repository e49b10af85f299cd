// The documented process exit codes.
#pragma once

namespace faultline::cli {

/// Analysis done (whether or not anything matched); command succeeded.
inline constexpr int k_exit_ok = 0;
/// Only when asked: --fail-on-match / --fail-on-silent found something; docs --check found stale pages.
inline constexpr int k_exit_found = 1;
/// Usage, input or catalog error.
inline constexpr int k_exit_error = 2;

}  // namespace faultline::cli
