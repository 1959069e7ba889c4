// The environment variables the SDKs and the AWS CLI read (aws-semantics.md §3.1), in one
// table: the credential, region and profile variables with who reads them, the legacy
// names only some SDKs still read, the other SDK settings, and the names AWS runtimes and
// popular tools set. Also what a misspelled or mis-cased variable name was meant to be.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

enum class VariableRole { AccessKeyId, SecretAccessKey, SessionToken, Region, Expiry, Profile, Other };

struct VariableInfo {
  VariableRole role = VariableRole::Other;
  bool legacy = false;       // read by some SDKs only
  std::string_view read_by;  // who reads it, for messages
};

// The variables that hold credentials, an expiry, a region or a profile name (role is
// never Other); nullopt for every other name, SDK settings included.
[[nodiscard]] std::optional<VariableInfo> aws_variable(std::string_view name);

// Any variable an SDK or the AWS CLI reads, with its role (Other for settings such as
// AWS_USE_FIPS_ENDPOINT), including AWS_ENDPOINT_URL_<SERVICE>; nullopt otherwise.
[[nodiscard]] std::optional<VariableInfo> sdk_variable(std::string_view name);

// Read by an SDK or the AWS CLI, or set by an AWS runtime or a popular tool
// (AWS_LAMBDA_FUNCTION_NAME, AWS_EXECUTION_ENV, aws-vault's AWS_VAULT, ...). Exact case.
[[nodiscard]] bool is_known_variable(std::string_view name);

// The shared-config setting an SDK variable mirrors, when credlint checks its values
// (AWS_USE_FIPS_ENDPOINT -> use_fips_endpoint); nullopt for the others.
[[nodiscard]] std::optional<std::string_view> variable_property(std::string_view name);

// What a variable name no SDK reads was meant to be.
struct IntendedVariable {
  std::string name;          // AWS_SECRET_ACCESS_KEY
  std::string_view what;     // "secret access key", for messages
  std::string_view read_by;  // who reads the intended name
  bool case_only = false;    // `aws_access_key_id`: right letters, wrong case
};

// The credential, region, profile, web-identity or file-location variable that `name`
// most likely meant: the same name in another case, an optimal-string-alignment distance
// of 1 (names under 14 characters) or 2 (longer names), or a known confusion
// (AWS_SECRET_ACCESS_KEY_ID). nullopt for known names, names that do not start with AWS,
// names with digits, names that extend a known one (AWS_REGIONS, AWS_PROFILE_NAME) and
// names equally close to two variables.
[[nodiscard]] std::optional<IntendedVariable> intended_variable(std::string_view name);

}  // namespace credlint::aws
