// AWS401 config-profile-missing-prefix: `[name]` in a config file, which the SDKs do
// not read as a profile.
#include <optional>
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

// Sections of ~/.aws/config that are not profiles but that the AWS CLI reads:
// `[plugins]` (CLI plugins) and `[preview]` (CLI v1 preview commands).
bool is_cli_section(std::string_view content) { return content == "plugins" || content == "preview"; }

std::string with_article(std::string_view type) {
  return fmt::format("{} {}", type == "sso-session" ? "an" : "a", type);
}

// What the header should have been, and why it is not.
struct Diagnosis {
  std::string problem;          // "is not a profile", ...
  std::string fixed;            // "[profile dev]"
  bool missing_prefix = false;  // a plain `[dev]`: the profile name is the whole header
};

Diagnosis diagnose(std::string_view content) {
  const std::size_t blank = content.find_first_of(" \t");
  const std::string_view first = content.substr(0, blank);
  const std::string_view rest = blank == std::string_view::npos ? "" : core::trim_blanks(content.substr(blank));
  if (!rest.empty()) {
    const std::string lower = core::ascii_lower(first);
    for (std::string_view type : kSectionTypes) {
      if (lower == type) {
        return {fmt::format("is not {} section: the section type is case-sensitive", with_article(type)),
                fmt::format("[{} {}]", type, rest)};
      }
      if (core::edit_distance(lower, type, 2) <= 2) {
        return {fmt::format("is not {} section: \"{}\" is no section type", with_article(type), first),
                fmt::format("[{} {}]", type, rest)};
      }
    }
  }
  if (core::ascii_lower(content) == "default") {
    return {"is not the default profile: section names are case-sensitive", "[default]"};
  }
  for (std::string_view type : kSectionTypes) {
    if (content == type) return {"has no name", fmt::format("[{} NAME]", type)};
    if (content.size() > type.size() && content.substr(0, type.size()) == type && type == "profile") {
      // `[profiledev]`: the prefix needs a blank after it.
      return {fmt::format("is not profile \"{}\": the SDKs need a blank after \"profile\"", content.substr(7)),
              fmt::format("[profile {}]", content.substr(7))};
    }
  }
  return {"is not a profile", fmt::format("[profile {}]", content), /*missing_prefix=*/true};
}

// "botocore (AWS CLI, boto3) reads it as profile "foo"; Go v2, JS v3 and the standard
// SDK parser ignore it" or "every SDK ignores it".
std::string readings(const ini::Section& section) {
  std::vector<Sdk> ignoring;
  std::string readers;
  for (Sdk sdk : ini::kAllSdks) {
    const ini::HeaderReading& reading = section.reading(sdk);
    if (reading.kind == SectionKind::Profile) {
      readers += fmt::format("{}{} reads it as profile \"{}\"", readers.empty() ? "" : "; ", ini::sdk_display_name(sdk),
                             aws::scrub_text(reading.name));
    } else {
      ignoring.push_back(sdk);
    }
  }
  if (readers.empty()) return "every SDK ignores it and its properties";
  return fmt::format("only {}; {} {} it", readers, sdk_names(ignoring), ignoring.size() == 1 ? "ignores" : "ignore");
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.profile) return;
  for (const ini::Section& section : file.profile->sections) {
    if (!section.has_header || section.kind != SectionKind::Ignored || !header_is_closed(file, section)) continue;
    const std::string_view content = core::trim_blanks(section.inner);
    if (content.empty() || is_cli_section(content)) continue;
    // `[profile a b]`, `[profile "a"]`: a profile header with an invalid name (AWS407).
    if (section_prefix(content)) continue;
    const Diagnosis diagnosis = diagnose(content);
    const std::string header = aws::scrub_text(fmt::format("[{}]", content));
    std::string message = fmt::format("{} in a config file {}; {}; write {}", header, diagnosis.problem,
                                      readings(section), aws::scrub_text(diagnosis.fixed));
    if (diagnosis.missing_prefix) {
      message += fmt::format(
          " (`--profile {0}` fails with \"The config profile ({0}) could not be found\" unless the "
          "credentials file defines it)",
          aws::scrub_text(content));
    }
    // At the text inside the brackets: the name is what needs the prefix.
    out.report(*file.source, section.name_span, std::move(message), identity(section, "header"));
  }
}

}  // namespace

extern const engine::RuleDef kAws401 = {
    .id = "AWS401",
    .name = "config-profile-missing-prefix",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config},
    .phase = engine::Phase::PerFile,
    .short_description = "Section `[name]` in the config file, which the SDKs do not read as a profile.",
    .full_description =
        "In the config file (~/.aws/config) a profile section is written `[profile name]`; only `[default]` goes "
        "without the prefix. The SDKs drop a section `[name]`, a capitalised `[Profile name]` or a misspelled "
        "`[profle name]`, so the profile gets none of its settings and is not found at all unless the credentials "
        "file defines it. botocore (AWS CLI, boto3) alone also accepts any word starting with `profile` "
        "(`[profilex name]`), so such a file works with the AWS CLI and fails everywhere else.",
    .help_markdown = R"md(Section `[name]` in the config file, which the SDKs do not read as a profile.

## What is wrong
The two shared files name profiles differently:

| file | profile `dev` | the default profile |
|---|---|---|
| `~/.aws/credentials` | `[dev]` | `[default]` |
| `~/.aws/config` | `[profile dev]` | `[default]` |

A section without the `profile ` prefix in the config file is not a profile. botocore
(AWS CLI, boto3) keeps it as an unrelated top-level section, and Go v2, JS v3 and the
standard SDKs (Java v2, Rust, Kotlin) drop it. Its settings (`region`, `role_arn`,
`sso_*`, ...) are never used, and if the credentials file does not define the profile
either, selecting it fails:

- AWS CLI / boto3: `The config profile (dev) could not be found`
- Go v2: `failed to get shared config profile, dev`
- JS v3: `Profile dev could not be found or parsed in shared credentials file.`

The section type is case-sensitive (`[Profile dev]` is not a profile either), and so is
its spelling: `[sso-sesion corp]` is silently ignored. botocore alone only checks that
the header *starts with* `profile`, so `[profilex dev]` is profile `dev` for the AWS
CLI and nothing for every other SDK: scripts work and applications fail.

The AWS CLI's own non-profile sections `[plugins]` and `[preview]` are not reported;
nor are `[profile ...]` headers whose name is invalid (AWS407 reports those).

## How to fix
Add the prefix (or fix its spelling):

```ini
# bad: ~/.aws/config
[dev]
region = eu-west-1

# fixed
[profile dev]
region = eu-west-1
```

`aws configure --profile dev` writes the right header for each file.
)md",
    .precision = "very-high",
    .security_severity = "2.0",
    .check_file = &check,
};

}  // namespace credlint::rules
