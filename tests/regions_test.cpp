// Unit tests of the region tables and check_region (aws-semantics.md §5.1, §5.2).
#include "aws/regions.h"

#include <catch2/catch.hpp>

using credlint::aws::check_region;
using credlint::aws::RegionCheck;
using credlint::aws::RegionProblem;
using credlint::aws::RegionVerdict;

namespace {

RegionCheck invalid(std::string_view value, RegionProblem problem) {
  RegionCheck check = check_region(value);
  INFO("value: " << value << ", reason: " << check.reason);
  CHECK(check.verdict == RegionVerdict::Invalid);
  CHECK(check.problem == problem);
  return check;
}

std::string suggestion_of(const RegionCheck& check) { return check.suggestion.value_or("<none>"); }

}  // namespace

TEST_CASE("regions: every listed code of every partition is known") {
  REQUIRE(credlint::aws::all_regions().size() >= 40);
  for (const auto& region : credlint::aws::all_regions()) {
    INFO(region.code);
    CHECK(check_region(region.code).verdict == RegionVerdict::Known);
    CHECK(credlint::aws::partition_of(region.code) == region.partition);
  }
  CHECK(credlint::aws::partition_of("cn-northwest-1") == "aws-cn");
  CHECK(credlint::aws::partition_of("us-gov-west-1") == "aws-us-gov");
  CHECK(credlint::aws::partition_of("eusc-de-east-1") == "aws-eusc");
  CHECK(credlint::aws::partition_of("aws-global") == "aws");
  CHECK(credlint::aws::partition_of("moon-1").empty());
}

TEST_CASE("regions: codes shaped like a partition's regions may be newer than the data") {
  for (std::string_view code : {"eu-east-1", "us-central-1", "ap-southeast-9", "us-gov-north-1", "cn-south-1",
                                "us-isob-south-1", "mx-northwest-2"}) {
    INFO(code);
    const RegionCheck check = check_region(code);
    CHECK(check.verdict == RegionVerdict::PlausibleUnlisted);
    CHECK(check.reason.empty());
  }
}

TEST_CASE("regions: global and deprecated FIPS pseudo-regions") {
  RegionCheck global = check_region("aws-global");
  CHECK(global.verdict == RegionVerdict::GlobalPseudoRegion);
  CHECK(suggestion_of(global) == "us-east-1");
  CHECK(suggestion_of(check_region("aws-cn-global")) == "cn-northwest-1");
  CHECK(suggestion_of(check_region("aws-us-gov-global")) == "us-gov-west-1");

  for (auto [value, real] : {std::pair{"fips-us-east-1", "us-east-1"},
                             {"us-west-2-fips", "us-west-2"},
                             {"fips-us-gov-west-1", "us-gov-west-1"},
                             {"fips-prod-us-east-2", "us-east-2"},
                             {"fips-dkr-us-west-1", "us-west-1"},
                             {"fips-aws-global", "us-east-1"},
                             {"aws-fips", "us-east-1"},
                             {"fips-ap-southeast-6", "ap-southeast-6"}}) {
    INFO(value);
    const RegionCheck check = check_region(value);
    CHECK(check.verdict == RegionVerdict::DeprecatedFips);
    CHECK(suggestion_of(check) == real);
  }
  // Endpoint names of endpoints.json's deprecated FIPS list that are no regions at all.
  for (std::string_view value : {"iam-fips", "rds-fips.us-east-1", "fips", "dms-fips"}) {
    INFO(value);
    CHECK(check_region(value).verdict == RegionVerdict::Invalid);
  }
}

TEST_CASE("regions: empty, upper case and misspelled codes") {
  invalid("", RegionProblem::Empty);
  CHECK(suggestion_of(invalid("US-EAST-1", RegionProblem::UpperCase)) == "us-east-1");
  CHECK(suggestion_of(invalid("Eu-West-1", RegionProblem::UpperCase)) == "eu-west-1");
  for (auto [value, meant] : {std::pair{"us-east1", "us-east-1"},
                              {"useast1", "us-east-1"},
                              {"us_east_1", "us-east-1"},
                              {"us-east-01", "us-east-1"},
                              {"us east 1", "us-east-1"},
                              {"euwest2", "eu-west-2"},
                              {"ap-northeast1", "ap-northeast-1"},
                              {"us-gov-west1", "us-gov-west-1"},
                              {"cnnorth1", "cn-north-1"},
                              {"us-east-1.", "us-east-1"}}) {
    INFO(value);
    CHECK(suggestion_of(invalid(value, RegionProblem::Misspelled)) == meant);
  }
}

TEST_CASE("regions: availability zones, zone IDs and Local Zones name their region") {
  CHECK(suggestion_of(invalid("us-east-1a", RegionProblem::AvailabilityZone)) == "us-east-1");
  CHECK(suggestion_of(invalid("eu-west-1b", RegionProblem::AvailabilityZone)) == "eu-west-1");
  CHECK(suggestion_of(invalid("US-EAST-1A", RegionProblem::AvailabilityZone)) == "us-east-1");
  CHECK(suggestion_of(invalid("use1-az1", RegionProblem::AvailabilityZoneId)) == "us-east-1");
  CHECK(suggestion_of(invalid("usw2-az3", RegionProblem::AvailabilityZoneId)) == "us-west-2");
  CHECK(suggestion_of(invalid("apne1-az4", RegionProblem::AvailabilityZoneId)) == "ap-northeast-1");
  CHECK(suggestion_of(invalid("apse2-az1", RegionProblem::AvailabilityZoneId)) == "ap-southeast-2");
  CHECK(suggestion_of(invalid("cac1-az2", RegionProblem::AvailabilityZoneId)) == "ca-central-1");
  CHECK(suggestion_of(invalid("usgw1-az1", RegionProblem::AvailabilityZoneId)) == "us-gov-west-1");
  CHECK(suggestion_of(invalid("cnnw1-az1", RegionProblem::AvailabilityZoneId)) == "cn-northwest-1");
  CHECK(suggestion_of(invalid("use1-bos1-az1", RegionProblem::AvailabilityZoneId)) == "us-east-1");
  // A zone ID whose prefix is no region: still a zone ID, but nothing to suggest.
  CHECK_FALSE(invalid("xyz9-az1", RegionProblem::AvailabilityZoneId).suggestion);
  CHECK(suggestion_of(invalid("us-west-2-lax-1a", RegionProblem::LocalZone)) == "us-west-2");
  CHECK(suggestion_of(invalid("us-east-1-wl1-bos-wlz-1", RegionProblem::LocalZone)) == "us-east-1");
}

TEST_CASE("regions: console display names map back to codes") {
  CHECK(suggestion_of(invalid("US East (N. Virginia)", RegionProblem::DisplayName)) == "us-east-1");
  CHECK(suggestion_of(invalid("N. Virginia", RegionProblem::DisplayName)) == "us-east-1");
  CHECK(suggestion_of(invalid("Ireland", RegionProblem::DisplayName)) == "eu-west-1");
  CHECK(suggestion_of(invalid("EU (Ireland)", RegionProblem::DisplayName)) == "eu-west-1");
  CHECK(suggestion_of(invalid("frankfurt", RegionProblem::DisplayName)) == "eu-central-1");
  CHECK(suggestion_of(invalid("S\xC3\xA3o Paulo", RegionProblem::DisplayName)) == "sa-east-1");
  CHECK(suggestion_of(invalid("Canada West", RegionProblem::DisplayName)) == "ca-west-1");
  // The commercial region wins over US ISOB East (Ohio).
  CHECK(suggestion_of(invalid("Ohio", RegionProblem::DisplayName)) == "us-east-2");
  // Ambiguous: both US East regions are offered, none is picked.
  const RegionCheck us_east = invalid("US East", RegionProblem::DisplayName);
  CHECK_FALSE(us_east.suggestion);
  CHECK(us_east.candidates == std::vector<std::string>{"us-east-1", "us-east-2"});
}

TEST_CASE("regions: invented codes get the nearest real one, if any is near") {
  CHECK(suggestion_of(invalid("us-esat-1", RegionProblem::UnknownDirection)) == "us-east-1");
  CHECK(suggestion_of(invalid("eu-wset-1", RegionProblem::UnknownDirection)) == "eu-west-1");
  CHECK(invalid("us-est-1", RegionProblem::UnknownDirection).candidates ==
        std::vector<std::string>{"us-east-1", "us-west-1"});
  CHECK(suggestion_of(invalid("eu-west-1 (Ireland)", RegionProblem::TrailingText)) == "eu-west-1");
  CHECK(suggestion_of(invalid("global", RegionProblem::NotARegion)) == "us-east-1");
  CHECK(suggestion_of(invalid("euw-west-1", RegionProblem::NotARegion)) == "eu-west-1");
  CHECK_FALSE(invalid("moon-base-1", RegionProblem::NotARegion).suggestion);
  CHECK_FALSE(invalid("default", RegionProblem::NotARegion).suggestion);
  CHECK(invalid("auto", RegionProblem::NotARegion).candidates.empty());
}

TEST_CASE("regions: botocore's host-label check") {
  using credlint::aws::is_valid_region_host_label;
  CHECK(is_valid_region_host_label("us-east-1"));
  CHECK(is_valid_region_host_label("US-EAST-1"));  // botocore accepts upper case here
  CHECK(is_valid_region_host_label("us-east-1a"));
  CHECK_FALSE(is_valid_region_host_label("us_east_1"));
  CHECK_FALSE(is_valid_region_host_label("US East (N. Virginia)"));
  CHECK_FALSE(is_valid_region_host_label("-us-east-1"));
  CHECK_FALSE(is_valid_region_host_label("us-east-1-"));
  CHECK_FALSE(is_valid_region_host_label("12345"));
  CHECK_FALSE(is_valid_region_host_label(std::string(64, 'a')));
}
