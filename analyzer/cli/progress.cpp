#include "cli/progress.h"

#include <fmt/format.h>

namespace credlint::cli {
namespace {

constexpr std::string_view kEraseLine = "\r\x1b[K";

bool is_set(const engine::Environment& environment, const char* name) {
  const std::string* value = environment.get(name);
  return value != nullptr && !value->empty();
}

}  // namespace

bool progress_wanted(bool quiet, bool stderr_is_terminal, const engine::Environment& environment) {
  if (quiet || !stderr_is_terminal) return false;
  if (is_set(environment, "CI") || is_set(environment, "PRE_COMMIT")) return false;
  const std::string* term = environment.get("TERM");
  return term == nullptr || *term != "dumb";
}

Progress::Progress(std::ostream* out, std::chrono::milliseconds delay, Clock clock)
    : out_(out), delay_(delay), clock_(std::move(clock)), started_(clock_()) {}

Progress::~Progress() { finish(); }

void Progress::found(std::size_t files) {
  if (out_ == nullptr) return;
  draw(fmt::format("credlint: finding files: {} found", files));
}

void Progress::analysed(std::size_t done, std::size_t total) {
  if (out_ == nullptr) return;
  const auto now = clock_();
  if (!analysing_) {
    analysing_ = true;
    analysis_started_ = now;
  }
  const double seconds = std::chrono::duration<double>(now - analysis_started_).count();
  const std::string rate = seconds > 0 ? fmt::format("{:.0f} files/s", static_cast<double>(done) / seconds) : "";
  draw(fmt::format("credlint: {}/{} files{}", done, total, rate.empty() ? "" : ", " + rate));
}

void Progress::draw(const std::string& text) {
  const auto now = clock_();
  if (now - started_ < delay_) return;
  if (drawn_ && now - last_draw_ < kRedrawInterval) return;
  *out_ << kEraseLine << text << std::flush;
  drawn_ = true;
  last_draw_ = now;
}

void Progress::finish() {
  if (out_ == nullptr || !drawn_) return;
  *out_ << kEraseLine << std::flush;
  drawn_ = false;
}

}  // namespace credlint::cli
