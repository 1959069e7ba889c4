#include "aws/properties.h"

#include <algorithm>

#include "core/text.h"

namespace credlint::aws {
namespace {

// Read at the top level of a profile, sso-session or services section by botocore/AWS
// CLI, Go v2, JS v3, Java v2 or the other SDKs (aws-semantics.md §2, the SDKs and Tools
// Reference Guide's settings list, the AWS CLI's own settings).
constexpr std::string_view kSdkProperties[] = {
    // credentials and identity
    "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token", "aws_account_id",
    // region and CLI output
    "region", "output",
    // assume role
    "role_arn", "source_profile", "credential_source", "credential_process", "web_identity_token_file",
    "role_session_name", "external_id", "mfa_serial", "duration_seconds",
    // IAM Identity Center
    "sso_session", "sso_start_url", "sso_region", "sso_account_id", "sso_role_name", "sso_registration_scopes",
    "login_session",
    // endpoints
    "sts_regional_endpoints", "endpoint_url", "ignore_configured_endpoint_urls", "use_fips_endpoint",
    "use_dualstack_endpoint", "services", "ca_bundle", "endpoint_discovery_enabled", "account_id_endpoint_mode",
    "s3_use_arn_region", "s3_disable_multiregion_access_points", "s3_us_east_1_regional_endpoint",
    "s3_disable_express_session_auth", "disable_host_prefix_injection",
    // retries, timeouts, instance metadata
    "max_attempts", "retry_mode", "defaults_mode", "parameter_validation", "tcp_keepalive", "metadata_service_timeout",
    "metadata_service_num_attempts", "ec2_metadata_service_endpoint", "ec2_metadata_service_endpoint_mode",
    "ec2_metadata_v1_disabled", "imds_use_ipv6",
    // signing, checksums, compression, user agent
    "auth_scheme_preference", "sigv4a_signing_region_set", "signature_version", "request_checksum_calculation",
    "response_checksum_validation", "disable_request_compression", "request_min_compression_size_bytes",
    "sdk_ua_app_id", "api_versions",
    // client-side monitoring (botocore, Go v1, Java v1)
    "csm_enabled", "csm_port", "csm_host", "csm_client_id",
    // AWS CLI
    "cli_pager", "cli_timestamp_format", "cli_follow_urlparam", "cli_binary_format", "cli_auto_prompt", "cli_history",
    "cli_legacy_plugin_path", "plugins",
    // per-service sub-sections
    "s3", "s3api", "dynamodb", "sts"};

// Read by the AWS CLI only nested under `s3 =` (or `s3api =`): at the top level of a
// profile nothing reads them.
constexpr std::string_view kS3OnlyProperties[] = {
    "max_concurrent_requests", "max_queue_size",          "multipart_threshold",
    "multipart_chunksize",     "max_bandwidth",           "addressing_style",
    "use_accelerate_endpoint", "payload_signing_enabled", "preferred_transfer_client",
    "target_bandwidth",        "use_arn_region",          "us_east_1_regional_endpoint"};

// Nested under `s3 =`: the S3-only settings plus the ones also read at the top level.
constexpr std::string_view kS3SharedSubProperties[] = {"use_dualstack_endpoint", "signature_version",
                                                       "use_fips_endpoint"};

// Written or read by popular credential tools; not SDK settings, but not mistakes.
constexpr std::string_view kToolProperties[] = {
    // aws-vault
    "include_profile", "parent_profile", "mfa_process", "session_tags", "transitive_session_tags", "source_identity",
    // saml2aws and other SAML helpers
    "x_security_token_expires", "x_principal_arn",
    // expiry fields of credential helpers (gimme-aws-creds, aws-google-auth, granted, awsume)
    "aws_expiration", "aws_session_expiration", "expiration", "aws_credential_expiration",
    // aws-azure-login
    "azure_tenant_id", "azure_app_id_uri", "azure_default_username", "azure_default_role_arn",
    "azure_default_duration_hours", "azure_default_remember_me",
    // AWS Toolkit, granted, aws-sso-util
    "toolkit_artifact_guid", "granted_sso_start_url", "granted_sso_region", "granted_sso_account_id",
    "granted_sso_role_name", "sso_account_name", "sso_auto_populated"};

struct Alias {
  std::string_view written;
  std::string_view meant;
};
// Names people write for a real property: SDK keyword arguments, env-var spellings,
// boto2 and Java v1 names. Only AWS_ACCESS_KEY/AWS_SECRET_KEY as *environment
// variables* are read by some SDKs; as property names nothing reads them.
constexpr Alias kAliases[] = {
    {"aws_secret_key", "aws_secret_access_key"},
    {"aws_access_key", "aws_access_key_id"},
    {"aws_secret_access_key_id", "aws_secret_access_key"},
    {"aws_secret", "aws_secret_access_key"},
    {"secret_access_key", "aws_secret_access_key"},
    {"secret_key", "aws_secret_access_key"},
    {"access_key_id", "aws_access_key_id"},
    {"access_key", "aws_access_key_id"},
    {"session_token", "aws_session_token"},
    {"aws_token", "aws_session_token"},
    {"region_name", "region"},
    {"aws_region", "region"},
    {"aws_default_region", "region"},
    {"default_region", "region"},
    {"profile", "source_profile"},
    {"aws_profile", "source_profile"},
    {"role", "role_arn"},
    {"session_name", "role_session_name"},
    {"sso_url", "sso_start_url"},
    {"start_url", "sso_start_url"},
    {"mfa_arn", "mfa_serial"},
    {"mfa_device", "mfa_serial"},
};

constexpr std::string_view kTopLevelBooleans[] = {"use_fips_endpoint",
                                                  "use_dualstack_endpoint",
                                                  "ignore_configured_endpoint_urls",
                                                  "ec2_metadata_v1_disabled",
                                                  "disable_request_compression",
                                                  "s3_use_arn_region",
                                                  "s3_disable_multiregion_access_points",
                                                  "s3_disable_express_session_auth",
                                                  "tcp_keepalive",
                                                  "parameter_validation",
                                                  "csm_enabled"};
constexpr std::string_view kS3Booleans[] = {"use_accelerate_endpoint", "use_dualstack_endpoint",
                                            "payload_signing_enabled", "use_arn_region"};

constexpr std::string_view kStsRegionalEndpoints[] = {"legacy", "regional"};
constexpr std::string_view kOutputFormats[] = {"json", "text", "table", "yaml", "yaml-stream"};
constexpr std::string_view kCredentialSources[] = {"Environment", "Ec2InstanceMetadata", "EcsContainer"};
constexpr std::string_view kRetryModes[] = {"legacy", "standard", "adaptive"};
constexpr std::string_view kDefaultsModes[] = {"legacy", "standard", "in-region", "cross-region", "mobile", "auto"};

// botocore compares sts_regional_endpoints, output (the AWS CLI's formatter table) and
// credential_source exactly; retry and defaults modes are only checked against the list.
const EnumeratedSetting kEnumeratedSettings[] = {
    {"sts_regional_endpoints", kStsRegionalEndpoints, true},
    {"output", kOutputFormats, true},
    {"credential_source", kCredentialSources, true},
    {"retry_mode", kRetryModes, false},
    {"defaults_mode", kDefaultsModes, false},
};

bool is_in(std::string_view key, const auto& list) {
  return std::find(std::begin(list), std::end(list), key) != std::end(list);
}

// `aws access key id`, `role-arn`: blanks and hyphens for underscores.
std::string with_underscores(std::string_view key) {
  std::string out(core::trim_blanks(key));
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == ' ' || c == '\t' || c == '-'; }, '_');
  return out;
}

// The nearest name of `candidates` within two edits, for names long enough that two
// edits are a typo rather than another word.
std::optional<std::string> nearest(std::string_view key, const auto& candidates) {
  if (key.size() < 6) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_distance = 3;
  for (std::string_view known : candidates) {
    const std::size_t distance = core::edit_distance(key, known, best_distance);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(known);
    }
  }
  return best;
}

}  // namespace

PropertyRole property_role(std::string_view key) {
  if (key == "aws_access_key_id") return PropertyRole::AccessKeyId;
  if (key == "aws_secret_access_key") return PropertyRole::SecretAccessKey;
  if (key == "aws_session_token" || key == "aws_security_token") return PropertyRole::SessionToken;
  if (key == "region" || key == "sso_region") return PropertyRole::Region;
  if (key == "x_security_token_expires" || key == "aws_expiration" || key == "aws_session_expiration" ||
      key == "expiration" || key == "aws_credential_expiration") {
    return PropertyRole::Expiry;
  }
  return is_known_property(key) ? PropertyRole::Other : PropertyRole::Unknown;
}

bool is_credential_role(PropertyRole role) {
  return role == PropertyRole::AccessKeyId || role == PropertyRole::SecretAccessKey ||
         role == PropertyRole::SessionToken;
}

bool is_sdk_property(std::string_view key) { return is_in(key, kSdkProperties) || is_in(key, kS3OnlyProperties); }

bool is_known_property(std::string_view key) { return is_sdk_property(key) || is_in(key, kToolProperties); }

std::optional<std::string> intended_property(std::string_view key) {
  if (is_known_property(key)) return std::nullopt;
  for (const Alias& alias : kAliases) {
    if (alias.written == key) return std::string(alias.meant);
  }
  const std::string normalised = with_underscores(key);
  if (normalised != key) {
    if (is_sdk_property(normalised)) return normalised;
    for (const Alias& alias : kAliases) {
      if (alias.written == normalised) return std::string(alias.meant);
    }
  }
  return nearest(normalised, kSdkProperties);
}

std::optional<std::string_view> nested_only_parent(std::string_view key) {
  if (is_in(key, kS3OnlyProperties)) return std::string_view("s3");
  return std::nullopt;
}

bool is_known_s3_sub_property(std::string_view key) {
  return is_in(key, kS3OnlyProperties) || is_in(key, kS3SharedSubProperties);
}

std::optional<std::string> intended_s3_sub_property(std::string_view key) {
  if (is_known_s3_sub_property(key)) return std::nullopt;
  const std::string normalised = with_underscores(key);
  if (is_known_s3_sub_property(normalised)) return normalised;
  if (auto best = nearest(normalised, kS3OnlyProperties)) return best;
  return nearest(normalised, kS3SharedSubProperties);
}

bool is_boolean_property(std::string_view key, bool nested) {
  return nested ? is_in(key, kS3Booleans) : is_in(key, kTopLevelBooleans);
}

const EnumeratedSetting* enumerated_setting(std::string_view key) {
  for (const EnumeratedSetting& setting : kEnumeratedSettings) {
    if (setting.key == key) return &setting;
  }
  return nullptr;
}

}  // namespace credlint::aws
