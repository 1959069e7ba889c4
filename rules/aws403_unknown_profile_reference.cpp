// AWS403 unknown-profile-reference: source_profile or sso_session naming a profile or
// sso-session that the files of the same home do not define, and AWS_PROFILE or
// AWS_DEFAULT_PROFILE of a .env naming a profile that no scanned home defines.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "parse/ini/profile_facts.h"
#include "rules/support/code_facts.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_lookup.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::Sdk;
using ini::SectionKind;

struct Reference {
  const engine::ProfileHome* home = nullptr;
  std::string profile;  // the referring profile
  const ini::ResolvedValue* value = nullptr;
};

std::string location(const SectionRef& ref) {
  return fmt::format("{}:{}", ref.file->source->path(), ref.section->line);
}

// A section written for profile `target` that the SDKs do not read as it
// (HomeProfiles::misplaced_profile), and the header to write instead.
std::string misplaced_explanation(const SectionRef& misplaced, const std::string& target) {
  const std::string shown_target = aws::scrub_text(target);
  const bool config = misplaced.file->kind == FileKind::Config;
  return fmt::format("\"{}\" is written [{}] at {}, which the SDKs do not read as profile \"{}\": write [{}]",
                     shown_target, aws::scrub_text(core::trim_blanks(misplaced.section->inner)), location(misplaced),
                     shown_target, config ? "profile " + shown_target : shown_target);
}

// `source_profile = "base"` where profile base exists: Go v2 alone removes the quotes.
bool only_quotes_differ(const HomeProfiles& lookup, const std::string& target, SectionKind kind) {
  const std::string unquoted = ini::intended_value(target);
  if (unquoted == target || unquoted.empty()) return false;
  return kind == SectionKind::Profile ? lookup.defines_profile(unquoted) : lookup.defines_sso_session(unquoted);
}

// The likeliest explanations of a missing name, most specific first.
std::vector<std::string> explanations(const ScanContext& scan, const HomeProfiles& lookup, const Reference& ref,
                                      const std::string& target, SectionKind kind) {
  std::vector<std::string> out;
  const std::string shown_target = aws::scrub_text(target);
  if (only_quotes_differ(lookup, target, kind)) {
    out.push_back(fmt::format("only Go v2 removes the quotes and finds \"{}\": write the name without them",
                              aws::scrub_text(ini::intended_value(target))));
    return out;
  }
  if (kind == SectionKind::Profile) {
    if (auto misplaced = lookup.misplaced_profile(target)) out.push_back(misplaced_explanation(*misplaced, target));
  } else if (lookup.defines_profile(target)) {
    out.push_back(fmt::format("\"{}\" is a profile, not an [sso-session {}] section", shown_target, shown_target));
  }
  const std::vector<Sdk> readers = lookup.sdks_reading(kind, target);
  if (!readers.empty()) {
    out.push_back(fmt::format("only {} {} a header of this home as \"{}\"", sdk_names(readers),
                              readers.size() == 1 ? "reads" : "read", shown_target));
  }
  if (kind == SectionKind::Profile) {
    const auto others = other_homes_defining(scan, *ref.home, target);
    if (!others.empty()) {
      out.push_back(fmt::format("it is defined in {}, whose files the SDKs do not read together with these",
                                aws::scrub_text(others.front()->label)));
    }
  }
  if (auto nearest = lookup.nearest(kind, target, ref.profile)) {
    out.push_back(fmt::format("did you mean \"{}\"?", aws::scrub_text(*nearest)));
  }
  return out;
}

bool contains(const std::vector<Sdk>& sdks, Sdk sdk) { return std::find(sdks.begin(), sdks.end(), sdk) != sdks.end(); }

// "The AWS CLI and boto3 fail with "...", Go v2 with "..."": the errors of the SDKs that
// do not find the name (aws-semantics.md §2.3 C4, C10).
std::string sdk_errors(const HomeProfiles& lookup, const Reference& ref, const std::string& target, SectionKind kind) {
  std::vector<Sdk> readers = lookup.sdks_reading(kind, target);
  if (only_quotes_differ(lookup, target, kind)) readers.push_back(Sdk::GoV2);
  const std::string p = aws::scrub_text(ref.profile);
  const std::string t = aws::scrub_text(target);
  const bool profile = kind == SectionKind::Profile;
  struct Error {
    std::string who;
    bool plural;
    std::string text;  // empty: no message of its own
  };
  std::vector<Error> errors;
  if (!contains(readers, Sdk::Botocore)) {
    errors.push_back(
        {"the AWS CLI and boto3", true,
         profile ? fmt::format("The source_profile \"{}\" referenced in the profile \"{}\" does not exist.", t, p)
                 : fmt::format("The specified sso-session does not exist: \"{}\"", t)});
  }
  if (!contains(readers, Sdk::GoV2)) {
    errors.push_back({"Go v2", false,
                      profile ? fmt::format("failed to get shared config profile, {}", t)
                              : fmt::format("failed to find SSO session section, {}", t)});
  }
  if (!contains(readers, Sdk::JsV3)) {
    errors.push_back({"JS v3", false,
                      profile ? fmt::format("Profile {} could not be found or parsed in shared credentials file.", t)
                              : std::string()});
  }
  std::string out;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const Error& e = errors[i];
    if (i > 0) out += i + 1 == errors.size() ? " and " : ", ";
    out += i == 0 ? fmt::format("{} {}", e.who, e.plural ? "fail" : "fails") : e.who;
    out += e.text.empty() ? " with a TypeError" : fmt::format(" with \"{}\"", e.text);
  }
  return out;
}

void report(const ScanContext& scan, const HomeProfiles& lookup, const Reference& ref, SectionKind kind,
            FindingSink& out) {
  const ini::ResolvedValue& value = *ref.value;
  const std::string& target = value.value;
  const bool profile = kind == SectionKind::Profile;
  std::string message =
      profile ? fmt::format(
                    "source_profile \"{}\" of profile \"{}\" names no profile of this home's config and "
                    "credentials files",
                    aws::scrub_text(target), aws::scrub_text(ref.profile))
              : fmt::format(
                    "sso_session \"{}\" of profile \"{}\" names no [sso-session {}] section of this home's "
                    "config file",
                    aws::scrub_text(target), aws::scrub_text(ref.profile), aws::scrub_text(target));
  for (const std::string& explanation : explanations(scan, lookup, ref, target, kind)) message += "; " + explanation;
  if (std::string errors = sdk_errors(lookup, ref, target, kind); !errors.empty()) {
    errors.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(errors.front())));
    message += (message.back() == '?' ? " " : ". ") + errors;
  }
  out.report(*value.source, value.property->value_span, std::move(message),
             fmt::format("profile \"{}\"/{}", ref.profile, profile ? "source_profile" : "sso_session"));
}

void check_home(const ScanContext& scan, const engine::ProfileHome& home, FindingSink& out) {
  const HomeProfiles lookup(home);
  for (const auto& [name, profile] : home.profiles.profiles) {
    auto check_reference = [&](const char* key, SectionKind kind, bool knowable) {
      auto it = profile.properties.find(key);
      if (!knowable || it == profile.properties.end() || it->second.value.empty()) return;
      if (it->second.property == nullptr || it->second.source == nullptr) return;
      const bool defined = kind == SectionKind::Profile ? lookup.defines_profile(it->second.value)
                                                        : lookup.defines_sso_session(it->second.value);
      if (!defined) report(scan, lookup, Reference{&home, name, &it->second}, kind, out);
    };
    check_reference("source_profile", SectionKind::Profile, lookup.knows_all_profiles());
    check_reference("sso_session", SectionKind::SsoSession, lookup.knows_all_sso_sessions());
  }
}

// ---- AWS_PROFILE and AWS_DEFAULT_PROFILE of a .env file ----------------------------------
//
// Who reads which (aws-semantics.md §1.7): botocore takes the first of AWS_DEFAULT_PROFILE,
// AWS_PROFILE that is present, even empty, and fails with ProfileNotFound when it names
// no profile; Go v2 takes the first non-empty of AWS_PROFILE, AWS_DEFAULT_PROFILE and
// fails only for AWS_PROFILE (a missing AWS_DEFAULT_PROFILE is silently ignored); JS v3
// reads AWS_PROFILE only (`||`: empty is unset).

constexpr std::string_view kProfileVar = "AWS_PROFILE";
constexpr std::string_view kDefaultProfileVar = "AWS_DEFAULT_PROFILE";

// One selector variable as the file sets it (its last assignment: every loader keeps the
// last one, AWS602 reports the others).
struct Selector {
  enum class State { Absent, Empty, Name, Reference } state = State::Absent;
  const Fact* fact = nullptr;  // Empty and Name
};

Selector selector(const AnalyzedFile& file, const Scope& scope, std::string_view name) {
  Selector out;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.name != name) continue;
    out = Selector{};
    if (entry.only_reference) {
      out.state = Selector::State::Reference;  // `${AWS_PROFILE}`: filled in elsewhere
      continue;
    }
    for (const Fact& fact : scope.facts) {
      if (fact.kind == FactKind::Profile && fact.name_span == entry.name_span) out.fact = &fact;
    }
    if (out.fact != nullptr) out.state = out.fact->intended.empty() ? Selector::State::Empty : Selector::State::Name;
  }
  return out;
}

// Some reading of the value (the standard one, the one meant, or another loader's)
// names a profile of some home: whatever differs is AWS103's or AWS601's.
bool names_defined_profile(const ScanContext& scan, const Fact& fact) {
  if (!find_profile(scan, fact.value).empty() || !find_profile(scan, fact.intended).empty()) return true;
  return std::any_of(fact.other_readings.begin(), fact.other_readings.end(),
                     [&](const facts::Reading& reading) { return !find_profile(scan, reading.value).empty(); });
}

std::string quoted_profile(const Fact& fact) { return fmt::format("\"{}\"", aws::scrub_text(fact.intended)); }

// "ci/.aws and --aws-home"
std::string home_labels(const ScanContext& scan) {
  std::string out;
  const std::size_t shown_homes = std::min<std::size_t>(scan.homes.size(), 3);
  for (std::size_t i = 0; i < shown_homes; ++i) {
    if (i > 0) out += i + 1 == shown_homes && scan.homes.size() <= 3 ? " and " : ", ";
    out += aws::scrub_text(scan.homes[i].label.empty() ? "." : scan.homes[i].label);
  }
  if (scan.homes.size() > 3) out += fmt::format(" and {} more", scan.homes.size() - 3);
  return out;
}

// Why the name is missing, as far as the scanned homes tell.
std::vector<std::string> dotenv_explanations(const ScanContext& scan, const std::string& target) {
  std::vector<std::string> out;
  const std::string shown_target = aws::scrub_text(target);
  for (const engine::ProfileHome& home : scan.homes) {
    const HomeProfiles lookup(home);
    if (auto misplaced = lookup.misplaced_profile(target)) {
      out.push_back(misplaced_explanation(*misplaced, target));
      break;
    }
  }
  for (const engine::ProfileHome& home : scan.homes) {
    const std::vector<Sdk> readers = HomeProfiles(home).sdks_reading(SectionKind::Profile, target);
    if (readers.empty()) continue;
    out.push_back(fmt::format("only {} {} a header of {} as \"{}\"", sdk_names(readers),
                              readers.size() == 1 ? "reads" : "read", aws::scrub_text(home.label), shown_target));
    break;
  }
  if (auto nearest = nearest_profile_in_scan(scan, target)) {
    out.push_back(fmt::format("did you mean \"{}\"?", aws::scrub_text(*nearest)));
  }
  return out;
}

// What each SDK family does with the .env's selectors when `variable` names no profile:
// "The AWS CLI and boto3 fail with "...", Go v2 with "..."; <what the others use>".
std::string dotenv_sdk_outcomes(const ScanContext& scan, std::string_view variable, const Fact& fact,
                                const Selector& profile_var, const Selector& default_var) {
  using State = Selector::State;
  const std::string name = aws::scrub_text(fact.intended);
  const bool is_default_var = variable == kDefaultProfileVar;
  struct Failure {
    std::string who;
    bool plural;
    std::string error;
  };
  std::vector<Failure> failures;
  std::vector<std::string> others;
  // botocore: AWS_DEFAULT_PROFILE first, if present at all.
  if (is_default_var || default_var.state == State::Absent) {
    failures.push_back(
        {"the AWS CLI and boto3", true, fmt::format("The config profile ({}) could not be found", name)});
  } else {
    others.push_back("botocore (AWS CLI, boto3) reads AWS_DEFAULT_PROFILE first");
  }
  if (!is_default_var) {
    failures.push_back({"Go v2", false, fmt::format("failed to get shared config profile, {}", name)});
    failures.push_back(
        {"JS v3", false, fmt::format("Profile {} could not be found or parsed in shared credentials file.", name)});
  } else if (profile_var.state == State::Name && names_defined_profile(scan, *profile_var.fact)) {
    others.push_back(fmt::format("Go v2 and JS v3 use AWS_PROFILE ({})", quoted_profile(*profile_var.fact)));
  } else if (profile_var.state == State::Name || profile_var.state == State::Reference) {
    others.push_back("Go v2 and JS v3 read AWS_PROFILE first");
  } else {
    others.push_back(
        "Go v2 ignores an AWS_DEFAULT_PROFILE that names no profile and JS v3 never reads it: both use the default "
        "profile");
  }
  std::string out;
  for (std::size_t i = 0; i < failures.size(); ++i) {
    const Failure& f = failures[i];
    if (i > 0) out += i + 1 == failures.size() ? " and " : ", ";
    out += i == 0 ? fmt::format("{} {}", f.who, f.plural ? "fail" : "fails") : f.who;
    out += fmt::format(" with \"{}\"", f.error);
  }
  for (const std::string& other : others) out += "; " + other;
  out.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(out.front())));
  return out;
}

// `AWS_PROFILE=` / `AWS_DEFAULT_PROFILE=`: every loader sets the variable to the empty
// string, and botocore takes that as a profile name when it selects the variable.
void report_empty(const AnalyzedFile& file, const Scope& scope, std::string_view variable, const Fact& fact,
                  FindingSink& out) {
  const bool is_default_var = variable == kDefaultProfileVar;
  engine::Finding& finding = out.report(
      *file.source, fact.span,
      fmt::format("{} is empty: botocore (AWS CLI, boto3) takes the empty string as the profile name and fails with "
                  "\"The config profile () could not be found\"; {}. Delete the line, or name a profile",
                  variable,
                  is_default_var ? "Go v2 treats it as unset and JS v3 never reads it"
                                 : "Go v2 and JS v3 treat it as unset and use the default profile"),
      identity(scope, fact));
  finding.level = engine::Level::Warning;  // only the Python stack fails
}

void check_dotenv(const ScanContext& scan, const AnalyzedFile& file, FindingSink& out) {
  // `.env.example` and the like name placeholder profiles, or none yet.
  if (!file.dotenv || is_template_file(file.source->path())) return;
  // A name is unknown only if some home tells every profile it defines (a repository
  // that commits `.aws/config` alone may keep the profile in an unscanned credentials
  // file); with no profile file read at all, nothing is known.
  const bool names_judgeable = any_profile_file_read(scan) && any_home_knows_all_profiles(scan);
  using State = Selector::State;
  for (const Scope& scope : file.facts.scopes) {
    const Selector profile_var = selector(file, scope, kProfileVar);
    const Selector default_var = selector(file, scope, kDefaultProfileVar);
    for (std::string_view variable : {kDefaultProfileVar, kProfileVar}) {
      const Selector& self = variable == kProfileVar ? profile_var : default_var;
      if (self.state == State::Empty) {
        // botocore selects an empty AWS_PROFILE only when AWS_DEFAULT_PROFILE is absent.
        if (variable == kDefaultProfileVar || default_var.state == State::Absent) {
          report_empty(file, scope, variable, *self.fact, out);
        }
        continue;
      }
      if (self.state != State::Name || !names_judgeable || names_defined_profile(scan, *self.fact)) continue;
      std::string message = fmt::format("{}={} names no profile of the scanned config and credentials files ({})",
                                        variable, aws::scrub_text(self.fact->intended), home_labels(scan));
      for (const std::string& explanation : dotenv_explanations(scan, self.fact->intended))
        message += "; " + explanation;
      message += (message.back() == '?' ? " " : ". ") +
                 dotenv_sdk_outcomes(scan, variable, *self.fact, profile_var, default_var);
      out.report(*file.source, self.fact->span, std::move(message), identity(scope, *self.fact));
    }
  }
}

// ---- profiles named in source code -------------------------------------------------------
// `boto3.Session(profile_name="x")`, `fromIni({ profile: "x" })`,
// `config.WithSharedConfigProfile("x")`, `ProfileCredentialsProvider.create("x")`,
// `os.environ["AWS_PROFILE"] = "x"`: like a .env's AWS_PROFILE, the name is looked up in
// every scanned home and judged only when some home was read whole. `default` is not
// judged: it is the profile every machine is expected to set up for itself.

// What the file's SDK says when the profile is missing.
std::string code_sdk_error(std::string_view language, const std::string& name) {
  if (language == "python") {
    return fmt::format("botocore (boto3) raises ProfileNotFound (\"The config profile ({}) could not be found\")",
                       name);
  }
  if (language == "go") return fmt::format("Go v2 fails with \"failed to get shared config profile, {}\"", name);
  if (language == "javascript" || language == "typescript" || language == "tsx") {
    return fmt::format("JS v3 fails with \"Profile {} could not be found or parsed in shared credentials file.\"",
                       name);
  }
  return "the SDK finds no credentials or settings for it and fails when the client is first used";
}

void check_code(const ScanContext& scan, const AnalyzedFile& file, FindingSink& out) {
  if (!any_profile_file_read(scan) || !any_home_knows_all_profiles(scan)) return;
  OncePerLiteral once;  // a variable may carry one name into several calls
  for (const Scope& scope : file.facts.scopes) {
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Profile || fact.dynamic || fact.intended.empty()) continue;
      if (fact.intended == "default" || is_template_value(fact.intended)) continue;
      if (!find_profile(scan, fact.intended).empty() || !once.first(fact)) continue;
      const std::string name = aws::scrub_text(fact.intended);
      std::string message = fmt::format("{} \"{}\" in {} names no profile of the scanned config and credentials "
                                        "files ({})",
                                        slot_label(fact), name, scope.description, home_labels(scan));
      for (const std::string& explanation : dotenv_explanations(scan, fact.intended)) message += "; " + explanation;
      message += (message.back() == '?' ? " " : ". ") + code_sdk_error(file.language, name);
      out.report(*file.source, fact.span, std::move(message), identity(scope, fact));
    }
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const engine::ProfileHome& home : scan.homes) check_home(scan, home, out);
  for (const auto& file : scan.files) {
    if (file->kind == FileKind::Dotenv) check_dotenv(scan, *file, out);
    if (file->kind == FileKind::Source) check_code(scan, *file, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws403 = {
    .id = "AWS403",
    .name = "unknown-profile-reference",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::Project,
    .short_description =
        "`source_profile`, `sso_session`, `AWS_PROFILE` or `AWS_DEFAULT_PROFILE` naming a profile or sso-session "
        "that is not defined.",
    .full_description =
        "A `source_profile` that names a profile, or an `sso_session` that names an `[sso-session]` section, which "
        "the config and credentials files read together (the same `.aws` directory, the files given on the command "
        "line, or the user's own) do not define; or an `AWS_PROFILE` / `AWS_DEFAULT_PROFILE` in a .env file that "
        "names a profile no scanned config or credentials file defines. The SDKs fail when the profile is used: "
        "the AWS CLI with \"The config profile ... could not be found\", \"The source_profile ... does not exist\" "
        "or \"The specified sso-session does not exist\", Go v2 with \"failed to get shared config profile\" or "
        "\"failed to find SSO session section\". An empty `AWS_PROFILE=` or `AWS_DEFAULT_PROFILE=` is a warning: "
        "botocore takes the empty string as a profile name.",
    .help_markdown =
        R"md(`source_profile`, `sso_session`, `AWS_PROFILE` or `AWS_DEFAULT_PROFILE` naming a profile or sso-session that is not defined.

## What is wrong
A profile that assumes a role takes its base credentials from another profile:

```ini
[profile admin]
role_arn = arn:aws:iam::123456789012:role/Admin
source_profile = base
```

and a profile that signs in with IAM Identity Center names an `[sso-session]` section.
The SDKs look the name up in the profiles of both files (`~/.aws/config` and
`~/.aws/credentials`, or the files `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`
name) and fail when it is not there:

| SDK | missing source_profile | missing sso-session |
|---|---|---|
| botocore (AWS CLI, boto3) | `The source_profile "base" referenced in the profile "admin" does not exist.` | `The specified sso-session does not exist: "corp"` |
| Go v2 | `failed to get shared config profile, base` | `failed to find SSO session section, corp` |
| JS v3 | `Profile base could not be found or parsed in shared credentials file.` | a TypeError (no message of its own) |
| Java v2, Rust, Kotlin | `could not find source profile base referenced from admin` | `sso-session named corp (referenced by profile admin) was not found` |

The usual causes, which the message names when it sees them: a typo or a difference
in case (profile names are case-sensitive), the profile written `[base]` in the config
file or `[profile base]` in the credentials file (see AWS401, AWS402), quotes around
the value (only Go v2 removes them), or the profile living in another `.aws`
directory of the scan, whose files the SDKs never read together with these.

Profiles are only judged when both files of a `.aws` directory were scanned (or the
user's own files with `--aws-home`): a repository that commits `.aws/config` but not
`.aws/credentials` says nothing about the profiles in the credentials file.
`sso_session` needs only the config file.

## Profiles selected in a .env file
`AWS_PROFILE=staging` in a `.env` selects the profile for every process that loads the
file. Its profile files are those of the machine it runs on, so the name is looked up
in every scanned home (scan with `--aws-home` to include your own files). It is judged
only when some home was read whole (both files, or `--aws-home`); with no profile file
scanned, or in a template such as `.env.example`, nothing is reported.

The SDKs do not read the two variables alike, and the message says which of them fail:

| SDK | reads | a name that is not defined |
|---|---|---|
| botocore (AWS CLI, boto3) | `AWS_DEFAULT_PROFILE`, then `AWS_PROFILE` | `The config profile (staging) could not be found` |
| Go v2 | `AWS_PROFILE`, then `AWS_DEFAULT_PROFILE` | `failed to get shared config profile, staging` for `AWS_PROFILE`; a missing `AWS_DEFAULT_PROFILE` is silently ignored |
| JS v3 | `AWS_PROFILE` only | `Profile staging could not be found or parsed in shared credentials file.` |

An empty `AWS_PROFILE=` or `AWS_DEFAULT_PROFILE=` is reported as a warning: every
loader sets the variable to the empty string, Go v2 and JS v3 treat that as unset, but
botocore takes it as the profile name and fails with `The config profile () could not
be found`.

Not reported: a value filled in from the environment (`AWS_PROFILE=${AWS_PROFILE}`),
variables of other tools (`SERVERLESS_PROFILE`), and `AWS_PROFILE` and
`AWS_DEFAULT_PROFILE` set to two different profiles that both exist: no reference is
unknown, though the tools disagree (botocore uses `AWS_DEFAULT_PROFILE`, Go v2 and JS v3
`AWS_PROFILE`), so keep only `AWS_PROFILE`.

## How to fix
Define the profile (usually in the credentials file) or correct the name:

```ini
# ~/.aws/credentials
[base]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
```

For an sso-session, `aws configure sso-session` writes the section:

```ini
# ~/.aws/config
[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
```

In a `.env` file, name a profile that `aws configure list-profiles` lists, and set only
`AWS_PROFILE`:

```sh
# bad
AWS_DEFAULT_PROFILE=
AWS_PROFILE=stagign

# fixed
AWS_PROFILE=staging
```

## Profiles named in source code
`boto3.Session(profile_name="x")`, `fromIni({ profile: "x" })`,
`config.WithSharedConfigProfile("x")`, `ProfileCredentialsProvider.create("x")`, a
Terraform `profile = "x"`, and `os.environ["AWS_PROFILE"] = "x"` name a profile like a
`.env`'s `AWS_PROFILE` does: the name is looked up in every scanned home, and judged
only when some home was read whole. Not reported: `default`, names from variables or
calls, and templates. boto3 raises `ProfileNotFound` ("The config profile (x) could not
be found"), Go v2 fails with "failed to get shared config profile, x", JS v3 with
"Profile x could not be found or parsed in shared credentials file.".

```python
# bad
session = boto3.Session(profile_name="stagign")
# fixed: a profile that `aws configure list-profiles` lists, or none (AWS_PROFILE decides)
session = boto3.Session(profile_name="staging")
```

```go
// bad
config.LoadDefaultConfig(ctx, config.WithSharedConfigProfile("prod"))
// fixed
config.LoadDefaultConfig(ctx)  // AWS_PROFILE selects the profile
```
)md",
    .precision = "high",
    .security_severity = "2.0",
    .check_project = &check,
};

}  // namespace credlint::rules
