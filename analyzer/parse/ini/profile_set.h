// The profiles the SDKs see after reading both shared files, merged by the standard
// rules (aws-semantics.md §1.5: duplicate sections merge, the last key wins, the
// credentials file wins over the config file, `[profile default]` hides `[default]`).
// Every value remembers the property it came from, so project rules can point at it.
#pragma once

#include <map>
#include <string>

#include "core/source_file.h"
#include "parse/ini/profile_document.h"

namespace credlint::ini {

struct ProfileFileInput {
  const core::SourceFile* source = nullptr;
  const ProfileDocument* document = nullptr;
};

struct ResolvedValue {
  std::string value;
  const core::SourceFile* source = nullptr;
  const Property* property = nullptr;
};

using PropertyMap = std::map<std::string, ResolvedValue>;

struct ResolvedSection {
  PropertyMap properties;
  const core::SourceFile* source = nullptr;  // where the section was first defined
  const Section* section = nullptr;
};

struct ProfileSet {
  std::map<std::string, ResolvedSection> profiles;
  std::map<std::string, ResolvedSection> sso_sessions;
  std::map<std::string, ResolvedSection> services;

  [[nodiscard]] const ResolvedSection* profile(const std::string& name) const;
  [[nodiscard]] const ResolvedValue* value(const std::string& profile, const std::string& key) const;
};

// Merge any number of config and credentials files (config files first, then
// credentials files, each in the order given).
[[nodiscard]] ProfileSet merge_profile_files(const std::vector<ProfileFileInput>& config_files,
                                             const std::vector<ProfileFileInput>& credentials_files);

}  // namespace credlint::ini
