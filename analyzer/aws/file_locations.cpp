#include "aws/file_locations.h"

namespace credlint::aws {
namespace {

std::string get(const std::map<std::string, std::string>& environment, const std::string& name) {
  auto it = environment.find(name);
  return it == environment.end() ? std::string() : it->second;
}

// Linux: $HOME. Windows: %HOME%, then %USERPROFILE%, then %HOMEDRIVE%%HOMEPATH%.
std::string home_directory(const std::map<std::string, std::string>& environment, Platform platform) {
  if (std::string home = get(environment, "HOME"); !home.empty()) return home;
  if (platform == Platform::Linux) return {};
  if (std::string profile = get(environment, "USERPROFILE"); !profile.empty()) return profile;
  return get(environment, "HOMEDRIVE") + get(environment, "HOMEPATH");
}

}  // namespace

ProfileLocations resolve_profile_locations(const std::map<std::string, std::string>& environment, Platform platform) {
  const std::string separator = platform == Platform::Windows ? "\\" : "/";
  const std::string aws_dir = home_directory(environment, platform) + separator + ".aws" + separator;
  ProfileLocations locations;
  locations.config_file = get(environment, "AWS_CONFIG_FILE");
  if (locations.config_file.empty()) locations.config_file = aws_dir + "config";
  locations.credentials_file = get(environment, "AWS_SHARED_CREDENTIALS_FILE");
  if (locations.credentials_file.empty()) locations.credentials_file = aws_dir + "credentials";
  locations.profile = get(environment, "AWS_PROFILE");
  if (locations.profile.empty()) locations.profile = "default";
  return locations;
}

}  // namespace credlint::aws
