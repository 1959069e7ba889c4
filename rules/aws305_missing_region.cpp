// AWS305 missing-region: the profile the SDKs will use sets no region, and no region
// variable is set either: in the user's own home (with the scan's environment), and for
// the profile a scanned .env file selects.
#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

#include "core/text.h"
#include "rules/support/profile_lookup.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// An SDK family, how it picks the active profile, and what it says without a region
// (aws-semantics.md §1.7, §3.1, §5.1 item 6).
struct SdkFamily {
  std::string_view name;
  std::string_view profile_variables[2];  // checked in this order, then "default"
  std::string_view no_region_error;
};

constexpr SdkFamily kFamilies[] = {
    {"botocore (AWS CLI, boto3)",
     {"AWS_DEFAULT_PROFILE", "AWS_PROFILE"},
     "NoRegionError \"You must specify a region.\""},
    {"Go v2", {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}, "\"Invalid Configuration: Missing Region\""},
    {"JS v3", {"AWS_PROFILE", {}}, "\"Region is missing\""},
    {"Java v2", {"AWS_PROFILE", {}}, "\"Unable to load region from any of the providers in the chain\""},
};

const std::string* non_empty(const engine::Environment& environment, std::string_view name) {
  if (name.empty()) return nullptr;
  const std::string* value = environment.get(std::string(name));
  return value != nullptr && !value->empty() ? value : nullptr;
}

// The profile a family uses, and the variable that chose it ("AWS_PROFILE=dev"; empty for "default").
std::pair<std::string, std::string> selected_profile(const SdkFamily& family, const engine::Environment& environment) {
  for (std::string_view variable : family.profile_variables) {
    if (const std::string* value = non_empty(environment, variable)) {
      return {*value, fmt::format("{}={}", variable, *value)};
    }
  }
  return {"default", ""};
}

struct Selection {
  std::vector<const SdkFamily*> families;
  std::vector<std::string> reasons;
};

std::string describe_selection(const std::string& profile, const Selection& selection) {
  std::vector<std::string> names;
  for (const SdkFamily* family : selection.families) names.emplace_back(family->name);
  std::vector<std::string> reasons;
  for (const std::string& reason : selection.reasons) {
    if (!reason.empty() && std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
      reasons.push_back(reason);
  }
  const std::string who = selection.families.size() == std::size(kFamilies) ? "every SDK" : join_list(names);
  const bool one = selection.families.size() == 1 || selection.families.size() == std::size(kFamilies);
  return fmt::format("profile \"{}\", which {} {}{},", profile, who, one ? "uses" : "use",
                     reasons.empty() ? "" : fmt::format(" ({})", join_list(reasons)));
}

std::string failures(const Selection& selection) {
  std::vector<std::string> parts;
  for (const SdkFamily* family : selection.families) {
    parts.push_back(fmt::format("{}: {}", family->name, family->no_region_error));
  }
  return join_list(parts);
}

void check_home(const engine::ProfileHome& home, const ScanContext& scan, FindingSink& out) {
  std::map<std::string, Selection> selections;
  for (const SdkFamily& family : kFamilies) {
    auto [profile, reason] = selected_profile(family, scan.environment);
    Selection& selection = selections[profile];
    selection.families.push_back(&family);
    selection.reasons.push_back(std::move(reason));
  }
  for (const auto& [profile, selection] : selections) {
    const ini::ResolvedSection* section = home.profiles.profile(profile);
    // A profile that does not exist is AWS403's finding.
    if (section == nullptr || section->source == nullptr || section->section == nullptr) continue;
    const ini::ResolvedValue* region = home.profiles.value(profile, "region");
    if (region != nullptr && !region->value.empty()) continue;
    out.report(*section->source, section->section->header_span,
               fmt::format("{} {} and neither AWS_REGION nor AWS_DEFAULT_REGION is set: clients created without an "
                           "explicit region fail ({})",
                           describe_selection(profile, selection),
                           region != nullptr ? "has an empty region" : "sets no region", failures(selection)),
               fmt::format("profile {}/missing-region", profile));
  }
}

// ---- a .env file that selects a profile -------------------------------------------------

// The last non-empty assignment of a variable: every .env loader keeps the last one.
const Fact* dotenv_variable(const Scope& scope, std::string_view name) {
  const Fact* last = nullptr;
  for (const Fact& fact : scope.facts) {
    if (fact.name == name && !fact.intended.empty()) last = &fact;
  }
  return last;
}

// Any region variable serves at least some SDKs (which ones is AWS303's subject); a
// `${VAR}` reference is filled in at run time.
bool dotenv_sets_region(const AnalyzedFile& file) {
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.name != "AWS_REGION" && entry.name != "AWS_DEFAULT_REGION") continue;
    if (entry.only_reference || !core::strip_value_decoration(entry.value).empty()) return true;
  }
  return false;
}

// A profile the .env selects for some families, and the line that selects it.
struct DotenvSelection {
  Selection selection;
  const Fact* selector = nullptr;  // AWS_PROFILE when it selects for any family in the group
};

// The variable's last assignment is a `${VAR}` reference: its value is unknown here.
bool is_reference(const AnalyzedFile& file, std::string_view name) {
  bool reference = false;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.name == name) reference = entry.only_reference;
  }
  return reference;
}

std::map<std::string, DotenvSelection> dotenv_selections(const AnalyzedFile& file, const Scope& scope) {
  std::map<std::string, DotenvSelection> selections;
  for (const SdkFamily& family : kFamilies) {
    for (std::string_view variable : family.profile_variables) {
      if (variable.empty()) continue;
      // Filled in at run time: this family's profile is unknown.
      if (is_reference(file, variable)) break;
      const Fact* fact = dotenv_variable(scope, variable);
      if (fact == nullptr) continue;
      DotenvSelection& entry = selections[fact->intended];
      entry.selection.families.push_back(&family);
      entry.selection.reasons.push_back(fmt::format("{}={}", variable, fact->intended));
      if (entry.selector == nullptr || variable == "AWS_PROFILE") entry.selector = fact;
      break;  // the family's first variable that is set decides
    }
  }
  return selections;
}

// The profiles named `name` in the scanned homes, when none of them sets a region.
std::vector<ProfileMatch> profiles_without_region(const ScanContext& scan, const std::string& name) {
  std::vector<ProfileMatch> matches = find_profile(scan, name);
  for (const ProfileMatch& match : matches) {
    const ini::ResolvedValue* region = match.home->profiles.value(name, "region");
    // A region in any of the homes may be the one the machine running the code has.
    if (region != nullptr && !core::strip_value_decoration(region->value).empty()) return {};
  }
  return matches;
}

void check_dotenv(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  if (dotenv_sets_region(file)) return;
  for (const Scope& scope : file.facts.scopes) {
    for (const auto& [profile, selected] : dotenv_selections(file, scope)) {
      // A profile no scanned home defines is AWS403's finding.
      const std::vector<ProfileMatch> matches = profiles_without_region(scan, profile);
      if (matches.empty()) continue;
      engine::Finding& finding = out.report(
          *file.source, selected.selector->span,
          fmt::format("{} sets no region, and {} sets neither AWS_REGION nor AWS_DEFAULT_REGION: clients created "
                      "without an explicit region fail ({})",
                      describe_selection(profile, selected.selection), scope.description, failures(selected.selection)),
          fmt::format("{}/profile {}/missing-region", scope.description, profile));
      for (const ProfileMatch& match : matches) {
        if (match.profile->source == nullptr || match.profile->section == nullptr) continue;
        finding.related.push_back(engine::Location{match.profile->source, match.profile->section->header_span,
                                                   fmt::format("profile \"{}\", without a region", profile)});
      }
    }
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const auto& file : scan.files) {
    if (file->kind == FileKind::Dotenv && file->dotenv) check_dotenv(*file, scan, out);
  }
  // Any region variable serves at least some SDKs; which ones is AWS303's subject.
  if (non_empty(scan.environment, "AWS_REGION") || non_empty(scan.environment, "AWS_DEFAULT_REGION")) return;
  for (const engine::ProfileHome& home : scan.homes) {
    if (home.is_user_home) check_home(home, scan, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws305 = {
    .id = "AWS305",
    .name = "missing-region",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::Project,
    .short_description = "The profile the SDKs will use sets no region, and no region variable is set.",
    .full_description =
        "In the user's own files (`--aws-home`): the profile selected by AWS_PROFILE / AWS_DEFAULT_PROFILE (or "
        "`default`) has no `region`, and neither AWS_REGION nor AWS_DEFAULT_REGION is set. For a scanned .env file: "
        "the profile it selects is defined in a scanned config or credentials file without a `region`, and the "
        ".env sets neither AWS_REGION nor AWS_DEFAULT_REGION. Every client created without an explicit region "
        "fails: botocore NoRegionError \"You must specify a region.\", JS v3 \"Region is missing\", Go v2 "
        "\"Invalid Configuration: Missing Region\".",
    .help_markdown = R"md(The profile the SDKs will use sets no region, and no region variable is set.

## What is wrong
An SDK client needs a region to build its endpoint and to sign requests. Unless the
code passes one, the SDKs take it from the environment or from the active profile:

| SDK | active profile | region sources, in order |
|---|---|---|
| botocore (AWS CLI, boto3) | `AWS_DEFAULT_PROFILE`, `AWS_PROFILE`, `default` | `AWS_DEFAULT_REGION`, profile `region` |
| Go v2 | `AWS_PROFILE`, `AWS_DEFAULT_PROFILE`, `default` | `AWS_REGION`, `AWS_DEFAULT_REGION`, profile `region` |
| JS v3 | `AWS_PROFILE`, `default` | `AWS_REGION`, profile `region` |
| Java v2 | `AWS_PROFILE`, `default` | `AWS_REGION`, profile `region` |

With none of them set, every client created without an explicit region fails:
botocore raises `NoRegionError` ("You must specify a region."), JS v3 throws
"Region is missing", Go v2 fails at endpoint resolution with "Invalid
Configuration: Missing Region", Java v2 with "Unable to load region from any of the
providers in the chain". The profile's `region` is read from the config file and
from the credentials file (credentials first).

Note that `AWS_DEFAULT_REGION` alone serves botocore and Go v2 but not JS v3 or
Java v2, and `AWS_REGION` alone serves Go v2, JS v3 and Java v2 but not the AWS CLI.
A `region` in the profile serves them all.

## How to fix
Set the region in the profile:

```ini
# bad: ~/.aws/config
[default]
output = json

# fixed
[default]
region = eu-west-1
output = json
```

or run `aws configure set region eu-west-1` (add `--profile NAME` for another
profile). If you rely on environment variables instead, export both:
`export AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1`.

## In .env files
A `.env` that selects a profile (`AWS_PROFILE=staging`; `AWS_DEFAULT_PROFILE`
for botocore and Go v2) hands the region question to that profile. When a scanned
config or credentials file defines the profile without a `region` and the `.env`
sets no region variable, the finding points at the selecting line, with the
profile's header as related location. Set the region in the profile, or in the
`.env` for every SDK:

```sh
# bad: .env (profile staging has no region)
AWS_PROFILE=staging

# fixed
AWS_PROFILE=staging
AWS_REGION=eu-west-1
AWS_DEFAULT_REGION=eu-west-1
```

A profile that no scanned file defines is AWS403's finding; a `${VAR}` reference is
filled in at run time and is not judged.
)md",
    .precision = "high",
    .security_severity = "2.0",
    .check_project = &check,
};

}  // namespace credlint::rules
