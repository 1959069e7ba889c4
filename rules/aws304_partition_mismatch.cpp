// AWS304 partition-mismatch: a region and an ARN or endpoint from different partitions.
// For profile files: a profile's role_arn / mfa_serial partition vs its region, and an
// endpoint_url on the China DNS suffix with a region outside China (or the reverse).
// For source code: the region given to a client vs the partition of an endpoint URL or an
// ARN given to the same call, client or provider block.
#include <algorithm>

#include "aws/regions.h"
#include "core/text.h"
#include "rules/support/code_facts.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// "arn:aws-us-gov:iam::123456789012:role/x" -> "aws-us-gov"; empty when not an ARN.
std::string arn_partition(std::string_view arn) {
  if (arn.substr(0, 4) != "arn:") return {};
  const std::size_t end = arn.find(':', 4);
  return end == std::string_view::npos ? std::string() : std::string(arn.substr(4, end - 4));
}

// The partition an endpoint's host implies, when its DNS suffix decides it.
std::string endpoint_partition(std::string_view url) {
  std::string host(url.substr(url.find("://") == std::string_view::npos ? 0 : url.find("://") + 3));
  host = core::ascii_lower(host.substr(0, host.find_first_of(":/?#")));
  auto ends_with = [&](std::string_view suffix) {
    return host.size() >= suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".amazonaws.com.cn") || ends_with(".api.amazonwebservices.com.cn")) return "aws-cn";
  if (ends_with(".c2s.ic.gov")) return "aws-iso";
  if (ends_with(".sc2s.sgov.gov")) return "aws-iso-b";
  if (ends_with(".amazonaws.eu")) return "aws-eusc";
  return {};  // amazonaws.com serves both aws and aws-us-gov: no verdict
}

void check_home(const engine::ProfileHome& home, FindingSink& out) {
  for (const auto& [name, profile] : home.profiles.profiles) {
    auto region_it = profile.properties.find("region");
    if (region_it == profile.properties.end() || region_it->second.property == nullptr) continue;
    const ini::ResolvedValue& region = region_it->second;
    const std::string region_code = core::strip_value_decoration(region.value);
    const std::string region_partition = aws::partition_of(region_code);
    if (region_partition.empty()) continue;  // not a region: AWS301's finding
    for (const char* key : {"role_arn", "mfa_serial", "endpoint_url"}) {
      auto it = profile.properties.find(key);
      if (it == profile.properties.end() || it->second.property == nullptr) continue;
      const std::string value = core::strip_value_decoration(it->second.value);
      const bool is_endpoint = std::string_view(key) == "endpoint_url";
      const std::string partition = is_endpoint ? endpoint_partition(value) : arn_partition(value);
      if (partition.empty() || partition == region_partition) continue;
      engine::Finding& finding = out.report(
          *it->second.source, it->second.property->value_span,
          is_endpoint
              ? fmt::format("endpoint_url of profile \"{}\" is a host of the {} partition, but its region {} is in "
                            "the {} partition: requests are signed for one partition and sent to the other, and "
                            "credentials are only valid in their own partition (InvalidClientTokenId)",
                            name, partition, region_code, region_partition)
              : fmt::format("{} of profile \"{}\" is in the {} partition, but its region {} is in the {} partition: "
                            "IAM entities and credentials exist in one partition only, so STS rejects the request "
                            "(InvalidClientTokenId or \"not authorized\")",
                            key, name, partition, region_code, region_partition),
          fmt::format("profile {}/{}", name, key));
      finding.related.push_back(engine::Location{region.source, region.property->value_span,
                                                 fmt::format("region of profile \"{}\"", name)});
    }
  }
}

// ---- source code ----------------------------------------------------------------------

bool is_partition_id(std::string_view id) {
  for (std::string_view known : {"aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f",
                                 "aws-eusc"}) {
    if (id == known) return true;
  }
  return false;
}

// The partitions the fact's endpoint or ARN allows (empty: no verdict).
std::vector<std::string> partitions_of(const Fact& fact) {
  if (fact.kind == FactKind::Arn) {
    const auto arn = parse_arn(fact.intended);
    if (!arn || !is_partition_id(arn->partition)) return {};
    return {arn->partition};
  }
  // The DNS suffix decides where a request goes: `s3.cn-north-1.amazonaws.com` names a
  // China region but is a host of the global suffix, which China's partition does not serve.
  const std::string host = endpoint_host(fact.intended);
  std::vector<std::string> by_suffix = endpoint_partitions(host);
  const auto region = endpoint_region(host);
  if (!region) return by_suffix;
  const std::string by_region = aws::partition_of(*region);
  if (by_suffix.empty() || std::find(by_suffix.begin(), by_suffix.end(), by_region) != by_suffix.end()) {
    return {by_region};
  }
  return by_suffix;
}

void check_code_scope(const AnalyzedFile& file, const Scope& scope, OncePerLiteral& once, FindingSink& out) {
  const Fact* region = nullptr;
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::Region || fact.dynamic) continue;
    if (aws::check_region(fact.intended).verdict == aws::RegionVerdict::Invalid) continue;  // AWS301's
    region = &fact;
    break;
  }
  if (region == nullptr) return;
  const std::string region_partition = aws::partition_of(region->intended);
  if (region_partition.empty()) return;
  for (const Fact& fact : scope.facts) {
    if ((fact.kind != FactKind::Endpoint && fact.kind != FactKind::Arn) || fact.dynamic || fact.intended.empty()) {
      continue;
    }
    const std::vector<std::string> allowed = partitions_of(fact);
    if (allowed.empty() || std::find(allowed.begin(), allowed.end(), region_partition) != allowed.end()) continue;
    if (!once.first(fact)) continue;
    const std::string code = aws::scrub_text(region->intended);
    const std::string partitions = join_list(allowed, " or ");
    engine::Finding& finding = out.report(
        *file.source, fact.span,
        fact.kind == FactKind::Endpoint
            ? fmt::format("{} in {} is a host of the {} partition ({}), but the client's region {} is in the {} "
                          "partition: requests are signed for one partition and sent to the other, and credentials "
                          "are only valid in their own partition (InvalidClientTokenId); use an endpoint of {} or a "
                          "region of {}",
                          slot_label(fact), scope.description, partitions,
                          aws::scrub_text(endpoint_host(fact.intended)), code, region_partition, region_partition,
                          partitions)
            : fmt::format("{} in {} is in the {} partition, but the client's region {} is in the {} partition: "
                          "IAM entities, resources and credentials exist in one partition only, so the request "
                          "fails (InvalidClientTokenId, AccessDenied or \"not authorized\"); use the ARN of the "
                          "{} partition or a region of {}",
                          slot_label(fact), scope.description, partitions, code, region_partition, region_partition,
                          partitions),
        fmt::format("{}/{}", scope.description, slot_label(fact)));
    finding.related.push_back(
        engine::Location{file.source.get(), region->span, fmt::format("the client's region {}", code)});
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const engine::ProfileHome& home : scan.homes) check_home(home, out);
  for (const auto& file : scan.files) {
    if (file->kind != FileKind::Source) continue;
    OncePerLiteral once;  // per file: spans are offsets into it
    for (const Scope& scope : file->facts.scopes) check_code_scope(*file, scope, once, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws304 = {
    .id = "AWS304",
    .name = "partition-mismatch",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Source},
    .phase = engine::Phase::Project,
    .short_description = "A region and an endpoint or ARN from different partitions.",
    .full_description =
        "AWS is split into partitions (aws, aws-cn, aws-us-gov, the isolated partitions): each has its own IAM, its "
        "own credentials and its own endpoints. A profile whose role_arn or mfa_serial names one partition while its "
        "region is in another, or whose endpoint_url points at another partition's DNS suffix, cannot work: the "
        "credentials and roles of one partition do not exist in the other. In source code: a client's region "
        "literal vs the partition of an endpoint URL or ARN given to the same call or provider block.",
    .help_markdown = R"md(A region and an endpoint or ARN from different partitions.

## What is wrong
Regions belong to partitions: `us-east-1` to `aws`, `cn-north-1` to `aws-cn`,
`us-gov-west-1` to `aws-us-gov`. An ARN names its partition in its second field
(`arn:aws-us-gov:iam::...`). IAM roles, users and access keys exist in one
partition only, so a profile that assumes an `arn:aws:` role from a GovCloud region,
or signs for `cn-north-1` against an `amazonaws.com` endpoint, fails with
`InvalidClientTokenId` or an authorization error.

## How to fix
Use the ARN of the role in the partition the region belongs to, or the region of the
role's partition:

```ini
[profile govcloud]
role_arn = arn:aws-us-gov:iam::123456789012:role/Admin
region = us-gov-west-1
```
## In source code
In one call, client or provider block: the client's region literal vs the partition of
its endpoint URL (by the region the host names, else by its DNS suffix:
`amazonaws.com` serves `aws` and `aws-us-gov`, `amazonaws.com.cn` serves `aws-cn`) or of
an ARN given to the same call.

```python
# bad: a China region with a commercial endpoint
boto3.client("s3", region_name="cn-north-1", endpoint_url="https://s3.amazonaws.com")
# fixed
boto3.client("s3", region_name="cn-north-1")  # the SDK uses s3.cn-north-1.amazonaws.com.cn
```

```hcl
# bad
provider "aws" {
  region = "us-gov-west-1"
  assume_role { role_arn = "arn:aws:iam::123456789012:role/Deploy" }
}
# fixed
provider "aws" {
  region = "us-gov-west-1"
  assume_role { role_arn = "arn:aws-us-gov:iam::123456789012:role/Deploy" }
}
```
)md",
    .precision = "high",
    .security_severity = "4.0",
    .check_project = &check,
};

}  // namespace credlint::rules
