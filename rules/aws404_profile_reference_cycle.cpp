// AWS404 profile-reference-cycle: a source_profile chain that comes back to a profile it
// has already visited.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/support/profile_lookup.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

const ini::ResolvedValue* non_empty(const ini::ResolvedSection& profile, const char* key) {
  auto it = profile.properties.find(key);
  return it == profile.properties.end() || it->second.value.empty() ? nullptr : &it->second;
}

// botocore's _has_static_credentials: either key counts (a half pair is AWS204's).
bool has_static_keys(const ini::ResolvedSection& profile) {
  return non_empty(profile, "aws_access_key_id") != nullptr || non_empty(profile, "aws_secret_access_key") != nullptr;
}

// The profile an assume-role profile takes its base credentials from. The SDKs follow
// source_profile only next to a role_arn; with credential_source or a web identity
// token beside it the profile is AWS405's.
const ini::ResolvedValue* source_of(const ini::ResolvedSection& profile) {
  if (non_empty(profile, "role_arn") == nullptr || non_empty(profile, "credential_source") != nullptr ||
      non_empty(profile, "web_identity_token_file") != nullptr) {
    return nullptr;
  }
  return non_empty(profile, "source_profile");
}

struct Cycle {
  std::vector<std::string> loop;  // from the profile where the chain enters it; not repeated at the end
  bool revisited_has_keys = false;
};

// Follows source_profile from `start` as botocore and the standard SDKs do: a profile
// met a second time is a loop (even when it has static keys), except a profile naming
// itself when it has static keys; a profile with static keys ends the chain when it is
// reached as a source (its own role_arn is then ignored).
std::optional<Cycle> find_cycle(const ini::ProfileSet& profiles, const std::string& start) {
  std::vector<std::string> path = {start};
  const ini::ResolvedSection* current = profiles.profile(start);
  while (current != nullptr) {
    const ini::ResolvedValue* source = source_of(*current);
    if (source == nullptr) return std::nullopt;
    const std::string& next = source->value;
    const ini::ResolvedSection* next_profile = profiles.profile(next);
    if (next_profile == nullptr) return std::nullopt;  // AWS403
    if (auto seen = std::find(path.begin(), path.end(), next); seen != path.end()) {
      if (next == path.back() && has_static_keys(*next_profile)) return std::nullopt;  // allowed self-reference
      return Cycle{std::vector<std::string>(seen, path.end()), has_static_keys(*next_profile)};
    }
    path.push_back(next);
    if (has_static_keys(*next_profile)) return std::nullopt;
    current = next_profile;
  }
  return std::nullopt;
}

// Profile names in the order the files define them: config files first, as merged.
std::vector<std::string> profiles_in_file_order(const HomeProfiles& lookup) {
  std::vector<std::string> names;
  lookup.for_each_section([&](const SectionRef& ref) {
    if (ref.section->kind != ini::SectionKind::Profile) return;
    if (std::find(names.begin(), names.end(), ref.section->name) == names.end()) names.push_back(ref.section->name);
  });
  return names;
}

std::string chain_text(const std::vector<std::string>& loop) {
  std::string out;
  for (const std::string& name : loop) out += aws::scrub_text(name) + " -> ";
  return out + aws::scrub_text(loop.front());
}

std::string message_for(const Cycle& cycle) {
  const std::string& entry = cycle.loop.front();
  const std::string shown_entry = aws::scrub_text(entry);
  const std::string chain = chain_text(cycle.loop);
  if (cycle.loop.size() == 1) {
    return fmt::format(
        "profile \"{0}\" names itself as source_profile but has no static keys to start from ({1}): "
        "the AWS CLI and boto3 fail with \"Infinite loop in credential configuration detected\", JS v3 "
        "with \"Detected a cycle attempting to resolve credentials for profile {0}\"; a profile may "
        "name itself only when it holds aws_access_key_id and aws_secret_access_key",
        shown_entry, chain);
  }
  if (cycle.revisited_has_keys) {
    return fmt::format(
        "source_profile chain loops back to profile \"{0}\" ({1}): the AWS CLI, boto3 and the standard "
        "SDKs (Java v2, Rust, Kotlin) fail with an infinite-loop error when \"{0}\" is used, while Go v2 "
        "and JS v3 take the static keys of \"{0}\" on the second visit",
        shown_entry, chain);
  }
  return fmt::format(
      "source_profile chain loops ({1}): no profile on it has credentials to start from; the AWS CLI and "
      "boto3 fail with \"Infinite loop in credential configuration detected\", JS v3 with \"Detected a "
      "cycle attempting to resolve credentials for profile {0}\", Go v2 with \"failed to load assume "
      "role\"",
      shown_entry, chain);
}

void report(const ini::ProfileSet& profiles, const Cycle& cycle, FindingSink& out) {
  const std::string& entry = cycle.loop.front();
  const ini::ResolvedValue* source = source_of(*profiles.profile(entry));
  if (source == nullptr || source->property == nullptr || source->source == nullptr) return;
  engine::Finding& finding = out.report(*source->source, source->property->value_span, message_for(cycle),
                                        fmt::format("profile \"{}\"/source_profile/cycle", entry));
  for (std::size_t i = 1; i < cycle.loop.size(); ++i) {
    const ini::ResolvedValue* hop = source_of(*profiles.profile(cycle.loop[i]));
    if (hop == nullptr || hop->property == nullptr || hop->source == nullptr) continue;
    finding.related.push_back(
        engine::Location{hop->source, hop->property->value_span,
                         fmt::format("profile \"{}\" continues the loop with source_profile \"{}\"",
                                     aws::scrub_text(cycle.loop[i]), aws::scrub_text(hop->value))});
  }
}

void check_home(const engine::ProfileHome& home, FindingSink& out) {
  const HomeProfiles lookup(home);
  // A static key in an unscanned credentials file can end a chain that looks like a loop.
  if (!lookup.knows_all_profiles()) return;
  std::set<std::set<std::string>> reported;
  for (const std::string& start : profiles_in_file_order(lookup)) {
    const std::optional<Cycle> cycle = find_cycle(home.profiles, start);
    if (!cycle) continue;
    const std::set<std::string> members(cycle->loop.begin(), cycle->loop.end());
    if (!reported.insert(members).second) continue;  // once per loop
    report(home.profiles, *cycle, out);
  }
}

void check(const ScanContext& scan, FindingSink& out) {
  for (const engine::ProfileHome& home : scan.homes) check_home(home, out);
}

}  // namespace

extern const engine::RuleDef kAws404 = {
    .id = "AWS404",
    .name = "profile-reference-cycle",
    .level = engine::Level::Error,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::Project,
    .short_description = "`source_profile` chain that loops back on itself.",
    .full_description =
        "Profiles that assume a role name the profile their base credentials come from with `source_profile`. When "
        "following those names comes back to a profile already visited (A -> B -> A), no profile on the chain "
        "supplies credentials and the SDKs stop with an infinite-loop error. A profile that names itself and holds "
        "static keys is the documented way to keep keys and role in one profile, and is not reported.",
    .help_markdown = R"md(`source_profile` chain that loops back on itself.

## What is wrong
To resolve a profile with `role_arn` and `source_profile`, the SDKs first resolve the
source profile, which may itself assume a role from its own source profile, and so on
until a profile with credentials (static keys, SSO, a credential process...) ends the
chain. When the chain comes back to a profile it has already visited, nothing ends it:

- botocore (AWS CLI, boto3): `Infinite loop in credential configuration detected.
  Attempting to load from profile A which has already been visited.`
- JS v3: `Detected a cycle attempting to resolve credentials for profile A.`
- Java v2, Rust, Kotlin: "profile formed an infinite loop"
- Go v2 stops following the chain on the second visit and then fails for want of
  credentials (`failed to load assume role ...`).

One loop is allowed: a profile that names **itself** as `source_profile` and holds
`aws_access_key_id` and `aws_secret_access_key` uses its keys to assume its role. The
keys may sit in the credentials file and the role in the config file.

A profile with static keys that is reached as a *source* ends the chain (its own
`role_arn` is ignored there). A loop that comes back to such a profile from another
one is still an error for botocore and the standard SDKs, while Go v2 and JS v3 use the
keys on the second visit: the message says so.

The loop is reported once, at the `source_profile` of the profile where the chain
enters it, with the other profiles of the loop as related locations. Loops are only
judged when both files of a `.aws` directory were scanned (or the user's own files
with `--aws-home`), since keys in the credentials file can end a chain.

## How to fix
Point the last profile of the chain at a profile that has credentials of its own:

```ini
# bad
[profile a]
role_arn = arn:aws:iam::123456789012:role/A
source_profile = b

[profile b]
role_arn = arn:aws:iam::123456789012:role/B
source_profile = a

# fixed: b starts from the keys in the credentials file's [base]
[profile b]
role_arn = arn:aws:iam::123456789012:role/B
source_profile = base
```
)md",
    .precision = "very-high",
    .security_severity = "2.0",
    .check_project = &check,
};

}  // namespace credlint::rules
