#include "parse/ini/profile_set.h"

namespace credlint::ini {
namespace {

void merge_section(std::map<std::string, ResolvedSection>& into, const std::string& name,
                   const ProfileFileInput& file, const Section& section) {
  ResolvedSection& target = into[name];
  if (target.section == nullptr) {
    target.section = &section;
    target.source = file.source;
  }
  for (const Property& property : section.properties) {
    if (!property.name_valid) continue;  // the standard parser ignores invalid names
    target.properties[property.key] = ResolvedValue{property.value, file.source, &property};
  }
}

void merge_config(ProfileSet& set, const ProfileFileInput& file) {
  bool has_prefixed_default = false;
  for (const Section& section : file.document->sections) {
    if (section.kind == SectionKind::Profile && section.name == "default" && !section.bare_default) {
      has_prefixed_default = true;
    }
  }
  for (const Section& section : file.document->sections) {
    switch (section.kind) {
      case SectionKind::Profile:
        if (section.bare_default && has_prefixed_default) break;  // `[profile default]` wins
        merge_section(set.profiles, section.name, file, section);
        break;
      case SectionKind::SsoSession: merge_section(set.sso_sessions, section.name, file, section); break;
      case SectionKind::Services: merge_section(set.services, section.name, file, section); break;
      case SectionKind::Ignored: break;
    }
  }
}

void merge_credentials(ProfileSet& set, const ProfileFileInput& file) {
  for (const Section& section : file.document->sections) {
    if (section.kind == SectionKind::Profile) merge_section(set.profiles, section.name, file, section);
  }
}

}  // namespace

const ResolvedSection* ProfileSet::profile(const std::string& name) const {
  auto it = profiles.find(name);
  return it == profiles.end() ? nullptr : &it->second;
}

const ResolvedValue* ProfileSet::value(const std::string& profile_name, const std::string& key) const {
  const ResolvedSection* section = profile(profile_name);
  if (section == nullptr) return nullptr;
  auto it = section->properties.find(key);
  return it == section->properties.end() ? nullptr : &it->second;
}

ProfileSet merge_profile_files(const std::vector<ProfileFileInput>& config_files,
                               const std::vector<ProfileFileInput>& credentials_files) {
  ProfileSet set;
  for (const ProfileFileInput& file : config_files) merge_config(set, file);
  for (const ProfileFileInput& file : credentials_files) merge_credentials(set, file);
  return set;
}

}  // namespace credlint::ini
