// The environment variables the SDKs read for credentials, region and profile
// (aws-semantics.md §3.1), including the legacy names only some SDKs still read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

enum class VariableRole { AccessKeyId, SecretAccessKey, SessionToken, Region, Expiry, Profile, Other };

struct VariableInfo {
  VariableRole role = VariableRole::Other;
  bool legacy = false;           // read by some SDKs only
  std::string_view read_by;      // who reads it, for messages
};

// nullopt for names the SDKs do not read.
[[nodiscard]] std::optional<VariableInfo> aws_variable(std::string_view name);

}  // namespace credlint::aws
