#include "aws/expiry.h"

#include <fmt/format.h>

#include <chrono>

#include "core/text.h"

namespace credlint::aws {
namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// Reads left to right; every accessor either consumes what it was asked for or nothing.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  [[nodiscard]] bool done() const { return position_ == text_.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : text_[position_]; }

  bool accept(char c) {
    if (peek() != c || done()) return false;
    ++position_;
    return true;
  }

  // Exactly `count` ASCII digits.
  std::optional<int> digits(std::size_t count) {
    if (text_.size() - position_ < count) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = text_[position_ + i];
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    position_ += count;
    return value;
  }

  // One or more digits, discarded (fractions of a second do not matter here).
  bool skip_digits() {
    const std::size_t start = position_;
    while (!done() && peek() >= '0' && peek() <= '9') ++position_;
    return position_ > start;
  }

  void skip_blanks() {
    while (!done() && core::is_blank_char(peek())) ++position_;
  }

  // A run of ASCII letters (a zone abbreviation such as UTC or BST).
  std::string_view letters() {
    const std::size_t start = position_;
    while (!done() && ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))) ++position_;
    return text_.substr(start, position_ - start);
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
};

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// 1780315200, 1780315200.25 or 1780315200000 (milliseconds).
std::optional<ExpiryTime> parse_epoch(std::string_view text) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  if (!all_digits(whole)) return std::nullopt;
  if (dot != std::string_view::npos && !all_digits(text.substr(dot + 1))) return std::nullopt;
  std::int64_t value = 0;
  for (char c : whole) value = value * 10 + (c - '0');
  if (whole.size() >= 9 && whole.size() <= 11) return ExpiryTime{static_cast<std::time_t>(value), true};
  if (whole.size() == 13 && dot == std::string_view::npos) {
    return ExpiryTime{static_cast<std::time_t>(value / 1000), true};
  }
  return std::nullopt;
}

// `Z`, `+02:00`, `+0200`, `+02`, optionally after a blank and optionally followed by a
// zone abbreviation (Go's time.String writes `+0000 UTC`); a bare `UTC`/`GMT`. Sets
// `offset` (seconds east of UTC) and returns whether a zone was given; nullopt on junk.
std::optional<bool> parse_zone(Cursor& in, std::int64_t& offset) {
  offset = 0;
  if (in.accept('Z') || in.accept('z')) return in.done() ? std::optional<bool>(true) : std::nullopt;
  in.skip_blanks();
  if (in.done()) return false;
  const char sign = in.peek();
  if (sign == '+' || sign == '-') {
    in.accept(sign);
    const auto hours = in.digits(2);
    if (!hours || *hours > 18) return std::nullopt;
    int minutes = 0;
    if (!in.done() && !core::is_blank_char(in.peek())) {
      in.accept(':');
      const auto parsed = in.digits(2);
      if (!parsed || *parsed > 59) return std::nullopt;
      minutes = *parsed;
    }
    offset = (sign == '-' ? -1 : 1) * (*hours * kHour + minutes * kMinute);
    in.skip_blanks();
    in.letters();  // an abbreviation after a numeric offset adds nothing
    return in.done() ? std::optional<bool>(true) : std::nullopt;
  }
  const std::string_view name = in.letters();
  if ((name == "UTC" || name == "GMT") && in.done()) return true;
  return std::nullopt;
}

std::optional<ExpiryTime> parse_date_time(std::string_view text) {
  using namespace std::chrono;
  Cursor in(text);
  const auto year = in.digits(4);
  if (!year || !in.accept('-')) return std::nullopt;
  const auto month = in.digits(2);
  if (!month || !in.accept('-')) return std::nullopt;
  const auto day = in.digits(2);
  if (!day) return std::nullopt;
  const year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  if (!(in.accept('T') || in.accept('t') || in.accept(' '))) return std::nullopt;
  const auto hour = in.digits(2);
  if (!hour || *hour > 23 || !in.accept(':')) return std::nullopt;
  const auto minute = in.digits(2);
  if (!minute || *minute > 59) return std::nullopt;
  int second = 0;
  if (in.accept(':')) {
    const auto parsed = in.digits(2);
    if (!parsed || *parsed > 60) return std::nullopt;  // 60: a leap second
    second = *parsed;
    if ((in.accept('.') || in.accept(',')) && !in.skip_digits()) return std::nullopt;
  }
  std::int64_t offset = 0;
  const auto has_zone = parse_zone(in, offset);
  if (!has_zone) return std::nullopt;
  const std::int64_t days = sys_days{date}.time_since_epoch().count();
  const std::int64_t local = days * kDay + *hour * kHour + *minute * kMinute + second;
  return ExpiryTime{static_cast<std::time_t>(local - offset), *has_zone};
}

std::string plural(std::int64_t count, std::string_view unit) {
  return fmt::format("{} {}{}", count, unit, count == 1 ? "" : "s");
}

}  // namespace

std::optional<ExpiryTime> parse_expiry(std::string_view text) {
  const std::string_view trimmed = core::trim_ascii_whitespace(text);
  if (trimmed.empty()) return std::nullopt;
  if (trimmed.size() >= 10 && trimmed[4] == '-') return parse_date_time(trimmed);
  return parse_epoch(trimmed);
}

std::string format_utc(std::time_t time) {
  using namespace std::chrono;
  const sys_seconds instant{seconds{static_cast<std::int64_t>(time)}};
  const sys_days day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss clock{instant - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count());
}

std::string describe_duration(std::int64_t seconds) {
  if (seconds < 0) seconds = -seconds;
  if (seconds < kMinute) return plural(seconds, "second");
  if (seconds < kHour) return plural(seconds / kMinute, "minute");
  if (seconds < kDay) {
    const std::int64_t minutes = (seconds % kHour) / kMinute;
    return minutes == 0 ? plural(seconds / kHour, "hour")
                        : plural(seconds / kHour, "hour") + " " + plural(minutes, "minute");
  }
  if (seconds < 10 * kDay) {
    const std::int64_t hours = (seconds % kDay) / kHour;
    return hours == 0 ? plural(seconds / kDay, "day") : plural(seconds / kDay, "day") + " " + plural(hours, "hour");
  }
  return plural(seconds / kDay, "day");
}

}  // namespace credlint::aws
