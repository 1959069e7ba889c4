// Where the SDKs look for the shared files and which profile they select
// (aws-semantics.md §1.1 and §1.7, checked by the file-location conformance cases).
// Pure: the environment comes in as a map, the platform as a parameter.
#pragma once

#include <map>
#include <string>

namespace credlint::aws {

enum class Platform { Linux, Windows };

struct ProfileLocations {
  std::string config_file;
  std::string credentials_file;
  std::string profile;  // the standard SDKs' choice: AWS_PROFILE, else "default"
};

[[nodiscard]] ProfileLocations resolve_profile_locations(const std::map<std::string, std::string>& environment,
                                                         Platform platform);

}  // namespace credlint::aws
