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
  PlausibleUnlisted,   // matches a partition regex: maybe newer than our data
  GlobalPseudoRegion,  // aws-global & co.
  DeprecatedFips,      // fips-us-east-1, us-east-1-fips
  Invalid,
};

struct RegionCheck {
  RegionVerdict verdict = RegionVerdict::Invalid;
  std::string reason;                     // for Invalid: "is an availability zone", ...
  std::optional<std::string> suggestion;  // nearest real region code
};

[[nodiscard]] RegionCheck check_region(std::string_view value);
[[nodiscard]] const Region* find_region(std::string_view code);
[[nodiscard]] const std::vector<Region>& all_regions();
// Partition of a region code (explicit list first, then the regexes); empty if none.
[[nodiscard]] std::string partition_of(std::string_view code);

}  // namespace credlint::aws
