// Finding profiles across the scanned homes, for project rules that connect a .env
// file or source code with the profile files (AWS303, AWS305, AWS403).
#pragma once

#include <string>
#include <vector>

#include "engine/rule.h"

namespace credlint::rules {

struct ProfileMatch {
  const engine::ProfileHome* home = nullptr;
  const ini::ResolvedSection* profile = nullptr;
};

// Every home that defines `name`; the user's own home (--aws-home) first.
inline std::vector<ProfileMatch> find_profile(const engine::ScanContext& scan, const std::string& name) {
  std::vector<ProfileMatch> matches;
  for (const engine::ProfileHome& home : scan.homes) {
    if (const ini::ResolvedSection* profile = home.profiles.profile(name)) {
      ProfileMatch match{&home, profile};
      if (home.is_user_home) matches.insert(matches.begin(), match);
      else matches.push_back(match);
    }
  }
  return matches;
}

// True when at least one config or credentials file was read: rules about unknown
// profiles stay silent otherwise.
inline bool any_profile_file_read(const engine::ScanContext& scan) { return !scan.homes.empty(); }

}  // namespace credlint::rules
