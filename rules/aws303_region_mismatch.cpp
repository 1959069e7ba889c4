// AWS303 region-mismatch: two region settings that govern the same client disagree.
// For .env files: AWS_REGION vs AWS_DEFAULT_REGION in one file, and the region of the
// profile a .env selects vs the region the .env sets. For source code: the region given to
// a client vs the region its endpoint URL or an ARN of the same call names.
#include "aws/regions.h"
#include "rules/support/code_facts.h"
#include "rules/support/profile_lookup.h"
#include "core/text.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// The last assignment of a variable: every .env loader keeps the last one.
const Fact* variable(const Scope& scope, FactKind kind, std::string_view name) {
  const Fact* last = nullptr;
  for (const Fact& fact : scope.facts) {
    if (fact.kind == kind && fact.name == name && !fact.intended.empty()) last = &fact;
  }
  return last;
}

// AWS_REGION and AWS_DEFAULT_REGION in one file with different values: which one a
// client uses depends on the SDK (aws-semantics.md §3.1).
void check_region_variables(const AnalyzedFile& file, const Scope& scope, FindingSink& out) {
  const Fact* region = variable(scope, FactKind::Region, "AWS_REGION");
  const Fact* default_region = variable(scope, FactKind::Region, "AWS_DEFAULT_REGION");
  if (region == nullptr || default_region == nullptr || region->intended == default_region->intended) return;
  const Fact& later = region->span.begin > default_region->span.begin ? *region : *default_region;
  const Fact& earlier = &later == region ? *default_region : *region;
  engine::Finding& finding = out.report(
      *file.source, later.span,
      fmt::format("AWS_REGION={} and AWS_DEFAULT_REGION={} disagree: botocore and the AWS CLI read only "
                  "AWS_DEFAULT_REGION ({}), Go v2 prefers AWS_REGION ({}), JS v3, Java v2 and .NET read only "
                  "AWS_REGION ({})",
                  aws::scrub_text(region->intended), aws::scrub_text(default_region->intended),
                  aws::scrub_text(default_region->intended), aws::scrub_text(region->intended),
                  aws::scrub_text(region->intended)),
      "AWS_REGION/AWS_DEFAULT_REGION");
  finding.related.push_back(engine::Location{file.source.get(), earlier.span, fmt::format("{} is set here", earlier.name)});
}

// The profile a .env selects has a region; the .env sets another one, which wins.
void check_selected_profile(const AnalyzedFile& file, const Scope& scope, const ScanContext& scan, FindingSink& out) {
  const Fact* selector = variable(scope, FactKind::Profile, "AWS_PROFILE");
  if (selector == nullptr) selector = variable(scope, FactKind::Profile, "AWS_DEFAULT_PROFILE");
  if (selector == nullptr) return;
  const auto matches = find_profile(scan, selector->intended);
  if (matches.empty()) return;  // AWS403's finding
  const ini::ResolvedValue* profile_region = nullptr;
  for (const auto& match : matches) {
    auto it = match.profile->properties.find("region");
    if (it != match.profile->properties.end()) { profile_region = &it->second; break; }
  }
  if (profile_region == nullptr || profile_region->property == nullptr) return;
  const std::string wanted = core::strip_value_decoration(profile_region->value);
  for (const char* name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
    const Fact* region = variable(scope, FactKind::Region, name);
    if (region == nullptr || region->intended == wanted) continue;
    engine::Finding& finding = out.report(
        *file.source, region->span,
        fmt::format("{}={} overrides region = {} of profile \"{}\" that {} selects: environment variables win over "
                    "the profile in every SDK{}, so clients go to {}",
                    name, aws::scrub_text(region->intended), aws::scrub_text(wanted), selector->intended, selector->name,
                    std::string_view(name) == "AWS_REGION" ? " that reads AWS_REGION (not botocore/AWS CLI)"
                                                           : " that reads AWS_DEFAULT_REGION (botocore, AWS CLI, Go v2)",
                    aws::scrub_text(region->intended)),
        fmt::format("{}/profile {}", name, selector->intended));
    finding.related.push_back(engine::Location{profile_region->source, profile_region->property->value_span,
                                               fmt::format("region of profile \"{}\"", selector->intended)});
  }
}

// ---- source code ----------------------------------------------------------------------
// Only literal regions the data lists, endpoints on an AWS host that names a region
// (global endpoints such as s3.amazonaws.com name none), and ARNs with a region field
// (IAM role ARNs have none). A region of another partition is AWS304's finding.

void report_code_mismatch(const AnalyzedFile& file, const Scope& scope, const Fact& region, const Fact& other,
                          std::string_view other_region, bool is_endpoint, FindingSink& out) {
  const std::string client_region = aws::scrub_text(region.intended);
  const std::string named = aws::scrub_text(other_region);
  std::string message =
      is_endpoint
          ? fmt::format("{} in {} is a host of region {} ({}), but the client's region is {}: the SDKs send the "
                        "requests to that host and sign them for {}, and AWS rejects the signature (\"Credential "
                        "should be scoped to a valid region\"; S3: AuthorizationHeaderMalformed, \"the region '{}' "
                        "is wrong; expecting '{}'\"); pass region {} or an endpoint of {}, or drop the endpoint",
                        slot_label(other), scope.description, named, aws::scrub_text(endpoint_host(other.intended)),
                        client_region, client_region, client_region, named, named, client_region)
          : fmt::format("{} in {} names a resource in region {}, but the client's region is {}: the requests go to "
                        "{}, where the resource does not exist (ResourceNotFoundException, NotFound or an "
                        "invalid-parameter error); create the client in {}",
                        slot_label(other), scope.description, named, client_region, client_region, named);
  engine::Finding& finding =
      out.report(*file.source, other.span, std::move(message), fmt::format("{}/{}", scope.description, slot_label(other)));
  finding.related.push_back(engine::Location{file.source.get(), region.span,
                                             fmt::format("the client's region {}", client_region)});
}

void check_code_scope(const AnalyzedFile& file, const Scope& scope, OncePerLiteral& once, FindingSink& out) {
  if (scope_targets_other_service(scope)) return;
  const Fact* region = nullptr;
  for (const Fact& fact : scope.facts) {
    if (fact.kind == FactKind::Region && !fact.dynamic && aws::find_region(fact.intended) != nullptr) {
      region = &fact;
      break;
    }
  }
  if (region == nullptr) return;
  const std::string partition = aws::partition_of(region->intended);
  for (const Fact& fact : scope.facts) {
    if (fact.dynamic || fact.intended.empty()) continue;
    std::optional<std::string> named;
    if (fact.kind == FactKind::Endpoint) {
      named = endpoint_region(endpoint_host(fact.intended));
    } else if (fact.kind == FactKind::Arn && file.language != "yaml" && file.language != "json") {
      // Configuration files name ARNs of other regions on purpose (IAM statements,
      // replication targets): only code hands an ARN to the client it creates.
      if (const auto arn = parse_arn(fact.intended); arn && aws::find_region(arn->region) != nullptr) {
        named = arn->region;
      }
    }
    if (!named || *named == region->intended || aws::partition_of(*named) != partition) continue;
    if (!once.first(fact)) continue;
    report_code_mismatch(file, scope, *region, fact, *named, fact.kind == FactKind::Endpoint, out);
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const auto& file : scan.files) {
    if (file->kind == FileKind::Source) {
      OncePerLiteral once;  // per file: spans are offsets into it
      for (const Scope& scope : file->facts.scopes) check_code_scope(*file, scope, once, out);
      continue;
    }
    if (file->kind != FileKind::Dotenv) continue;
    for (const Scope& scope : file->facts.scopes) {
      check_region_variables(*file, scope, out);
      check_selected_profile(*file, scope, scan, out);
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws303 = {
    .id = "AWS303",
    .name = "region-mismatch",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::Project,
    .short_description = "Two region settings that govern the same client disagree.",
    .full_description =
        "The SDKs do not read the same region settings: botocore and the AWS CLI read AWS_DEFAULT_REGION, JS v3, "
        "Java v2 and .NET read AWS_REGION, Go v2 reads both (AWS_REGION first), and environment variables override "
        "the selected profile's region. When two such settings disagree, the same configuration sends requests to "
        "different regions depending on the tool, which shows up as resources that 'do not exist', S3 "
        "PermanentRedirect or AuthorizationHeaderMalformed errors. In source code: a client's region literal vs "
        "the region its endpoint URL host or an ARN of the same call names.",
    .help_markdown = R"md(Two region settings that govern the same client disagree.

## What is wrong
Which region a client uses depends on the SDK:

| setting | botocore / AWS CLI | Go v2 | JS v3, Java v2, .NET |
|---|---|---|---|
| `AWS_REGION` | ignored | used first | used |
| `AWS_DEFAULT_REGION` | used | used if `AWS_REGION` is unset | ignored |
| profile `region` | used if no env var | used if no env var | used if no env var |

So `AWS_REGION=us-east-1` with `AWS_DEFAULT_REGION=eu-west-1` sends the AWS CLI to
`eu-west-1` and a Node.js service to `us-east-1`; and a `.env` that selects
`AWS_PROFILE=prod` (region `eu-west-1`) but also sets `AWS_REGION=us-east-1`
silently overrides the profile.

## How to fix
Set one region, the same for every tool:

```sh
AWS_REGION=eu-west-1
AWS_DEFAULT_REGION=eu-west-1
```

or drop the region variables and let the selected profile's `region` apply.
## In source code
In one call, client or provider block, the client's region literal and the region that
its endpoint URL names (`sqs.us-east-1.amazonaws.com`,
`s3.dualstack.eu-west-1.amazonaws.com`, `s3-eu-west-1.amazonaws.com`) or that an ARN
given to the same call names (`arn:aws:sns:us-east-1:...`) must agree. With an explicit
endpoint every SDK (botocore, JS v3, Go v2, Java v2) sends the request to that host but
signs it for the client's region, so AWS rejects the signature ("Credential should be
scoped to a valid region"; S3: `AuthorizationHeaderMalformed`). Global endpoints
(`s3.amazonaws.com`, `sts.amazonaws.com`) and ARNs without a region (IAM roles) name no
region and are not compared, nor are ARNs in YAML and JSON files (an IAM statement or a
replication target names other regions on purpose); a region of another partition is
AWS304's finding.

```python
# bad
boto3.client("sqs", region_name="eu-west-1", endpoint_url="https://sqs.us-east-1.amazonaws.com")
# fixed: drop the endpoint, the SDK builds it from the region
boto3.client("sqs", region_name="eu-west-1")
```

```javascript
// bad
new SQSClient({ region: "eu-west-1", endpoint: "https://sqs.us-east-1.amazonaws.com" });
// fixed
new SQSClient({ region: "eu-west-1" });
```
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_project = &check,
};

}  // namespace credlint::rules
