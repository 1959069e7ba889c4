// Names the SDKs and popular credential tools read in shared config/credentials files
// (aws-semantics.md §2), what a misspelled or mis-cased name was meant to be, and the
// values a few properties can take (booleans, enumerations).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace credlint::aws {

enum class PropertyRole {
  AccessKeyId,
  SecretAccessKey,
  SessionToken,  // aws_session_token and the legacy aws_security_token
  Region,        // region, sso_region
  Expiry,        // expiry fields written by credential tools
  Other,
  Unknown,
};

// Role of a lower-cased property name.
[[nodiscard]] PropertyRole property_role(std::string_view key);
// Known to an SDK, the AWS CLI, or a popular credential tool (aws-vault, saml2aws, ...),
// at the top level of a section or nested under `s3 =`.
[[nodiscard]] bool is_known_property(std::string_view key);
// Read by an SDK or the AWS CLI (tools' own keys excluded), at the top level or nested.
[[nodiscard]] bool is_sdk_property(std::string_view key);
// The property a name most likely meant (`aws_secret_key` -> `aws_secret_access_key`,
// `role-arn` -> `role_arn`, `aws access key id` -> `aws_access_key_id`), or nullopt when
// the name is known or not close to anything an SDK reads.
[[nodiscard]] std::optional<std::string> intended_property(std::string_view key);
[[nodiscard]] bool is_credential_role(PropertyRole role);

// A setting the AWS CLI reads only nested under a parent (`addressing_style` under
// `s3 =`): the parent's name; nullopt for names that are also read at the top level.
[[nodiscard]] std::optional<std::string_view> nested_only_parent(std::string_view key);
// Sub-properties of `s3 =` / `s3api =` in a profile.
[[nodiscard]] bool is_known_s3_sub_property(std::string_view key);
// The S3 sub-property a misspelled nested name meant, or nullopt.
[[nodiscard]] std::optional<std::string> intended_s3_sub_property(std::string_view key);

// Settings whose value is a boolean (`true`/`false`); `nested` for S3 sub-properties.
[[nodiscard]] bool is_boolean_property(std::string_view key, bool nested);
// A setting that takes one of a fixed set of words.
struct EnumeratedSetting {
  std::string_view key;
  std::span<const std::string_view> values;
  bool case_sensitive = true;  // how the SDK that validates it compares
};
// nullptr for settings that are not enumerations.
[[nodiscard]] const EnumeratedSetting* enumerated_setting(std::string_view key);

}  // namespace credlint::aws
