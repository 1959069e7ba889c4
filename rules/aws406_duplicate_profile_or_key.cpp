// AWS406 duplicate-profile-or-key: a profile (or sso-session, services section) or a
// property defined twice in one file. botocore refuses the whole file; the others merge.
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "aws/properties.h"
#include "parse/ini/profile_facts.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::ProfileDocument;
using ini::ProfileFileKind;
using ini::Property;
using ini::Sdk;
using ini::Section;
using ini::SectionKind;

// configparser merges repeated [DEFAULT] blocks instead of raising DuplicateSectionError.
constexpr std::string_view kConfigparserDefaults = "DEFAULT";

std::string what_section(const Section& section) {
  const std::string name = aws::scrub_text(section.name);
  switch (section.kind) {
    case SectionKind::Profile:
      return fmt::format("profile \"{}\"", name);
    case SectionKind::SsoSession:
      return fmt::format("sso-session \"{}\"", name);
    case SectionKind::Services:
      return fmt::format("services \"{}\"", name);
    case SectionKind::Ignored:
      break;
  }
  return fmt::format("section [{}]", aws::scrub_text(section.inner));
}

std::string header(const Section& section) { return fmt::format("[{}]", aws::scrub_text(section.inner)); }

bool same_standard_section(const Section& a, const Section& b) {
  return a.kind != SectionKind::Ignored && a.kind == b.kind && a.name == b.name;
}

// configparser (botocore) compares the raw text between the brackets.
bool same_configparser_section(const Section& a, const Section& b) {
  return !a.botocore_section.empty() && a.botocore_section == b.botocore_section &&
         a.botocore_section != kConfigparserDefaults;
}

bool same_reading(const Section& a, const Section& b, Sdk sdk) {
  return a.reading(sdk).kind != SectionKind::Ignored && a.reading(sdk) == b.reading(sdk);
}

// Valid property names both sections set: the later section's values win the merge.
std::vector<std::string> overlapping_keys(const Section& first, const Section& later) {
  std::vector<std::string> keys;
  for (const Property& property : later.properties) {
    if (!property.name_valid) continue;
    const bool in_first = std::any_of(first.properties.begin(), first.properties.end(),
                                      [&](const Property& p) { return p.name_valid && p.key == property.key; });
    const bool listed = std::find(keys.begin(), keys.end(), property.key) != keys.end();
    if (in_first && !listed) keys.push_back(property.key);
  }
  return keys;
}

// ---- Sections ------------------------------------------------------------------------------

// `[default]` and `[profile default]` in one config file: never merged (aws-semantics.md
// §1.2). The standard parser, Go v2 and JS v3 keep `[profile default]` wherever it is;
// botocore keeps whichever comes last.
std::string default_pair_message(const Section& first, const Section& later) {
  if (later.bare_default) {
    return fmt::format(
        "[default] defines profile \"default\" again after [profile default] (line {}): {}, Go v2 and JS v3 use "
        "only [profile default] and ignore every setting here, while {} uses only this later [default]; merge the "
        "two into [profile default]",
        first.line, kStandardParser, kBotocore);
  }
  return fmt::format(
      "[profile default] defines profile \"default\" again after [default] (line {}): every SDK uses only [profile "
      "default] and ignores every setting under [default] (they are not merged); move them here",
      first.line);
}

std::string duplicate_section_message(const ProfileDocument& doc, std::size_t first_index, std::size_t later_index) {
  const Section& first = doc.sections[first_index];
  const Section& later = doc.sections[later_index];
  std::string message = fmt::format("{} is defined twice in this file (first at line {}{})", what_section(later),
                                    first.line, first.inner == later.inner ? "" : fmt::format(" as {}", header(first)));
  std::vector<std::string> sdk_notes;
  bool botocore_refuses = false;
  for (std::size_t i = 0; i < later_index; ++i) botocore_refuses |= same_configparser_section(doc.sections[i], later);
  if (botocore_refuses) {
    sdk_notes.push_back(
        fmt::format("{} refuses the whole file (DuplicateSectionError: \"Unable to parse config "
                    "file\")",
                    kBotocore));
  } else if (same_reading(first, later, Sdk::Botocore)) {
    sdk_notes.push_back(
        fmt::format("{} uses only the later section and ignores every setting of the first", kBotocore));
  } else {
    sdk_notes.push_back(fmt::format("{} does not read both headers as this {}", kBotocore,
                                    later.kind == SectionKind::Profile ? "profile" : "section"));
  }
  std::vector<std::string> mergers = {std::string(kStandardParser)};
  for (Sdk sdk : {Sdk::GoV2, Sdk::JsV3}) {
    if (same_reading(first, later, sdk)) {
      mergers.emplace_back(ini::sdk_display_name(sdk));
    } else {
      sdk_notes.push_back(fmt::format("{} does not read both headers as this {}", ini::sdk_display_name(sdk),
                                      later.kind == SectionKind::Profile ? "profile" : "section"));
    }
  }
  const std::vector<std::string> overlap = overlapping_keys(first, later);
  std::string merge = fmt::format("{} merge the two sections", join_list(mergers));
  if (!overlap.empty()) {
    merge += fmt::format(", the values here winning for {}", join_list(overlap));
  }
  sdk_notes.insert(sdk_notes.begin() + 1, merge);
  std::string notes;
  for (const std::string& note : sdk_notes) notes += (notes.empty() ? "" : "; ") + note;
  return message + ": " + notes;
}

// A section that no SDK but botocore reads as a profile, repeated: configparser still
// refuses the file.
std::string duplicate_raw_section_message(const Section& first, const Section& later) {
  return fmt::format(
      "section {} appears twice in this file (first at line {}): {} refuses the whole file (DuplicateSectionError: "
      "\"Unable to parse config file\") even though the other SDKs do not read it as a profile",
      header(later), first.line, kBotocore);
}

void check_sections(const AnalyzedFile& file, FindingSink& out) {
  const ProfileDocument& doc = *file.profile;
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& later = doc.sections[i];
    if (!later.has_header) continue;
    std::optional<std::size_t> first_standard;
    std::optional<std::size_t> first_raw;
    for (std::size_t j = 0; j < i; ++j) {
      const Section& earlier = doc.sections[j];
      if (!earlier.has_header) continue;
      if (!first_standard && same_standard_section(earlier, later)) first_standard = j;
      if (!first_raw && same_configparser_section(earlier, later)) first_raw = j;
    }
    std::string message;
    std::size_t first_index = 0;
    if (first_standard && first_raw) {
      // The same header text again: whatever came between, configparser refuses the file.
      first_index = *first_raw;
      message = duplicate_section_message(doc, first_index, i);
    } else if (first_standard) {
      first_index = *first_standard;
      const Section& first = doc.sections[first_index];
      const bool default_pair = doc.kind == ProfileFileKind::Config && first.bare_default != later.bare_default;
      message = default_pair ? default_pair_message(first, later) : duplicate_section_message(doc, first_index, i);
    } else if (first_raw) {
      first_index = *first_raw;
      message = duplicate_raw_section_message(doc.sections[first_index], later);
    } else {
      continue;
    }
    const Section& first = doc.sections[first_index];
    // At the name inside the brackets, like AWS401: the name is what is repeated.
    engine::Finding& finding =
        out.report(*file.source, later.name_span, std::move(message), identity(later, "duplicate-section"));
    finding.related.push_back(
        engine::Location{file.source.get(), first.name_span, fmt::format("first definition of {}", header(first))});
  }
}

// ---- Properties ----------------------------------------------------------------------------

// Both values, as a message may show them: key IDs redacted, secrets and tokens never.
std::string both_values(const Property& first, const Property& later) {
  const std::string a = ini::intended_value(first.value);
  const std::string b = ini::intended_value(later.value);
  if (a == b) return "the same value twice";
  const aws::PropertyRole role = aws::property_role(later.key);
  if (role == aws::PropertyRole::AccessKeyId) {
    return fmt::format("first {}, then {}", aws::redact_key_id(a), aws::redact_key_id(b));
  }
  // Only settings whose values are never secrets are quoted: not credentials, and not
  // unknown names, which may be misspelled credentials.
  if (aws::is_credential_role(role) || role == aws::PropertyRole::Unknown) return "two different values";
  return fmt::format("first \"{}\", then \"{}\"", aws::scrub_text(a), aws::scrub_text(b));
}

std::string duplicate_property_message(const Section& section, const Property& first, const Property& later) {
  std::string where = section.kind == SectionKind::Ignored ? header(section) : what_section(section);
  std::string message = fmt::format(
      "`{}` is set twice in {} (first at line {}; {}): {} refuses the whole file "
      "(DuplicateOptionError: \"Unable to parse config file\")",
      aws::scrub_text(later.name), where, first.line, both_values(first, later), kBotocore);
  if (section.kind == SectionKind::Ignored) {
    return message + " even though the other SDKs do not read this section as a profile";
  }
  if (first.name != later.name) {
    return message + fmt::format(
                         "; {} and Go v2 use the last value, while JS v3, which reads names "
                         "case-sensitively, sees `{}` and `{}` as two different properties",
                         kStandardParser, aws::scrub_text(first.name), aws::scrub_text(later.name));
  }
  return message + fmt::format("; {}, Go v2 and JS v3 use the last value", kStandardParser);
}

void check_properties(const AnalyzedFile& file, FindingSink& out) {
  for (const Section& section : file.profile->sections) {
    if (!section.has_header) continue;
    std::map<std::string, const Property*> first_by_key;
    for (const Property& property : section.properties) {
      auto [it, inserted] = first_by_key.emplace(property.key, &property);
      if (inserted) continue;
      const Property& first = *it->second;
      engine::Finding& finding =
          out.report(*file.source, property.name_span, duplicate_property_message(section, first, property),
                     identity(section, property.key + "/duplicate"));
      finding.related.push_back(engine::Location{file.source.get(), first.name_span,
                                                 fmt::format("first definition of `{}`", aws::scrub_text(first.name))});
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.profile) return;
  check_sections(file, out);
  check_properties(file, out);
}

}  // namespace

extern const engine::RuleDef kAws406 = {
    .id = "AWS406",
    .name = "duplicate-profile-or-key",
    .level = engine::Level::Error,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::PerFile,
    .short_description = "A profile or property defined twice in one file.",
    .full_description =
        "botocore and the AWS CLI read the shared files with Python's configparser in strict mode, which refuses "
        "the whole file when a section or a key in one section appears twice (DuplicateSectionError, "
        "DuplicateOptionError: \"Unable to parse config file\"). The other SDKs merge the sections and let the "
        "last value win, so the same file works with one tool and breaks another. `[default]` and "
        "`[profile default]` in one config file are never merged: most SDKs use only `[profile default]`, "
        "botocore whichever comes last.",
    .help_markdown = R"md(A profile or property defined twice in one file.

## What is wrong
| | standard parser (Java v2, Rust, Kotlin) | botocore (AWS CLI, boto3) | Go v2 | JS v3 |
|---|---|---|---|---|
| the same `[section]` twice | merged, last value wins | **whole file refused** (DuplicateSectionError) | merged | merged |
| the same key twice in one section (names compared case-insensitively) | last value wins | **whole file refused** (DuplicateOptionError) | last value wins | last value wins; `Region` and `region` are two different keys |
| `[profile a]` and `[profile  a]` (written differently) | merged | the later section replaces the first | merged | `[profile  a]` is not read |
| `[default]` and `[profile default]` in the config file | only `[profile default]` | whichever comes last | only `[profile default]` | only `[profile default]` |

With the AWS CLI every command then fails with "Unable to parse config file: ~/.aws/config"
(or the credentials file), while an application using another SDK keeps working with
whichever value came last, which may be a stale key.

## How to fix
Keep one section per profile and one line per key: merge the two sections, keeping the
value you want, and delete the other line. `aws configure list --profile NAME` shows which
values the AWS CLI uses once the file parses again.

Bad:
```ini
[default]
region = us-east-1

[profile default]
output = json

[profile dev]
region = eu-west-1
region = eu-central-1
```

Fixed:
```ini
[profile default]
region = us-east-1
output = json

[profile dev]
region = eu-central-1
```
)md",
    .precision = "very-high",
    .security_severity = "4.0",
    .check_file = &check,
};

}  // namespace credlint::rules
