// AWS408 unknown-or-misspelled-property: a property name no SDK reads that is close to
// one they do, or a known name in a spelling (upper case) JS v3 does not see; in .env
// files, the same for environment variable names.
#include <algorithm>
#include <optional>

#include "aws/environment_variables.h"
#include "aws/properties.h"
#include "core/text.h"
#include "parse/ini/profile_facts.h"
#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::Property;
using ini::Section;
using ini::SectionKind;

bool is_all_upper(std::string_view name) {
  bool letters = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters;
}

// What a name nobody reads costs, in terms of the property it was meant to be.
std::string consequence(std::string_view meant) {
  switch (aws::property_role(meant)) {
    case aws::PropertyRole::AccessKeyId:
    case aws::PropertyRole::SecretAccessKey:
    case aws::PropertyRole::SessionToken:
      return fmt::format("the profile has no {} for any SDK", meant);
    case aws::PropertyRole::Region:
      return fmt::format("no SDK takes the {} from it", meant);
    default:
      return "no SDK uses it";
  }
}

// Names AWS407 reports: an SDK setting hidden behind an invisible character or quotes.
bool decorated_sdk_name(const Property& property) {
  if (property.name_valid) return false;
  const std::string cleaned = core::ascii_lower(ini::intended_value(property.name));
  return cleaned != property.key && aws::is_sdk_property(cleaned);
}

void check_case(const AnalyzedFile& file, const Section& section, const Property& property, FindingSink& out) {
  const std::string name = aws::scrub_text(property.name);
  const std::string message =
      is_all_upper(property.name)
          ? fmt::format(
                "`{}` is written in upper case, like the environment variable: botocore (AWS CLI, boto3), "
                "Go v2 and the standard parser lower-case property names and read `{}`, but JS v3 reads "
                "names case-sensitively and does not see it; write `{}`",
                name, property.key, property.key)
          : fmt::format(
                "`{}` has upper-case letters: botocore (AWS CLI, boto3), Go v2 and the standard parser "
                "lower-case property names and read `{}`, but JS v3 reads names case-sensitively and does not "
                "see it; write `{}`",
                name, property.key, property.key);
  out.report(*file.source, property.name_span, message, identity(section, property.key + "/case"));
}

void check_top_level(const AnalyzedFile& file, const Section& section, const Property& property, FindingSink& out) {
  if (decorated_sdk_name(property)) return;
  if (aws::is_known_property(property.key)) {
    if (property.name != property.key && aws::is_sdk_property(property.key)) {
      check_case(file, section, property, out);
      return;
    }
    if (const auto parent = aws::nested_only_parent(property.key)) {
      out.report(*file.source, property.name_span,
                 fmt::format("`{}` is an {} setting that the AWS CLI reads only nested under `{} =`; at the top level "
                             "of a profile no SDK uses it",
                             property.key, *parent, *parent),
                 identity(section, property.key + "/nesting"));
    }
    return;
  }
  const std::optional<std::string> meant = aws::intended_property(property.key);
  if (!meant) return;  // far from every known name: probably a tool's own setting
  out.report(*file.source, property.name_span,
             fmt::format("no SDK reads a property named `{}`, so {}: did you mean `{}`?",
                         aws::scrub_text(property.name), consequence(*meant), *meant),
             identity(section, property.key));
}

// `s3 =` / `s3api =` followed by indented `name = value` lines in a profile.
void check_s3_block(const AnalyzedFile& file, const Section& section, const Property& block, FindingSink& out) {
  for (const ini::SubProperty& sub : block.sub_properties) {
    const std::optional<std::string> meant = aws::intended_s3_sub_property(sub.key);
    if (!meant) continue;
    out.report(*file.source, sub.name_span,
               fmt::format("the AWS CLI reads no `{}` setting under `{} =`: did you mean `{}`?",
                           aws::scrub_text(sub.key), block.key, *meant),
               identity(section, block.key + "." + sub.key));
  }
}

// `[services NAME]`: every key names a service, and the settings go underneath it.
void check_services_section(const AnalyzedFile& file, const Section& section, FindingSink& out) {
  for (const Property& property : section.properties) {
    if (property.key == "endpoint_url") {
      out.report(*file.source, property.name_span,
                 "`endpoint_url` directly in a [services ...] section is not read by any SDK: nest it under the "
                 "service it is for (`s3 =` then an indented `endpoint_url = ...`)",
                 identity(section, property.key + "/nesting"));
      continue;
    }
    for (const ini::SubProperty& sub : property.sub_properties) {
      if (aws::is_sdk_property(sub.key)) continue;
      const std::optional<std::string> meant = aws::intended_property(sub.key);
      if (!meant) continue;
      out.report(*file.source, sub.name_span,
                 fmt::format("no SDK reads the setting `{}` for service `{}`: did you mean `{}`?",
                             aws::scrub_text(sub.key), aws::scrub_text(property.key), *meant),
                 identity(section, property.key + "." + sub.key));
    }
  }
}

// ---- .env files ------------------------------------------------------------------------

// [A-Za-z_][A-Za-z0-9_]*: what a shell accepts as a variable name.
bool is_portable_name(std::string_view name) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  return !name.empty() && letter(name.front()) &&
         std::all_of(name.begin(), name.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

std::string dotenv_message(const dotenv::Entry& entry, const aws::IntendedVariable& meant) {
  const std::string name = aws::scrub_text(entry.name);
  if (meant.case_only) {
    return fmt::format(
        "`{}` is not in upper case: on Linux and macOS the SDKs look environment variables up case-sensitively and "
        "read only `{}`, so none gets the {} from this line (only Windows matches names in any case); write `{}` "
        "(settings libraries that match names case-insensitively still find it)",
        name, meant.name, meant.what, meant.name);
  }
  const bool lower = std::any_of(entry.name.begin(), entry.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return fmt::format(
      "no SDK reads a variable named `{}`, so none gets the {} from this line: did you mean `{}`{}? It "
      "is read by {}",
      name, meant.what, meant.name, lower ? " (in upper case)" : "", meant.read_by);
}

void check_dotenv(const AnalyzedFile& file, FindingSink& out) {
  // In an .envrc, a variable that is not exported is a shell variable (often lower-case
  // on purpose): it never reaches a program's environment.
  const bool shell_script = is_shell_script(file);
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (shell_script && !entry.exported) continue;
    // Names no shell accepts (AWS-REGION) are AWS601's.
    if (!is_portable_name(entry.name)) continue;
    const std::optional<aws::IntendedVariable> meant = aws::intended_variable(entry.name);
    if (!meant) continue;
    out.report(*file.source, entry.name_span, dotenv_message(entry, *meant), fmt::format("variable/{}", entry.name));
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (file.dotenv) {
    check_dotenv(file, out);
    return;
  }
  if (!file.profile) return;
  for (const Section& section : file.profile->sections) {
    // Sections no SDK reads as a profile (AWS401/AWS402/AWS407 say why) and CLI-only
    // sections such as [plugins] hold names of their own.
    if (!section.has_header) continue;
    if (section.kind == SectionKind::Services) {
      check_services_section(file, section, out);
      continue;
    }
    if (section.kind != SectionKind::Profile && section.kind != SectionKind::SsoSession) continue;
    for (const Property& property : section.properties) {
      check_top_level(file, section, property, out);
      if (property.opens_sub_properties && (property.key == "s3" || property.key == "s3api")) {
        check_s3_block(file, section, property, out);
      }
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws408 = {
    .id = "AWS408",
    .name = "unknown-or-misspelled-property",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "A property or environment variable name that no SDK reads, close to one they do.",
    .full_description =
        "The SDKs silently ignore properties they do not know, so a misspelled name (`aws_secret_key`, "
        "`region_name`, `role-arn`) leaves the profile without that setting. JS v3 also reads property names "
        "case-sensitively: `AWS_ACCESS_KEY_ID` or `Region` work with the AWS CLI, Go v2 and Java v2, which "
        "lower-case names, and are invisible to JS v3. In .env files the same goes for environment variables "
        "(`AWS_SECRET_ACESS_KEY`, `AWS_DEFAULT_REGOIN`, a lower-case `aws_access_key_id`). Names far from every "
        "known one are left alone: they are usually settings of other tools or the application's own.",
    .help_markdown = R"md(A property or environment variable name that no SDK reads, close to one they do.

## What is wrong
The shared config and credentials files have a fixed vocabulary
(`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`, `region`,
`role_arn`, `source_profile`, `sso_session`, ...; see the AWS SDKs and Tools
Reference Guide, "Settings reference"). A property with any other name is ignored
without a warning by every SDK, so the profile behaves as if the line were not there:
no secret key (AWS204 reports the half pair), no region, no role.

Common causes:
- names from other places: the environment variable (`AWS_SECRET_ACCESS_KEY`), a boto3
  keyword argument (`region_name`), the old boto2/Java v1 names (`aws_secret_key`,
  `aws_access_key`);
- typos and hyphens (`aws_secret_acess_key`, `role-arn`);
- upper-case letters: botocore (AWS CLI, boto3), Go v2 and Java v2 lower-case property
  names, but JS v3 compares them as written, so `AWS_ACCESS_KEY_ID = ...` works with the
  AWS CLI and is missing in a Node.js application;
- S3 transfer settings (`max_concurrent_requests`, `addressing_style`, ...) written at the
  top level instead of under `s3 =`.

Settings of popular tools (aws-vault's `include_profile`, saml2aws's
`x_security_token_expires`, the expiry fields of credential helpers) are known and not
reported.

## In .env files
The SDKs read a fixed set of environment variables (`AWS_ACCESS_KEY_ID`,
`AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`, `AWS_DEFAULT_REGION`,
`AWS_PROFILE`, ...; see the AWS SDKs and Tools Reference Guide, "Environment variables"),
and look them up case-sensitively on Linux and macOS. A misspelled name
(`AWS_SECRET_ACESS_KEY`, `AWS_DEFAULT_REGOIN`, `AWS_SECRET_ACCESS_KEY_ID`) or a lower-case
one (`aws_access_key_id`) sets a variable nobody reads.

To stay quiet on the many `AWS_*` variables applications define for themselves, only
names close to a credential, region, profile, web-identity or file-location variable
are reported: within one typing slip (a letter missing, added, changed, or two letters
swapped) for names under 14 characters such as `AWS_REGION`, within two for longer ones.
A name that extends the SDK's (`AWS_REGIONS`, `AWS_PROFILE_NAME`), contains digits
(`AWS_REGION2`) or does not start with `AWS` is never reported, nor are the names AWS
runtimes and tools set (`AWS_LAMBDA_*`, `AWS_EXECUTION_ENV`, `AWS_VAULT`), the other SDK
settings (`AWS_ENDPOINT_URL_<SERVICE>`, `AWS_CA_BUNDLE`, ...) and the legacy names some SDKs
still read (`AWS_SECRET_KEY`, `AWS_ACCESS_KEY`, `AMAZON_*`, `AWS_SECURITY_TOKEN`: AWS204
reports them when they leave a pair incomplete for the other SDKs). In an `.envrc`, only
exported variables are checked.

## How to fix
Rename the property to the name the message suggests, in lower case; in a .env file,
rename the variable to the name the message suggests, in upper case:

```sh
# Bad
AWS_SECRET_ACESS_KEY=...
aws_region=eu-west-1
# Fixed
AWS_SECRET_ACCESS_KEY=...
AWS_REGION=eu-west-1
```

In a profile file:

Bad:
```ini
[dev]
AWS_ACCESS_KEY_ID = AKIA...
aws_secret_key = ...
region_name = eu-west-1
```

Fixed:
```ini
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
region = eu-west-1
```
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_file = &check,
};

}  // namespace credlint::rules
