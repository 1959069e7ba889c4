// AWS303 region-mismatch: two region settings that govern the same client disagree.
// For .env files: AWS_REGION vs AWS_DEFAULT_REGION in one file, and the region of the
// profile a .env selects vs the region the .env sets. (Source code adds client region vs
// endpoint or ARN region.)
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

void check(const ScanContext& scan, FindingSink& out) {
  for (const auto& file : scan.files) {
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
    .applies_to = {FileKind::Dotenv},
    .phase = engine::Phase::Project,
    .short_description = "Two region settings that govern the same client disagree.",
    .full_description =
        "The SDKs do not read the same region settings: botocore and the AWS CLI read AWS_DEFAULT_REGION, JS v3, "
        "Java v2 and .NET read AWS_REGION, Go v2 reads both (AWS_REGION first), and environment variables override "
        "the selected profile's region. When two such settings disagree, the same configuration sends requests to "
        "different regions depending on the tool, which shows up as resources that 'do not exist', S3 "
        "PermanentRedirect or AuthorizationHeaderMalformed errors.",
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
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_project = &check,
};

}  // namespace credlint::rules
