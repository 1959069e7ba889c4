// Progress on standard error for long scans on a terminal: "files done/total, files/s",
// redrawn in place at most ten times a second and cleared at the end. Nothing is drawn
// before `delay` has passed, so a pre-commit-sized scan never flickers; nothing at all
// when disabled (stderr is not a terminal, --quiet, CI, a pre-commit run, TERM=dumb).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>

#include "engine/rule.h"

namespace credlint::cli {

// Whether a scan should show progress: stderr is a terminal that understands "\r" and
// erase-line, the user did not ask for --quiet, and neither CI nor PRE_COMMIT is set
// (logs and pre-commit's captured output are no place for redrawn lines).
[[nodiscard]] bool progress_wanted(bool quiet, bool stderr_is_terminal, const engine::Environment& environment);

class Progress {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  static constexpr std::chrono::milliseconds kDefaultDelay{300};
  static constexpr std::chrono::milliseconds kRedrawInterval{100};

  // `out` == nullptr: disabled, every call does nothing.
  explicit Progress(std::ostream* out, std::chrono::milliseconds delay = kDefaultDelay,
                    Clock clock = &std::chrono::steady_clock::now);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress();

  void found(std::size_t files);                       // while discovering: files found so far
  void analysed(std::size_t done, std::size_t total);  // while analysing
  void finish();                                       // clears the line if one was drawn

 private:
  void draw(const std::string& text);

  std::ostream* out_;
  std::chrono::milliseconds delay_;
  Clock clock_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point analysis_started_{};
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
  bool analysing_ = false;
};

}  // namespace credlint::cli
