// The commands behind the CLI (scan, profiles, rules, explain), written against
// streams and an explicit Runtime so tests can run them in-process.
#pragma once

#include <chrono>
#include <ctime>
#include <ostream>

#include "cli/options.h"
#include "engine/rule.h"

namespace credlint::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

struct Runtime {
  engine::Environment environment;  // AWS_*, HOME, NO_COLOR ...
  std::time_t now = 0;
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;  // progress is drawn only on a terminal
  std::chrono::milliseconds progress_delay{300};  // no progress for scans shorter than this
};

[[nodiscard]] int run_command(const Options& options, const Runtime& runtime, std::ostream& out, std::ostream& err);

}  // namespace credlint::cli
