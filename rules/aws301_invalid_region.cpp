// AWS301 invalid-region: a region or sso_region value that no partition knows, in a
// profile file or in a .env file (AWS_REGION, AWS_DEFAULT_REGION, AMAZON_REGION).
#include <optional>
#include <string>

#include "aws/regions.h"
#include "core/text.h"
#include "rules/support/code_facts.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using aws::RegionCheck;
using aws::RegionProblem;
using aws::RegionVerdict;

// With its own endpoint (LocalStack, MinIO, Cloudflare R2's `auto`, a VPC endpoint) the
// region is only the signing name the server expects, so anything goes.
bool has_custom_endpoint(const ini::Section* section) {
  if (section == nullptr) return false;
  for (const ini::Property& property : section->properties) {
    if (property.key == "endpoint_url" || property.key == "services") return true;
  }
  return false;
}

// `${AWS_REGION}`, `{{ region }}`, `<region>`, `%REGION%`: a template that something else
// fills in before the SDK reads the file.
bool is_template(std::string_view value) {
  if (value.size() < 3) return false;
  const char first = value.front();
  const char last = value.back();
  return (first == '$' && (value[1] == '{' || (value[1] >= 'A' && value[1] <= 'Z'))) ||
         (value.substr(0, 2) == "{{" && value.substr(value.size() - 2) == "}}") || (first == '<' && last == '>') ||
         (first == '%' && last == '%');
}

bool is_sso_region(const Fact& fact) { return core::ascii_lower(fact.name) == "sso_region"; }

// "; did you mean us-east-1?" or "." to end the first sentence.
std::string did_you_mean(const RegionCheck& check) {
  if (check.suggestion) return fmt::format("; did you mean {}?", *check.suggestion);
  if (check.candidates.empty()) return ".";
  return fmt::format("; did you mean {}?", join_list(check.candidates, " or "));
}

// What the SDKs do with a value that is no region.
std::string consequence(const Fact& fact, const RegionCheck& check) {
  const std::string value = aws::scrub_text(fact.intended);
  if (check.problem == RegionProblem::UpperCase) {
    return " The SDKs use it as written, and AWS rejects requests signed for a region in upper case.";
  }
  if (!aws::is_valid_region_host_label(fact.intended)) {
    return fmt::format(
        " botocore (AWS CLI, boto3) refuses it (\"Provided region_name '{}' doesn't match a supported "
        "format.\") and so does JS v3 (\"Region not accepted\").",
        value);
  }
  const std::string_view service = is_sso_region(fact) ? "oidc" : "sts";
  return fmt::format(" The SDKs send requests to host names such as {}.{}.amazonaws.com, which do not exist.", service,
                     value);
}

// An empty region variable is not "unset" to every SDK: botocore and JS v3 take a
// variable that is present as set, even to the empty string (botocore's
// EnvironmentProvider, smithy's fromEnv test `=== undefined`), so the profile's region
// no longer applies; Go v2 (`len(v) > 0`), Ruby and JS v2 (`||`) skip it. Only the
// variables botocore or JS v3 read are reported, as warnings: other stacks are fine.
std::optional<std::string> empty_variable_message(const Fact& fact) {
  if (fact.name == "AWS_DEFAULT_REGION") {
    return std::string(
        "AWS_DEFAULT_REGION is empty: botocore (AWS CLI, boto3) takes the empty string as the region, in place of "
        "the profile's, and clients of regional services fail (\"Invalid endpoint: https://ec2..amazonaws.com\"); "
        "Go v2 and Ruby treat it as unset. Delete the line, or set a region");
  }
  if (fact.name == "AWS_REGION") {
    return std::string(
        "AWS_REGION is empty: JS v3 takes the empty string as the region, in place of the profile's, and fails "
        "(\"Region not accepted: region=\"\" is not a valid hostname component.\"); Go v2 and Ruby treat it as "
        "unset. Delete the line, or set a region");
  }
  return std::nullopt;  // AMAZON_REGION: JS v2 and Ruby skip an empty value
}

std::string empty_message(const Fact& fact) {
  if (is_sso_region(fact)) {
    return fmt::format(
        "{} is empty: SSO sign-in (`aws sso login`) and SSO credentials need the region of your IAM "
        "Identity Center instance",
        fact.name);
  }
  return fmt::format(
      "{} is empty: clients created with this profile fail for want of a region (botocore \"You must "
      "specify a region.\", JS v3 \"Region is missing\") unless AWS_REGION or AWS_DEFAULT_REGION is set",
      fact.name);
}

void check_fact(const AnalyzedFile& file, const Scope& scope, const Fact& fact, FindingSink& out) {
  // Wrapped values are AWS407's (continuation lines, or AWS601's quotes over several
  // .env lines); templates are filled in later.
  if (fact.multi_line || is_template(fact.intended)) return;
  const bool dotenv = file.kind == FileKind::Dotenv;
  // `.env.example` and the like hold placeholders (`AWS_REGION=`, `your-region`): only
  // a value that is recognisably a region written wrong is worth reporting there.
  const bool template_file = dotenv && is_template_file(file.source->path());
  // A quoted or commented valid region is AWS103's: judge what the user meant.
  const RegionCheck check = aws::check_region(fact.intended);
  if (template_file && !check.suggestion && check.candidates.empty()) return;
  // AMAZON_REGION is named with the SDKs that read it (JS v2, Ruby).
  const std::string subject =
      fmt::format("{} \"{}\"", dotenv ? variable_label(fact) : fact.name, aws::scrub_text(fact.intended));
  std::string message;
  engine::Level level = engine::Level::Error;
  switch (check.verdict) {
    case RegionVerdict::Known:
    case RegionVerdict::PlausibleUnlisted:  // may be newer than our data: no finding
      return;
    case RegionVerdict::GlobalPseudoRegion:
      if (is_sso_region(fact)) {
        message = fmt::format(
            "{} is a global pseudo-region, not the region of an IAM Identity Center instance: SSO "
            "sign-in fails; set the region of your Identity Center instance (its console shows it)",
            subject);
      } else {
        // It works for IAM, STS, S3 and other global services, so this is a warning.
        level = engine::Level::Warning;
        message = fmt::format(
            "{} is a global pseudo-region: only services with one global endpoint (IAM, STS, S3, "
            "Route 53, CloudFront, Organizations) accept it, and clients of every regional service "
            "(EC2, Lambda, DynamoDB, ...) fail to resolve an endpoint; set a real region{}",
            subject, check.suggestion ? fmt::format(" such as {}", *check.suggestion) : "");
      }
      break;
    case RegionVerdict::DeprecatedFips:
      message = fmt::format(
          "{} is a deprecated FIPS pseudo-region: JS v3 maps it to {} with FIPS endpoints, but "
          "botocore (AWS CLI, boto3), Go v2 and the standard SDKs use it as written and most of their "
          "clients reach no endpoint; write {}",
          subject, *check.suggestion,
          dotenv ? fmt::format("{}={} and AWS_USE_FIPS_ENDPOINT=true", fact.name, *check.suggestion)
                 : fmt::format("{} = {} and use_fips_endpoint = true", fact.name, *check.suggestion));
      break;
    case RegionVerdict::Invalid:
      if (check.problem == RegionProblem::Empty && dotenv) {
        auto empty = empty_variable_message(fact);
        if (!empty) return;
        message = std::move(*empty);
        level = engine::Level::Warning;
      } else if (check.problem == RegionProblem::Empty) {
        message = empty_message(fact);
      } else {
        message = fmt::format("{} {}{}{}", subject, aws::scrub_text(check.reason), did_you_mean(check),
                              consequence(fact, check));
      }
      break;
  }
  engine::Finding& finding = out.report(*file.source, fact.span, std::move(message), identity(scope, fact));
  finding.level = level;
}

// ---- source code ----------------------------------------------------------------------
// Region literals given to a client, session, config or provider block, or written as the
// default of an environment read (the program uses it whenever the variable is unset).
// Variables and calls have no value to judge; an empty literal is left alone (most SDKs
// then fall back to their region chain); a client of an emulator or another service
// (endpoint outside AWS) takes any signing region.
void check_code_fact(const AnalyzedFile& file, const Scope& scope, const Fact& fact, FindingSink& out) {
  if (fact.dynamic || fact.intended.empty() || is_template_value(fact.intended)) return;
  const RegionCheck check = aws::check_region(fact.intended);
  const std::string subject =
      fmt::format("{} \"{}\" in {}", slot_label(fact), aws::scrub_text(fact.intended), scope.description);
  std::string message;
  engine::Level level = engine::Level::Error;
  switch (check.verdict) {
    case RegionVerdict::Known:
    case RegionVerdict::PlausibleUnlisted:
      return;
    case RegionVerdict::GlobalPseudoRegion:
      level = engine::Level::Warning;
      message = fmt::format(
          "{} is a global pseudo-region: only services with one global endpoint (IAM, STS, S3, Route 53, "
          "CloudFront, Organizations) accept it, and clients of every regional service fail to resolve an "
          "endpoint; pass a real region{}",
          subject, check.suggestion ? fmt::format(" such as {}", *check.suggestion) : "");
      break;
    case RegionVerdict::DeprecatedFips:
      message = fmt::format(
          "{} is a deprecated FIPS pseudo-region: JS v3 maps it to {} with FIPS endpoints, but botocore (boto3), "
          "Go v2 and the standard SDKs use it as written and most of their clients reach no endpoint; pass {} and "
          "turn FIPS on (botocore Config(use_fips_endpoint=True), JS v3 useFipsEndpoint: true, Go v2 "
          "UseFIPSEndpoint, or AWS_USE_FIPS_ENDPOINT=true)",
          subject, *check.suggestion, *check.suggestion);
      break;
    case RegionVerdict::Invalid:
      if (check.problem == RegionProblem::Empty) return;
      // In code, a word that is no attempt at a region ('unknown', 'auto', 'n/a' as the
      // fallback of an env read in a log line, Cloudflare R2's 'auto') is not a typo: only
      // values that resemble a region are reported.
      if (check.problem == RegionProblem::NotARegion && !check.suggestion && check.candidates.empty()) return;
      message = fmt::format("{} {}{}{}", subject, aws::scrub_text(check.reason), did_you_mean(check),
                            consequence(fact, check));
      break;
  }
  engine::Finding& finding = out.report(*file.source, fact.span, std::move(message), identity(scope, fact));
  finding.level = level;
}

void check_code(const AnalyzedFile& file, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry one region into several calls
  for (const Scope& scope : file.facts.scopes) {
    if (scope_targets_other_service(scope)) continue;
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Region || fact.dynamic || !once.first(fact)) continue;
      check_code_fact(file, scope, fact, out);
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (is_code(file)) {
    check_code(file, out);
    return;
  }
  // A .env that points the SDKs at another service (MinIO, R2, LocalStack) through an
  // *ENDPOINT* variable: the region is only the signing name that server expects.
  const bool dotenv_elsewhere = file.kind == FileKind::Dotenv && dotenv_targets_other_service(file);
  for (const Scope& scope : file.facts.scopes) {
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Region) continue;
      if (!is_sso_region(fact) && (dotenv_elsewhere || has_custom_endpoint(section_of(file, fact)))) continue;
      check_fact(file, scope, fact, out);
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws301 = {
    .id = "AWS301",
    .name = "invalid-region",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description = "Region value that no AWS partition knows.",
    .full_description =
        "A `region` or `sso_region` value of a profile, or an `AWS_REGION`, `AWS_DEFAULT_REGION` or `AMAZON_REGION` "
        "variable of a .env file, that is not a region code: a typo (`us-east1`, `useast1`), an availability "
        "zone or zone ID (`us-east-1a`, `use1-az1`), upper case, a console display name (\"US East (N. Virginia)\", "
        "\"Ireland\"), an empty value, an invented code, a deprecated FIPS pseudo-region (`fips-us-east-1`) or a "
        "global pseudo-region (`aws-global`, a warning). The message suggests the region that was most likely "
        "meant. Also checked for region literals passed to SDK clients, sessions, config objects and provider "
        "blocks in source code, and for literal defaults of region environment reads.",
    .help_markdown = R"md(Region value that no AWS partition knows.

## What is wrong
The SDKs do not check a region against a list: they build endpoint host names from
it (`sts.us-east1.amazonaws.com`) and sign requests for it. A wrong region therefore
fails late and obscurely: "Could not connect to the endpoint URL" (AWS CLI, boto3),
`getaddrinfo ENOTFOUND` (JS v3), "no such host" (Go v2), or a signature error.
Values that are not even host names are refused outright: botocore raises
`InvalidRegionError` ("Provided region_name 'US East (N. Virginia)' doesn't match a
supported format.") and JS v3 "Region not accepted".

Common mistakes, all reported with the region that was most likely meant:

| written | problem | meant |
|---|---|---|
| `us-east1`, `useast1`, `us_east_1`, `us-east-01` | misspelled | `us-east-1` |
| `us-east-1a`, `use1-az1`, `us-west-2-lax-1a` | availability zone, zone ID, Local Zone | `us-east-1`, `us-west-2` |
| `US-EAST-1` | upper case (AWS rejects the signature) | `us-east-1` |
| `US East (N. Virginia)`, `Ireland`, `Frankfurt` | console display name | `us-east-1`, `eu-west-1`, `eu-central-1` |
| `us-esat-1`, `moon-1` | no such region | the nearest code, if one is near |
| `region =` | empty: clients fail with "You must specify a region." | |

In a `.env` file the same values are reported for `AWS_REGION`, `AWS_DEFAULT_REGION`
and `AMAZON_REGION`. An **empty** variable (`AWS_DEFAULT_REGION=`) is a warning:
every loader (dotenv for Node, python-dotenv, docker compose, a shell) sets it to the
empty string, and the SDKs disagree about what that means. botocore (AWS CLI, boto3)
takes `AWS_DEFAULT_REGION=` as the region, so the profile's `region` no longer applies
and clients of regional services fail with "Invalid endpoint:
https://ec2..amazonaws.com"; JS v3 does the same with `AWS_REGION=` and fails with
"Region not accepted". Go v2, Ruby and JS v2 treat an empty variable as unset.

Two pseudo-regions get their own advice:

- **Deprecated FIPS pseudo-regions** (`fips-us-east-1`, `us-west-2-fips`): JS v3 maps
  them to the real region and turns FIPS endpoints on; botocore (AWS CLI, boto3), Go v2
  and the standard SDKs (Java v2, Rust, Kotlin) do not, so most of their clients reach
  no endpoint. Use the real region with `use_fips_endpoint = true`.
- **Global pseudo-regions** (`aws-global`, `aws-cn-global`, ...): only services with one
  global endpoint (IAM, STS, S3, Route 53, CloudFront, Organizations) accept them. In a
  profile's `region` every client gets it, so every regional service fails: this is
  reported as a warning. As `sso_region` it is an error.

Not reported:

- A code shaped like a region of a partition but missing from credlint's data
  (`ap-southeast-9`): it may be newer than the data, and nothing offline can tell.
- Any `region` of a profile with its own `endpoint_url` (or `services` section):
  LocalStack, MinIO or Cloudflare R2 (`region = auto`) take the region as a plain
  signing name.
- Templates such as `${AWS_REGION}` or `{{ region }}` that a tool fills in.
- In `.env.example`, `.env.sample`, `.env.template` and other files meant to be copied
  and filled in: empty values and placeholders (`your-region`); only a value that is
  recognisably a region written wrong (`us-east1`, `us-east-1a`) is reported there.
- A `.env` whose `AWS_ENDPOINT_URL` (or another `*ENDPOINT*` variable) points at a
  service other than AWS: the region is only the signing name that server expects.
- An empty `AMAZON_REGION`: the SDKs that read it (JS v2, Ruby) treat it as unset.
- A valid region in quotes or followed by an inline comment: AWS103 reports that.

## How to fix
Write the region code, in lower case, exactly as `aws ec2 describe-regions` lists it:

```ini
# bad
[profile dev]
region = Ireland
sso_region = us-east1

# fixed
[profile dev]
region = eu-west-1
sso_region = us-east-1
```

For FIPS endpoints:

```ini
[profile gov]
region = us-gov-west-1
use_fips_endpoint = true
```

Or set it with `aws configure set region eu-west-1 --profile dev`.

In a `.env` file:

```sh
# bad
AWS_REGION=eu-west-1a
AWS_DEFAULT_REGION=

# fixed (or delete the AWS_DEFAULT_REGION line to use the profile's region)
AWS_REGION=eu-west-1
AWS_DEFAULT_REGION=eu-west-1
```

## In source code
Region literals given to an SDK client, session, config object or provider block
(`region_name=`, `region:`, `.region(Region.of("..."))`, `config.WithRegion("...")`,
Terraform `region = "..."`), and literal defaults of environment reads
(`os.getenv("AWS_REGION", "...")`, used whenever the variable is unset), are checked the
same way. Values from variables set elsewhere or from calls are not judged, nor empty
strings, templates (`${AWS_REGION}`) or clients whose endpoint is not AWS (Cloudflare R2
takes `auto`, MinIO any name). Only calls the queries recognise as AWS SDK calls give
facts, so `region="us-central1"` of a Google Cloud client is not reported.

```python
# bad
boto3.client("s3", region_name="us-east1")
# fixed
boto3.client("s3", region_name="us-east-1")
```

```go
// bad
config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1a"))
// fixed
config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
```
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_file = &check,
};

}  // namespace credlint::rules
