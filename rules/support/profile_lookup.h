// Looking profiles up by name in the homes of a scan (a config file and a credentials file
// read together), for the rules that check a reference: source_profile and sso_session
// within one home (AWS403, AWS404), AWS_PROFILE / AWS_DEFAULT_PROFILE of a .env against
// every scanned home (AWS303, AWS403), and later a profile named in code. Besides "is X
// defined" it answers what a good message needs: which SDK families read some header as
// X, which section was meant as X but is read by none, and which defined name is nearest.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "engine/rule.h"
#include "parse/ini/profile_document.h"
#include "rules/support/rule_support.h"
#include "rules/support/section_headers.h"

namespace credlint::rules {

struct SectionRef {
  const engine::AnalyzedFile* file = nullptr;
  const ini::Section* section = nullptr;
};

// The candidate nearest to `name`: a match ignoring case first, then the single nearest
// name within two edits. `except` (the referring profile itself) is never suggested.
[[nodiscard]] inline std::optional<std::string> nearest_name(const std::vector<std::string_view>& candidates,
                                                             std::string_view name, std::string_view except = {}) {
  const std::string lower = core::ascii_lower(name);
  for (std::string_view candidate : candidates) {
    if (candidate != except && core::ascii_lower(candidate) == lower) return std::string(candidate);
  }
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  bool tie = false;
  for (std::string_view candidate : candidates) {
    if (candidate == except) continue;
    const std::size_t distance = core::edit_distance(name, candidate, 2);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
      tie = false;
    } else if (distance == best_distance) {
      tie = true;
    }
  }
  // Short names are all near each other: "qa" is not a typo of "dev".
  if (!best || tie || (best_distance == 2 && std::max(name.size(), best->size()) < 4)) return std::nullopt;
  return std::string(*best);
}

// What one home defines.
class HomeProfiles {
 public:
  explicit HomeProfiles(const engine::ProfileHome& home) : home_(home) {}

  [[nodiscard]] const engine::ProfileHome& home() const { return home_; }

  // Defined as the standard SDKs read the files (the merged profile set). The other
  // families agree except for the header forms AWS401, AWS402 and AWS407 report.
  [[nodiscard]] const ini::ResolvedSection* profile(const std::string& name) const {
    return home_.profiles.profile(name);
  }
  [[nodiscard]] bool defines_profile(std::string_view name) const {
    return home_.profiles.profiles.count(std::string(name)) > 0;
  }
  // `[sso-session NAME]` lives in config files only.
  [[nodiscard]] bool defines_sso_session(std::string_view name) const {
    return home_.profiles.sso_sessions.count(std::string(name)) > 0;
  }

  // A profile reference can be judged only when every file that could define the
  // profile was read: both files of the home, or the user's own home (where a missing
  // file is empty to the SDKs too). A repository that commits `.aws/config` but not
  // `.aws/credentials` says nothing about the profiles in the credentials file.
  [[nodiscard]] bool knows_all_profiles() const {
    return home_.is_user_home || (!home_.config_files.empty() && !home_.credentials_files.empty());
  }
  [[nodiscard]] bool knows_all_sso_sessions() const { return home_.is_user_home || !home_.config_files.empty(); }

  // The SDK families that read some header of the home as the profile (or sso-session)
  // `name`, in kAllSdks order.
  [[nodiscard]] std::vector<ini::Sdk> sdks_reading(ini::SectionKind kind, std::string_view name) const {
    std::vector<ini::Sdk> sdks;
    for (ini::Sdk sdk : ini::kAllSdks) {
      bool found = false;
      for_each_section([&](const SectionRef& ref) {
        const ini::HeaderReading& reading = ref.section->reading(sdk);
        found = found || (reading.kind == kind && reading.name == name);
      });
      if (found) sdks.push_back(sdk);
    }
    return sdks;
  }

  // A section written for profile `name` that the standard SDKs do not read as it:
  // `[name]` in a config file, or `[profile name]` in a credentials file.
  [[nodiscard]] std::optional<SectionRef> misplaced_profile(std::string_view name) const {
    std::optional<SectionRef> found;
    for_each_section([&](const SectionRef& ref) {
      if (found || !ref.section->has_header) return;
      const std::string_view content = core::trim_blanks(ref.section->inner);
      if (ref.file->kind == core::FileKind::Config) {
        if (ref.section->kind == ini::SectionKind::Ignored && content == name) found = ref;
        return;
      }
      if (const auto prefixed = after_prefix(content, "profile"); prefixed && *prefixed == name) found = ref;
    });
    return found;
  }

  // The names the home defines, as the standard SDKs read them.
  [[nodiscard]] std::vector<std::string_view> names(ini::SectionKind kind) const {
    const auto& map = kind == ini::SectionKind::SsoSession ? home_.profiles.sso_sessions : home_.profiles.profiles;
    std::vector<std::string_view> out;
    for (const auto& [candidate, section] : map) out.push_back(candidate);
    return out;
  }

  // The defined profile (or sso-session) nearest to `name` (see nearest_name).
  [[nodiscard]] std::optional<std::string> nearest(ini::SectionKind kind, std::string_view name,
                                                   std::string_view except = {}) const {
    return nearest_name(names(kind), name, except);
  }

  template <typename Visit>
  void for_each_section(Visit&& visit) const {
    for (const auto* files : {&home_.config_files, &home_.credentials_files}) {
      for (const engine::AnalyzedFile* file : *files) {
        if (!file->profile) continue;
        for (const ini::Section& section : file->profile->sections) visit(SectionRef{file, &section});
      }
    }
  }

 private:
  const engine::ProfileHome& home_;
};

// Across the homes of a scan. A .env (or code) is not tied to one home: the SDKs read
// whichever files the machine it runs on has, so every scanned home is a candidate.

struct ProfileMatch {
  const engine::ProfileHome* home = nullptr;
  const ini::ResolvedSection* profile = nullptr;
};

// Every home that defines profile `name`; the user's own home (--aws-home) first.
[[nodiscard]] inline std::vector<ProfileMatch> find_profile(const engine::ScanContext& scan, const std::string& name) {
  std::vector<ProfileMatch> matches;
  for (const engine::ProfileHome& home : scan.homes) {
    if (const ini::ResolvedSection* profile = home.profiles.profile(name)) {
      const ProfileMatch match{&home, profile};
      matches.insert(home.is_user_home ? matches.begin() : matches.end(), match);
    }
  }
  return matches;
}

// The other homes of the scan whose standard reading defines profile `name`: a
// reference is resolved only within its own home, but "it is defined over there" is
// the likeliest explanation of a missing profile.
[[nodiscard]] inline std::vector<const engine::ProfileHome*> other_homes_defining(const engine::ScanContext& scan,
                                                                                  const engine::ProfileHome& home,
                                                                                  std::string_view name) {
  std::vector<const engine::ProfileHome*> homes;
  for (const ProfileMatch& match : find_profile(scan, std::string(name))) {
    if (match.home != &home) homes.push_back(match.home);
  }
  return homes;
}

// True when at least one config or credentials file was read: rules about unknown
// profiles stay silent otherwise.
[[nodiscard]] inline bool any_profile_file_read(const engine::ScanContext& scan) { return !scan.homes.empty(); }

// True when some home tells every profile it defines (HomeProfiles::knows_all_profiles):
// a name none of the homes defines is then unknown with some confidence, rather than
// perhaps in a credentials file that was not scanned.
[[nodiscard]] inline bool any_home_knows_all_profiles(const engine::ScanContext& scan) {
  return std::any_of(scan.homes.begin(), scan.homes.end(),
                     [](const engine::ProfileHome& home) { return HomeProfiles(home).knows_all_profiles(); });
}

// The profile of any scanned home nearest to `name` (see nearest_name).
[[nodiscard]] inline std::optional<std::string> nearest_profile_in_scan(const engine::ScanContext& scan,
                                                                        std::string_view name) {
  std::vector<std::string_view> names;
  for (const engine::ProfileHome& home : scan.homes) {
    for (std::string_view candidate : HomeProfiles(home).names(ini::SectionKind::Profile)) names.push_back(candidate);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return nearest_name(names, name);
}

// "botocore (AWS CLI, boto3), Go v2 and JS v3"
[[nodiscard]] inline std::string sdk_names(const std::vector<ini::Sdk>& sdks) {
  return join_list_of(sdks, [](ini::Sdk sdk) { return ini::sdk_display_name(sdk); });
}

}  // namespace credlint::rules
