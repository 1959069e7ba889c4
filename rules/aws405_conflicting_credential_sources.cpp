// AWS405 conflicting-credential-sources: one profile (both files merged) with more than one
// credential source, where the SDKs pick different ones or one silently wins.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/support/profile_lookup.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::ResolvedValue;

// What one profile configures, as the merged profile set has it.
struct Sources {
  std::string name;
  const ResolvedValue* key_id = nullptr;
  const ResolvedValue* secret = nullptr;
  const ResolvedValue* role_arn = nullptr;
  const ResolvedValue* source_profile = nullptr;
  const ResolvedValue* credential_source = nullptr;
  const ResolvedValue* web_identity = nullptr;
  const ResolvedValue* process = nullptr;
  const ResolvedValue* sso_account = nullptr;
  const ResolvedValue* sso_role = nullptr;
  const ResolvedValue* sso_session = nullptr;
  const ResolvedValue* sso_start_url = nullptr;
  const ResolvedValue* sso_region = nullptr;
  bool keys_in_credentials_file = false;

  // A half pair is AWS204's: only a full pair is a credential source here.
  [[nodiscard]] bool keys() const { return key_id != nullptr && secret != nullptr; }
  // botocore's SSO credential provider starts on sso_account_id or sso_role_name.
  [[nodiscard]] bool sso_credentials() const { return sso_account != nullptr || sso_role != nullptr; }
  [[nodiscard]] bool any_sso() const {
    return sso_credentials() || sso_session != nullptr || sso_start_url != nullptr || sso_region != nullptr;
  }
  [[nodiscard]] bool self_sourced() const { return source_profile != nullptr && source_profile->value == name; }
};

const ResolvedValue* non_empty(const ini::ResolvedSection& profile, const char* key) {
  auto it = profile.properties.find(key);
  if (it == profile.properties.end() || it->second.value.empty()) return nullptr;
  if (it->second.property == nullptr || it->second.source == nullptr) return nullptr;
  return &it->second;
}

bool from_credentials_file(const engine::ProfileHome& home, const ResolvedValue* value) {
  if (value == nullptr) return false;
  return std::any_of(home.credentials_files.begin(), home.credentials_files.end(),
                     [&](const engine::AnalyzedFile* file) { return file->source.get() == value->source; });
}

Sources sources_of(const engine::ProfileHome& home, const std::string& name, const ini::ResolvedSection& profile) {
  Sources s;
  s.name = name;
  s.key_id = non_empty(profile, "aws_access_key_id");
  s.secret = non_empty(profile, "aws_secret_access_key");
  s.role_arn = non_empty(profile, "role_arn");
  s.source_profile = non_empty(profile, "source_profile");
  s.credential_source = non_empty(profile, "credential_source");
  s.web_identity = non_empty(profile, "web_identity_token_file");
  s.process = non_empty(profile, "credential_process");
  s.sso_account = non_empty(profile, "sso_account_id");
  s.sso_role = non_empty(profile, "sso_role_name");
  s.sso_session = non_empty(profile, "sso_session");
  s.sso_start_url = non_empty(profile, "sso_start_url");
  s.sso_region = non_empty(profile, "sso_region");
  s.keys_in_credentials_file = from_credentials_file(home, s.key_id);
  return s;
}

// ---- what each SDK does with the profile when it is selected (aws-semantics.md §2.2) ----

struct Outcome {
  enum class Kind { Uses, Fails, Nothing } kind = Kind::Uses;
  std::string text;  // what it uses ("the static keys"), or the error it fails with
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome uses(std::string text) { return Outcome{Outcome::Kind::Uses, std::move(text)}; }
Outcome fails(std::string text) { return Outcome{Outcome::Kind::Fails, std::move(text)}; }
// No credential source of the profile applies (a role_arn among them is ignored).
Outcome nothing(const Sources& s) {
  return Outcome{Outcome::Kind::Nothing, s.role_arn ? " (role_arn is ignored)" : ""};
}

// botocore: assume-role, web identity, SSO, credentials-file keys, credential_process,
// config-file keys [BC-CR ProfileProviderBuilder].
Outcome botocore(const Sources& s) {
  if (s.role_arn && !s.web_identity) {
    if (s.source_profile && s.credential_source) {
      return fails(fmt::format("The profile \"{}\" contains both source_profile and credential_source.",
                               aws::scrub_text(s.name)));
    }
    if (!s.source_profile && !s.credential_source) {
      return fails("Partial credentials found in assume-role, missing: source_profile or credential_source");
    }
    return uses(s.source_profile ? "role_arn via source_profile" : "role_arn via credential_source");
  }
  if (s.role_arn && s.web_identity) return uses("role_arn via the web identity token");
  if (s.sso_credentials()) return uses("IAM Identity Center (SSO)");
  if (s.keys() && s.keys_in_credentials_file) return uses("the static keys");
  if (s.process) return uses("credential_process");
  if (s.keys()) return uses("the static keys");
  return nothing(s);
}

// Go v2: validation first, then source_profile, static keys, credential_source, web
// identity, SSO, credential_process, container/IMDS; a role_arn is assumed on top of
// whatever was found [GO-SC, GO-RC resolveCredsFromProfile].
Outcome go_v2(const Sources& s) {
  const std::string name = aws::scrub_text(s.name);
  if (!s.role_arn) {
    for (auto [value, key] : {std::pair{s.source_profile, "source_profile"},
                              {s.credential_source, "credential_source"},
                              {s.web_identity, "web_identity_token_file"}}) {
      if (value) return fails(fmt::format("credential type {} requires role_arn, profile {}", key, name));
    }
  }
  const int types =
      (s.source_profile ? 1 : 0) + (s.credential_source ? 1 : 0) + (s.process ? 1 : 0) + (s.web_identity ? 1 : 0);
  if (types > 1) {
    return fails(
        "only one credential type may be specified per profile: source profile, credential source, "
        "credential process, web identity token");
  }
  if (s.source_profile) return uses("role_arn via source_profile");
  auto with_role = [&](std::string_view base) {
    return uses(s.role_arn ? fmt::format("role_arn on top of {}", base) : std::string(base));
  };
  if (s.keys()) return with_role("the static keys");
  if (s.credential_source) return uses("role_arn via credential_source");
  if (s.web_identity) return uses("role_arn via the web identity token");
  if (s.any_sso()) return with_role("IAM Identity Center (SSO)");
  if (s.process) return with_role("credential_process");
  return with_role("container or EC2 instance credentials");
}

// JS v3's default chain: fromSSO before fromIni, whose order is assume-role (role_arn
// with exactly one of source_profile/credential_source), static keys, web identity,
// credential_process, SSO [JS3-CP resolveProfileData].
Outcome js_v3(const Sources& s) {
  const bool complete_sso = s.sso_account && s.sso_role && (s.sso_session || s.sso_start_url);
  if (complete_sso) return uses("IAM Identity Center (SSO)");
  if (s.role_arn && (s.source_profile != nullptr) != (s.credential_source != nullptr)) {
    return uses(s.source_profile ? "role_arn via source_profile" : "role_arn via credential_source");
  }
  if (s.keys()) return uses("the static keys");
  if (s.role_arn && s.web_identity) return uses("role_arn via the web identity token");
  if (s.process) return uses("credential_process");
  if (s.any_sso()) return uses("IAM Identity Center (SSO)");
  return nothing(s);
}

// The standard SDKs (Java v2, Rust, Kotlin) where the conformance suite [RS-A] says.
std::optional<Outcome> standard(const Sources& s) {
  if (s.role_arn && s.source_profile && s.credential_source) {
    return fails("profile contained both source_profile and credential_source");
  }
  if (s.role_arn && !s.source_profile && !s.credential_source && !s.web_identity) {
    return fails("profile must contain `source_profile`");
  }
  if (s.role_arn && s.source_profile) return uses("role_arn via source_profile");
  if (s.web_identity && !s.role_arn) return fails("`role_arn` was missing");
  return std::nullopt;
}

// "botocore (AWS CLI, boto3) and JS v3 use the static keys; Go v2 fails with "...""
std::string outcomes(const Sources& s) {
  std::vector<std::pair<std::string, Outcome>> all = {
      {"botocore (AWS CLI, boto3)", botocore(s)}, {"Go v2", go_v2(s)}, {"JS v3", js_v3(s)}};
  if (auto std_outcome = standard(s)) all.emplace_back("the standard SDKs (Java v2, Rust, Kotlin)", *std_outcome);
  std::vector<std::pair<std::vector<std::string>, Outcome>> groups;
  for (auto& [who, outcome] : all) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.second == outcome; });
    if (it == groups.end())
      groups.push_back({{who}, outcome});
    else
      it->first.push_back(who);
  }
  std::string out;
  for (const auto& [who, outcome] : groups) {
    const std::string names = join_list(who);
    const bool plural = who.size() > 1 || who.front().rfind("the standard", 0) == 0;
    if (!out.empty()) out += "; ";
    switch (outcome.kind) {
      case Outcome::Kind::Uses:
        out += fmt::format("{} {} {}", names, plural ? "use" : "uses", outcome.text);
        break;
      case Outcome::Kind::Fails:
        out += fmt::format("{} {} with \"{}\"", names, plural ? "fail" : "fails", outcome.text);
        break;
      case Outcome::Kind::Nothing:
        out += fmt::format("{} {} no credentials in the profile{}", names, plural ? "find" : "finds", outcome.text);
        break;
    }
  }
  return out;
}

// ---- where to report -------------------------------------------------------------------

// (file, line) order over the home: config files first, as the SDKs merge them.
std::pair<std::size_t, std::size_t> position(const engine::ProfileHome& home, const ResolvedValue* value) {
  std::size_t index = 0;
  for (const auto* files : {&home.config_files, &home.credentials_files}) {
    for (const engine::AnalyzedFile* file : *files) {
      if (file->source.get() == value->source) return {index, value->property->line};
      ++index;
    }
  }
  return {index, value->property->line};
}

struct Named {
  const ResolvedValue* value;
  std::string what;  // "credential_source", "static keys"
};

void report(const engine::ProfileHome& home, const Sources& s, std::vector<Named> involved, std::string message,
            std::string_view what, FindingSink& out) {
  std::sort(involved.begin(), involved.end(),
            [&](const Named& a, const Named& b) { return position(home, a.value) < position(home, b.value); });
  const Named& at = involved.size() > 1 ? involved[1] : involved[0];
  engine::Finding& finding = out.report(*at.value->source, at.value->property->value_span, std::move(message),
                                        fmt::format("profile \"{}\"/credential-sources/{}", s.name, what));
  for (const Named& other : involved) {
    if (&other == &at) continue;
    finding.related.push_back(
        engine::Location{other.value->source, other.value->property->value_span,
                         fmt::format("{} of profile \"{}\"", other.what, aws::scrub_text(s.name))});
  }
}

// ---- the conflicts (aws-semantics.md §2.3) -----------------------------------------------

// C1 and Go v2's "only one credential type": source_profile, credential_source,
// web_identity_token_file and credential_process exclude each other.
bool check_types(const engine::ProfileHome& home, const Sources& s, FindingSink& out) {
  std::vector<Named> types;
  for (auto [value, key] : {std::pair{s.source_profile, "source_profile"},
                            {s.credential_source, "credential_source"},
                            {s.web_identity, "web_identity_token_file"},
                            {s.process, "credential_process"}}) {
    if (value) types.push_back(Named{value, key});
  }
  if (types.size() < 2) return false;
  std::vector<std::string> keys;
  for (const Named& type : types) keys.push_back(type.what);
  report(home, s, types,
         fmt::format("profile \"{}\" sets {}, more than one credential source: {}", aws::scrub_text(s.name),
                     join_list(keys), outcomes(s)),
         "types", out);
  return true;
}

// C2: role_arn with nothing to assume it with.
bool check_role_without_source(const engine::ProfileHome& home, const Sources& s, FindingSink& out) {
  if (!s.role_arn || s.source_profile || s.credential_source || s.web_identity) return false;
  std::vector<Named> involved = {{s.role_arn, "role_arn"}};
  report(home, s, involved,
         fmt::format("profile \"{}\" sets role_arn without source_profile, credential_source or "
                     "web_identity_token_file to assume it with: {}",
                     aws::scrub_text(s.name), outcomes(s)),
         "role-without-source", out);
  return true;
}

// C3: source_profile that nothing uses.
void check_source_without_role(const engine::ProfileHome& home, const Sources& s, FindingSink& out) {
  if (!s.source_profile || s.role_arn) return;
  report(home, s, {{s.source_profile, "source_profile"}},
         fmt::format("profile \"{}\" sets source_profile without role_arn, so there is no role to assume with its "
                     "credentials: {}",
                     aws::scrub_text(s.name), outcomes(s)),
         "source-without-role", out);
}

// C12, C13 and SSO: static keys beside another source.
void check_static_keys(const engine::ProfileHome& home, const Sources& s, bool role_reported, FindingSink& out) {
  if (!s.keys()) return;
  const Named keys{s.key_id, "static keys"};
  const std::string name = aws::scrub_text(s.name);
  // Keys and role in one profile that names itself: the documented self-reference.
  const bool assumes_role = s.source_profile || s.credential_source || s.web_identity;
  if (s.role_arn && assumes_role && !s.self_sourced() && !role_reported) {
    report(home, s, {keys, {s.role_arn, "role_arn"}},
           fmt::format("profile \"{}\" has static keys and role_arn: when the profile is selected, {}; when it is the "
                       "source_profile of another profile, its static keys are used instead and role_arn is ignored",
                       name, outcomes(s)),
           "keys-and-role", out);
  }
  if (s.process) {
    report(home, s, {keys, {s.process, "credential_process"}},
           fmt::format("profile \"{}\" has static keys (in the {} file) and credential_process: {}", name,
                       s.keys_in_credentials_file ? "credentials" : "config", outcomes(s)),
           "keys-and-process", out);
  }
  if (s.sso_credentials()) {
    const ResolvedValue* sso = s.sso_account ? s.sso_account : s.sso_role;
    report(home, s, {keys, {sso, s.sso_account ? "sso_account_id" : "sso_role_name"}},
           fmt::format("profile \"{}\" has static keys and IAM Identity Center (SSO) settings: {}", name, outcomes(s)),
           "keys-and-sso", out);
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const engine::ProfileHome& home : scan.homes) {
    for (const auto& [name, profile] : home.profiles.profiles) {
      const Sources s = sources_of(home, name, profile);
      const bool types_reported = check_types(home, s, out);
      const bool role_reported = check_role_without_source(home, s, out);
      if (!types_reported || !s.source_profile) check_source_without_role(home, s, out);
      check_static_keys(home, s, role_reported, out);
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws405 = {
    .id = "AWS405",
    .name = "conflicting-credential-sources",
    .level = engine::Level::Warning,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::Project,
    .short_description = "Profile with more than one credential source, where the SDKs disagree or one silently wins.",
    .full_description =
        "One profile (the config and credentials files merged) that configures several ways to get credentials: "
        "`source_profile` with `credential_source`, static keys with `role_arn`, `credential_process` or SSO "
        "settings, `role_arn` with nothing to assume it with, `source_profile` without `role_arn`. Each SDK walks "
        "its own order of providers, so the same profile gives different credentials (or an error) in the AWS CLI, "
        "Go and JavaScript programs. The message says which SDK uses which source.",
    .help_markdown = R"md(Profile with more than one credential source, where the SDKs disagree or one silently wins.

## What is wrong
A profile should get its credentials one way. When it names several, each SDK picks by
its own order (aws-semantics.md §2.2), and a profile that works in the AWS CLI fails or
uses other credentials in an application:

| the profile sets | botocore (AWS CLI, boto3) | Go v2 | JS v3 |
|---|---|---|---|
| `role_arn` + `source_profile` + `credential_source` | error: "contains both source_profile and credential_source" | error: "only one credential type may be specified per profile" | not an assume-role profile: other credentials or none |
| `role_arn` alone | error: "Partial credentials found in assume-role" | assumes the role on top of whatever else the profile has (or instance credentials) | ignores `role_arn` |
| `source_profile` without `role_arn` | ignored | error: "credential type source_profile requires role_arn" | ignored |
| static keys + `role_arn` + `source_profile` | assumes the role; the keys are ignored (and used instead of the role when the profile is another profile's `source_profile`) | same | same |
| static keys + `credential_process` | keys from the credentials file win; keys in the config file lose to the process | keys | keys |
| static keys + `sso_account_id`/`sso_role_name` | SSO | keys | SSO (default provider chain) |
| two of `source_profile`, `credential_source`, `web_identity_token_file`, `credential_process` | the first in its order | error: "only one credential type" | the first in its order |

Java v2, Rust and Kotlin follow the standard rules: `role_arn` needs exactly one of
`source_profile`/`credential_source` (or a web identity token file).

A profile that names **itself** as `source_profile` and holds static keys is the
documented way to keep keys and role together, and is not reported. A key ID without
its secret (or the reverse) is AWS204's.

The finding sits on the second source (in file order, config file first) and points
at the first one.

## How to fix
Keep one source per profile, and move the others to a profile of their own:

```ini
# bad: ~/.aws/credentials holds keys for [dev], ~/.aws/config adds SSO to it
[profile dev]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Developer

# fixed: delete the keys of [dev] from ~/.aws/credentials
# (and rotate them if they are no longer needed: aws iam delete-access-key)
```

```ini
# bad
[profile deploy]
role_arn = arn:aws:iam::123456789012:role/Deploy
source_profile = base
credential_source = Ec2InstanceMetadata

# fixed: one base for the role
[profile deploy]
role_arn = arn:aws:iam::123456789012:role/Deploy
credential_source = Ec2InstanceMetadata
```
)md",
    .precision = "high",
    .security_severity = "4.0",
    .check_project = &check,
};

}  // namespace credlint::rules
