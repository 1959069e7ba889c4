// Region codes and partitions from the botocore data embedded in the binary
// (analyzer/aws/data/regions.json), and the offline checks of aws-semantics.md §5:
// is this a region, and if not, what did the user mean?
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credlint::aws {

struct Region {
  std::string code;
  std::string description;  // "US East (N. Virginia)"
  std::string partition;    // "aws", "aws-cn", ...
};

enum class RegionVerdict {
  Known,               // in a partition's region list
  PlausibleUnlisted,   // shaped like a region of a partition: maybe newer than our data
  GlobalPseudoRegion,  // aws-global & co.: only services with one global endpoint accept it
  DeprecatedFips,      // fips-us-east-1, us-east-1-fips: only JS v3 maps it to a real region
  Invalid,
};

// Why an Invalid value is not a region (the message wording lives in `reason`).
enum class RegionProblem {
  None,
  Empty,
  UpperCase,           // US-EAST-1
  AvailabilityZone,    // us-east-1a
  AvailabilityZoneId,  // use1-az1
  LocalZone,           // us-west-2-lax-1a, us-east-1-wl1-bos-wlz-1
  DisplayName,         // "US East (N. Virginia)", "Ireland"
  TrailingText,        // "eu-west-1 (Ireland)"
  Misspelled,          // us-east1, useast1, us_east_1, us-east-01
  UnknownDirection,    // us-esat-1: shaped like a code, but no AWS region uses "esat"
  NotARegion,          // anything else
};

struct RegionCheck {
  RegionVerdict verdict = RegionVerdict::Invalid;
  RegionProblem problem = RegionProblem::None;
  std::string reason;  // for Invalid: "is an availability zone, not a region"
  // The region the user most likely meant: for Invalid the nearest real code (only when
  // unambiguous); for DeprecatedFips the region JS v3 maps it to; for GlobalPseudoRegion
  // the region global services sign with (aws-global -> us-east-1).
  std::optional<std::string> suggestion;
  // Equally likely codes when there is no single suggestion ("US East" -> us-east-1,
  // us-east-2); empty otherwise.
  std::vector<std::string> candidates;
};

// `value` is the region as the user meant it (no quotes or comments: see
// ini::intended_value); checks are case-sensitive, as the SDKs are.
[[nodiscard]] RegionCheck check_region(std::string_view value);
[[nodiscard]] const Region* find_region(std::string_view code);
[[nodiscard]] const std::vector<Region>& all_regions();
// Partition of a region code (explicit list first, then global pseudo-regions, then the
// regexes); empty if none.
[[nodiscard]] std::string partition_of(std::string_view code);
// botocore's validate_region_name: a valid host label (letters, digits, '-'), otherwise
// botocore raises InvalidRegionError and JS v3 "Region not accepted".
[[nodiscard]] bool is_valid_region_host_label(std::string_view value);

}  // namespace credlint::aws
