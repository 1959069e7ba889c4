// aws/expiry: the timestamps credential tools write next to temporary credentials, and
// AWS205's modified-in-the-future check, which needs a file time the fixture harness
// cannot give (it builds engine::InputFile directly).
#include "aws/expiry.h"

#include <catch2/catch.hpp>

#include "engine/scanner.h"
#include "rules/registry.h"

using namespace credlint;

namespace {

// 2026-06-01T00:00:00Z, the fixtures' clock.
constexpr std::time_t kJune1 = 1780272000;

std::time_t parsed(std::string_view text) {
  const auto expiry = aws::parse_expiry(text);
  INFO(text);
  REQUIRE(expiry.has_value());
  CHECK(expiry->has_zone);
  return expiry->time;
}

}  // namespace

TEST_CASE("expiry: ISO-8601 with Z or an offset", "[expiry]") {
  CHECK(parsed("2026-06-01T00:00:00Z") == kJune1);
  CHECK(parsed("2026-06-01t00:00:00z") == kJune1);
  CHECK(parsed("2026-06-01 00:00:00Z") == kJune1);
  CHECK(parsed("  2026-06-01T00:00:00Z  ") == kJune1);
  CHECK(parsed("2026-06-01T00:00Z") == kJune1);
  CHECK(parsed("2026-06-01T00:00:00.123456Z") == kJune1);
  CHECK(parsed("2026-06-01T00:00:00,5Z") == kJune1);
  CHECK(parsed("2026-06-01T02:00:00+02:00") == kJune1);
  CHECK(parsed("2026-06-01T02:00:00+0200") == kJune1);
  CHECK(parsed("2026-06-01T02:00:00+02") == kJune1);
  CHECK(parsed("2026-05-31T19:30:00-04:30") == kJune1);
  CHECK(parsed("2026-06-01T00:00:00+00:00") == kJune1);      // Python isoformat()
  CHECK(parsed("2026-06-01 00:00:00 +0000 UTC") == kJune1);  // Go time.String()
  CHECK(parsed("2026-06-01 01:00:00 +0100 BST") == kJune1);
  CHECK(parsed("2026-06-01T00:00:00 UTC") == kJune1);
  CHECK(parsed("2026-06-01T00:00:00 GMT") == kJune1);
  CHECK(parsed("2024-02-29T12:00:00Z") == 1709208000);  // leap day
  CHECK(parsed("1999-12-31T23:59:59Z") == 946684799);
}

TEST_CASE("expiry: epoch seconds and milliseconds", "[expiry]") {
  CHECK(parsed("1780272000") == kJune1);
  CHECK(parsed("1780272000.75") == kJune1);
  CHECK(parsed("1780272000123") == kJune1);
  CHECK(parsed("999999999") == 999999999);
}

TEST_CASE("expiry: a time without a zone is a range of instants", "[expiry]") {
  const auto local = aws::parse_expiry("2026-06-01T00:00:00");
  REQUIRE(local.has_value());
  CHECK_FALSE(local->has_zone);
  CHECK(local->time == kJune1);
  CHECK(local->earliest() == kJune1 - 14 * 3600);
  CHECK(local->latest() == kJune1 + 12 * 3600);
  const auto zoned = aws::parse_expiry("2026-06-01T00:00:00Z");
  REQUIRE(zoned.has_value());
  CHECK(zoned->earliest() == kJune1);
  CHECK(zoned->latest() == kJune1);
  CHECK_FALSE(aws::parse_expiry("2026-06-01 00:00:00.5")->has_zone);
}

TEST_CASE("expiry: what is not a timestamp", "[expiry]") {
  for (const char* text : {"",
                           "   ",
                           "never",
                           "3600",
                           "12345678",
                           "123456789012",
                           "-1780272000",
                           "1780272000.",
                           "2026-06-01",
                           "2026-06-01T",
                           "2026-06-01T24:00:00Z",
                           "2026-06-01T12:60:00Z",
                           "2026-06-01T12:00:61Z",
                           "2026-02-30T12:00:00Z",
                           "2025-02-29T12:00:00Z",
                           "2026-13-01T12:00:00Z",
                           "2026-00-10T12:00:00Z",
                           "2026-6-1T12:00:00Z",
                           "2026-06-01T12:00:00+2",
                           "2026-06-01T12:00:00+19:00",
                           "2026-06-01T12:00:00+02:60",
                           "2026-06-01T12:00:00 CEST",
                           "2026-06-01T12:00:00Zjunk",
                           "2026-06-01T12:00:00.Z",
                           "2026-06-01X12:00:00Z",
                           "Mon, 01 Jun 2026 00:00:00 GMT",
                           "tomorrow"}) {
    INFO(text);
    CHECK_FALSE(aws::parse_expiry(text).has_value());
  }
}

TEST_CASE("expiry: formatting for messages", "[expiry]") {
  CHECK(aws::format_utc(kJune1) == "2026-06-01T00:00:00Z");
  CHECK(aws::format_utc(kJune1 + 3 * 3600 + 4 * 60 + 5) == "2026-06-01T03:04:05Z");
  CHECK(aws::format_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(aws::describe_duration(1) == "1 second");
  CHECK(aws::describe_duration(59) == "59 seconds");
  CHECK(aws::describe_duration(-120) == "2 minutes");
  CHECK(aws::describe_duration(3600) == "1 hour");
  CHECK(aws::describe_duration(3 * 3600 + 20 * 60) == "3 hours 20 minutes");
  CHECK(aws::describe_duration(86400) == "1 day");
  CHECK(aws::describe_duration(2 * 86400 + 4 * 3600 + 59) == "2 days 4 hours");
  CHECK(aws::describe_duration(400 * 86400) == "400 days");
}

namespace {

engine::ScanResult scan_credentials(engine::Origin origin, std::optional<std::time_t> modified) {
  engine::InputFile input;
  input.display_path = "home/.aws/credentials";
  input.bytes = "[default]\nregion = eu-west-1\n";
  input.kind = core::FileKind::Credentials;
  input.origin = origin;
  input.home_key = "home/.aws";
  input.modified_time = modified;
  std::vector<engine::InputFile> inputs;
  inputs.push_back(std::move(input));
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  options.now = kJune1;
  return engine::scan(std::move(inputs), {}, options);
}

std::vector<const engine::Finding*> aws205(const engine::ScanResult& result) {
  std::vector<const engine::Finding*> found;
  for (const engine::Finding& finding : result.findings) {
    if (finding.rule_id == "AWS205") found.push_back(&finding);
  }
  return found;
}

}  // namespace

TEST_CASE("AWS205: a profile file modified in the future", "[aws205]") {
  SECTION("an hour ahead, in the user's own home") {
    const auto result = scan_credentials(engine::Origin::AwsHome, kJune1 + 3600);
    const auto found = aws205(result);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message.find("last modified at 2026-06-01T01:00:00Z, 1 hour after the local clock") !=
          std::string::npos);
    CHECK(found[0]->location.span.begin == 0);
  }
  SECTION("within the five minutes of tolerance") {
    CHECK(aws205(scan_credentials(engine::Origin::AwsHome, kJune1 + 300)).empty());
  }
  SECTION("in the past") { CHECK(aws205(scan_credentials(engine::Origin::AwsHome, kJune1 - 86400)).empty()); }
  SECTION("unknown time") { CHECK(aws205(scan_credentials(engine::Origin::AwsHome, std::nullopt)).empty()); }
  SECTION("files from a scanned tree say nothing about this clock") {
    CHECK(aws205(scan_credentials(engine::Origin::Tree, kJune1 + 86400)).empty());
    CHECK(aws205(scan_credentials(engine::Origin::Explicit, kJune1 + 86400)).empty());
  }
}
