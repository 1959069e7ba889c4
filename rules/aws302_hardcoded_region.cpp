// AWS302 hardcoded-region: a region literal written into an SDK client, session, config
// object or provider block in source code, where configuration should decide it.
#include "aws/regions.h"
#include "rules/support/code_facts.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// Languages whose files are configuration themselves (CloudFormation, SAM, serverless.yml,
// docker-compose, GitHub Actions, JSON settings): a region there is where it belongs.
bool is_configuration_language(std::string_view language) { return language == "yaml" || language == "json"; }

// Which literals count. Not: values from a variable set elsewhere or a call (dynamic);
// the default of an environment read (`os.getenv("AWS_REGION", "us-east-1")` already takes
// the region from configuration and only falls back to the literal) and `os.environ[...]`
// writes (both are named after the variable: the program sets configuration, which is
// what the help recommends doing outside code); values AWS301 reports as invalid;
// clients given an endpoint that is not a literal AWS host (an emulator, a local daemon,
// a URL built at run time: the region is then only the signing name it expects); test files, where a fixed region is what moto and the emulators need.
bool is_hardcoded(const Scope& scope, const Fact& fact) {
  if (fact.kind != FactKind::Region || fact.dynamic || fact.intended.empty()) return false;
  if (names_environment_variable(fact) || is_template_value(fact.intended)) return false;
  const aws::RegionVerdict verdict = aws::check_region(fact.intended).verdict;
  if (verdict == aws::RegionVerdict::Invalid) return false;  // AWS301's finding
  return !scope_has_custom_endpoint(scope);
}

std::string how_to_configure(std::string_view language) {
  if (language == "python") {
    return "drop region_name and let botocore read AWS_DEFAULT_REGION or the profile's region, or pass "
           "region_name=os.environ[\"AWS_REGION\"]";
  }
  if (language == "javascript" || language == "typescript" || language == "tsx") {
    return "drop region and let JS v3 read AWS_REGION or the profile's region (fromIni, AWS_PROFILE), or pass "
           "region: process.env.AWS_REGION";
  }
  if (language == "java" || language == "kotlin") {
    return "drop .region(...) and let DefaultAwsRegionProviderChain read AWS_REGION, the aws.region system "
           "property or the profile's region";
  }
  if (language == "go") {
    return "drop config.WithRegion(...) and let config.LoadDefaultConfig read AWS_REGION or the profile's region";
  }
  if (language == "c_sharp") {
    return "drop RegionEndpoint and let the SDK read AWS_REGION or the profile's region";
  }
  if (language == "hcl") {
    return "take it from a variable (region = var.region) or leave it out and let the provider read AWS_REGION or "
           "the profile's region";
  }
  return "drop it and let the SDK read AWS_REGION (or AWS_DEFAULT_REGION) or the profile's region";
}

// `variable "region" { default = "us-west-2" }`: a Terraform input variable is how a
// configuration takes its region from outside (-var, *.tfvars, TF_VAR_region).
bool is_terraform_variable(std::string_view language, const Scope& scope) {
  // A `backend "s3"` block cannot use variables at all (Terraform reads it before any
  // variable exists), so its literal region is not a choice to report either.
  return language == "hcl" &&
         (scope.description.rfind("block variable ", 0) == 0 || scope.description.rfind("block backend ", 0) == 0);
}

// An AWS CDK stack's `env: { region }` names where the stack is deployed: deployment
// configuration, like serverless.yml's provider region, not an SDK client that ignores
// AWS_REGION (and CDK's own variable is CDK_DEFAULT_REGION, which the help cannot offer).
bool is_cdk_stack_environment(std::string_view language, const Scope& scope) {
  return (language == "javascript" || language == "typescript" || language == "tsx") &&
         scope.description == "block env";
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (is_configuration_language(file.language) || is_test_path(file.source->path())) return;
  OncePerLiteral once;  // a variable may carry one region into several clients
  for (const Scope& scope : file.facts.scopes) {
    if (is_terraform_variable(file.language, scope) || is_cdk_stack_environment(file.language, scope)) continue;
    for (const Fact& fact : scope.facts) {
      if (!is_hardcoded(scope, fact) || !once.first(fact)) continue;
      out.report(*file.source, fact.span,
                 fmt::format("region {} is written into {}{}: the program runs in that region wherever it is "
                             "deployed, whatever AWS_REGION or the profile says; {}",
                             aws::scrub_text(fact.intended), scope.description,
                             fact.via_variable ? " through a variable" : "", how_to_configure(file.language)),
                 identity(scope, fact));
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws302 = {
    .id = "AWS302",
    .name = "hardcoded-region",
    .level = engine::Level::Note,
    .applies_to = {FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description = "Region literal passed to an SDK client, session, provider block or config object in code.",
    .full_description =
        "A region written as a literal (or a region enum constant such as Region.EU_WEST_1) into an SDK client, "
        "session, config object or Terraform provider block pins the program to that region wherever it runs, and "
        "overrides AWS_REGION, AWS_DEFAULT_REGION and the profile's region, so the same code cannot be pointed at "
        "another region without a change. Not reported: YAML and JSON configuration (CloudFormation, SAM, "
        "serverless.yml, compose files, workflows), Terraform variable defaults and S3 backends, AWS CDK stack "
        "environments (env: { region }), the literal default of an "
        "environment read, os.environ writes, test files, and clients given an endpoint that is not a literal AWS "
        "host (LocalStack, MinIO, a local daemon, a URL built at run time).",
    .help_markdown = R"md(Region literal passed to an SDK client, session, provider block or config object in code.

## What is wrong
Every SDK resolves the region from configuration when the code does not pass one:
`AWS_REGION` (JS v3, Java v2, .NET, Go v2 first), `AWS_DEFAULT_REGION` (botocore and
the AWS CLI, Go v2 second), then the `region` of the selected profile. A literal in the
code beats all of them: the program runs in that region in every environment, and
moving it (a second region, a disaster-recovery copy, a developer's sandbox account)
needs a code change. It also hides where the region comes from: the AWS CLI on the same
machine uses another one.

This is a note, not an error: a service that must live in one region may pin it on
purpose (then say so in a comment and suppress the finding with
`credlint:ignore[AWS302]`).

Not reported: YAML and JSON files (CloudFormation, SAM, `serverless.yml`, compose
files, GitHub Actions workflows), where the region is configuration; the `default` of
a Terraform `variable` block, which `-var`, `*.tfvars` and `TF_VAR_*` override; the literal
default of an environment read such as `os.getenv("AWS_REGION", "us-east-1")`, which
already takes the region from configuration; `os.environ["AWS_REGION"] = ...` writes;
test files (moto and the emulators need a fixed region); clients given an endpoint
that is not a literal AWS host (a local emulator or daemon, another service, a URL built
at run time), whose region is only the signing name it expects; invalid values (AWS301
reports them). A literal
reached through a variable is reported once, where it is written.

## How to fix
Leave the region out and let the SDK's region chain decide, or read it from the
environment explicitly:

```python
# bad
s3 = boto3.client("s3", region_name="eu-west-1")

# fixed: botocore reads AWS_DEFAULT_REGION or the profile's region
s3 = boto3.client("s3")
# or, explicitly
s3 = boto3.client("s3", region_name=os.environ["AWS_REGION"])
```

```java
// bad
S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).build();

// fixed: DefaultAwsRegionProviderChain reads AWS_REGION, aws.region or the profile
S3Client s3 = S3Client.builder().build();
```

```hcl
# bad
provider "aws" {
  region = "eu-west-1"
}

# fixed
provider "aws" {
  region = var.region
}
```

Then set the region where the program runs: `export AWS_REGION=eu-west-1`, the
`region` of the profile (`aws configure set region eu-west-1 --profile prod`), the task
definition's environment or the Lambda runtime (which sets `AWS_REGION` itself).
)md",
    .precision = "high",
    .security_severity = "1.0",
    .check_file = &check,
};

}  // namespace credlint::rules
