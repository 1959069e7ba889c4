// AWS402 credentials-profile-has-prefix: `[profile name]` in a credentials file, which no
// SDK reads as profile "name".
#include <map>
#include <string>
#include <vector>

#include "core/text.h"
#include "rules/support/profile_lookup.h"
#include "rules/support/rule_support.h"
#include "rules/support/section_headers.h"

namespace credlint::rules {
namespace {

using ini::Sdk;
using ini::SectionKind;

// `botocore (AWS CLI, boto3) reads a profile named "profile dev", JS v3 one named
// "profile.dev", the standard SDK parser (...) and Go v2 ignore the section`
std::string readings(const ini::Section& section) {
  std::map<std::string, std::vector<Sdk>> by_name;  // the readers of each name
  std::vector<Sdk> ignoring;
  for (Sdk sdk : ini::kAllSdks) {
    const ini::HeaderReading& reading = section.reading(sdk);
    if (reading.kind == SectionKind::Profile) {
      by_name[reading.name].push_back(sdk);
    } else {
      ignoring.push_back(sdk);
    }
  }
  std::string out;
  for (const auto& [name, sdks] : by_name) {
    out += fmt::format("{}{} {} a profile named \"{}\"", out.empty() ? "" : ", ", sdk_names(sdks),
                       sdks.size() == 1 ? "reads" : "read", aws::scrub_text(name));
  }
  if (!ignoring.empty()) {
    out += fmt::format("{}{} {} the section", out.empty() ? "" : "; ", sdk_names(ignoring),
                       ignoring.size() == 1 ? "ignores" : "ignore");
  }
  return out;
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.profile) return;
  for (const ini::Section& section : file.profile->sections) {
    // An unterminated header is AWS407's.
    if (!section.has_header || !header_is_closed(file, section)) continue;
    // The name after "profile" and blanks.
    const auto name = after_prefix(core::trim_blanks(section.inner), "profile");
    if (!name || name->empty()) continue;
    const std::string shown_name = aws::scrub_text(*name);
    out.report(*file.source, section.name_span,
               fmt::format("[profile {0}] in a credentials file is not profile \"{0}\": {1}; write [{0}] (the "
                           "`profile ` prefix belongs in the config file only)",
                           shown_name, readings(section)),
               identity(section, "header"));
  }
}

}  // namespace

extern const engine::RuleDef kAws402 = {
    .id = "AWS402",
    .name = "credentials-profile-has-prefix",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Credentials},
    .phase = engine::Phase::PerFile,
    .short_description = "Section `[profile name]` in the credentials file, which no SDK reads as profile \"name\".",
    .full_description =
        "In the credentials file (~/.aws/credentials) a profile section is the bare name, `[name]`; the `profile ` "
        "prefix belongs to the config file. The SDKs disagree on what `[profile name]` is there: botocore (AWS CLI, "
        "boto3) reads a profile literally named \"profile name\", JS v3 one named \"profile.name\", Go v2 and the "
        "standard SDKs (Java v2, Rust, Kotlin) ignore the section. None of them gives profile \"name\" these keys.",
    .help_markdown = R"md(Section `[profile name]` in the credentials file, which no SDK reads as profile "name".

## What is wrong
The two shared files name profiles differently:

| file | profile `dev` |
|---|---|
| `~/.aws/credentials` | `[dev]` |
| `~/.aws/config` | `[profile dev]` |

Copying a section from the config file into the credentials file keeps the prefix,
and then every SDK reads something else:

| SDK | reads `[profile dev]` in the credentials file as |
|---|---|
| botocore (AWS CLI, boto3) | a profile named `profile dev` |
| JS v3 | a profile named `profile.dev` |
| Go v2, Java v2, Rust, Kotlin | nothing: the section is ignored |

So `--profile dev` does not get these credentials: it fails with "The config profile
(dev) could not be found" (AWS CLI), "failed to get shared config profile, dev"
(Go v2) or "Profile dev could not be found or parsed in shared credentials file."
(JS v3), or quietly uses other credentials if the config file defines `dev`.

## How to fix
Drop the prefix in the credentials file:

```ini
# bad: ~/.aws/credentials
[profile dev]
aws_access_key_id = AKIA...
aws_secret_access_key = ...

# fixed
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
```

`aws configure --profile dev` writes the right header for each file.
)md",
    .precision = "very-high",
    .security_severity = "2.0",
    .check_file = &check,
};

}  // namespace credlint::rules
