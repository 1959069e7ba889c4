// Reads the expiry timestamps that credential tools write next to temporary credentials
// (saml2aws `x_security_token_expires`, `aws_expiration`, `aws_session_expiration`, ...;
// aws-semantics.md §2.1): ISO-8601 / RFC 3339 date-times with `Z` or a numeric offset, and
// Unix epoch seconds. A date-time without a zone is local time on the machine that wrote
// it, so it is kept as a range of instants instead of being guessed.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

struct ExpiryTime {
  // Seconds since the epoch. With a zone (or epoch seconds) this is the exact instant;
  // without one it is the wall-clock time read as if it were UTC.
  std::time_t time = 0;
  bool has_zone = true;

  // Time zones in use range from UTC-12 to UTC+14, so a local wall-clock time can denote
  // any instant from 14 hours before to 12 hours after the same digits read as UTC.
  [[nodiscard]] std::time_t earliest() const { return has_zone ? time : time - 14 * 3600; }
  [[nodiscard]] std::time_t latest() const { return has_zone ? time : time + 12 * 3600; }
};

// Accepts, after trimming blanks:
//   2026-06-01T12:00:00Z, 2026-06-01T12:00:00.123456+02:00, 2026-06-01 12:00:00+0000,
//   2026-06-01T12:00Z, 2026-06-01T12:00:00 UTC, 2026-06-01T12:00:00 (no zone),
//   1780315200 (epoch seconds, 9 to 11 digits, optional fraction), 1780315200000 (13-digit
//   epoch milliseconds, as JavaScript tools write them).
// Returns nullopt for anything else, including impossible dates and bare numbers too small
// to be a timestamp (`3600` is a duration, not a date in 1970).
[[nodiscard]] std::optional<ExpiryTime> parse_expiry(std::string_view text);

// "2026-06-01T12:00:00Z"
[[nodiscard]] std::string format_utc(std::time_t time);

// A rounded, human duration for messages: "45 seconds", "12 minutes", "3 hours 20 minutes",
// "2 days 4 hours", "400 days".
[[nodiscard]] std::string describe_duration(std::int64_t seconds);

}  // namespace credlint::aws
