// Names the SDKs and popular credential tools read in shared config/credentials files
// (aws-semantics.md §2), and what a misspelled or mis-cased name was meant to be.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

enum class PropertyRole {
  AccessKeyId,
  SecretAccessKey,
  SessionToken,   // aws_session_token and the legacy aws_security_token
  Region,         // region, sso_region
  Expiry,         // expiry fields written by credential tools
  Other,
  Unknown,
};

// Role of a lower-cased property name.
[[nodiscard]] PropertyRole property_role(std::string_view key);
// Known to an SDK, the AWS CLI, or a popular credential tool (aws-vault, saml2aws, ...).
[[nodiscard]] bool is_known_property(std::string_view key);
// The property a name most likely meant (`aws_secret_key` -> `aws_secret_access_key`),
// or nullopt when the name is known or not close to anything.
[[nodiscard]] std::optional<std::string> intended_property(std::string_view key);
[[nodiscard]] bool is_credential_role(PropertyRole role);

}  // namespace credlint::aws
