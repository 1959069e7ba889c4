#include "aws/properties.h"

#include <array>

#include "core/text.h"

namespace credlint::aws {
namespace {

// Read by botocore/AWS CLI, Go v2, JS v3 or Java v2 from a profile, sso-session or
// services section.
constexpr std::array<std::string_view, 74> kSdkProperties = {
    "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "aws_security_token",
    "aws_account_id", "region", "output", "role_arn", "source_profile", "credential_source",
    "credential_process", "web_identity_token_file", "role_session_name", "external_id",
    "mfa_serial", "duration_seconds", "sso_session", "sso_start_url", "sso_region",
    "sso_account_id", "sso_role_name", "sso_registration_scopes", "sts_regional_endpoints",
    "endpoint_url", "ignore_configured_endpoint_urls", "use_fips_endpoint",
    "use_dualstack_endpoint", "ca_bundle", "services", "s3", "s3api", "cli_pager",
    "cli_timestamp_format", "cli_follow_urlparam", "cli_binary_format", "cli_auto_prompt",
    "cli_history", "max_attempts", "retry_mode", "parameter_validation", "tcp_keepalive",
    "defaults_mode", "api_versions", "metadata_service_timeout", "metadata_service_num_attempts",
    "ec2_metadata_service_endpoint", "ec2_metadata_service_endpoint_mode",
    "ec2_metadata_v1_disabled", "endpoint_discovery_enabled", "account_id_endpoint_mode",
    "auth_scheme_preference", "sigv4a_signing_region_set", "request_checksum_calculation",
    "response_checksum_validation", "disable_request_compression",
    "request_min_compression_size_bytes", "sdk_ua_app_id", "use_accelerate_endpoint",
    "s3_use_arn_region", "s3_disable_multiregion_access_points", "addressing_style",
    "payload_signing_enabled", "signature_version", "max_concurrent_requests", "max_queue_size",
    "multipart_threshold", "multipart_chunksize", "max_bandwidth", "login_session",
    "cli_legacy_plugin_path", "plugins", "dynamodb", "sts", "imds_use_ipv6"};

// Written or read by popular credential tools; not SDK settings, but not mistakes.
constexpr std::array<std::string_view, 20> kToolProperties = {
    "include_profile", "parent_profile", "mfa_process", "x_security_token_expires",
    "x_principal_arn", "aws_expiration", "aws_session_expiration", "expiration",
    "aws_credential_expiration", "azure_tenant_id", "azure_app_id_uri", "azure_default_username",
    "azure_default_role_arn", "azure_default_duration_hours", "azure_default_remember_me",
    "toolkit_artifact_guid", "granted_sso_start_url", "granted_sso_region",
    "granted_sso_account_id", "granted_sso_role_name"};

struct Alias {
  std::string_view written;
  std::string_view meant;
};
// Names people write for a real property: SDK keyword arguments, env-var spellings,
// boto2 and Java v1 names.
constexpr std::array<Alias, 16> kAliases = {{
    {"aws_secret_key", "aws_secret_access_key"},
    {"aws_access_key", "aws_access_key_id"},
    {"aws_secret_access_key_id", "aws_secret_access_key"},
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
}};

bool is_in(std::string_view key, const auto& list) {
  for (std::string_view item : list) {
    if (item == key) return true;
  }
  return false;
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

bool is_known_property(std::string_view key) {
  return is_in(key, kSdkProperties) || is_in(key, kToolProperties);
}

std::optional<std::string> intended_property(std::string_view key) {
  if (is_known_property(key)) return std::nullopt;
  for (const Alias& alias : kAliases) {
    if (alias.written == key) return std::string(alias.meant);
  }
  // Typos: within two edits of an SDK property, for names long enough that two edits
  // are a typo rather than another word.
  if (key.size() < 6) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_distance = 3;
  for (std::string_view known : kSdkProperties) {
    const std::size_t distance = core::edit_distance(key, known, best_distance);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(known);
    }
  }
  return best;
}

}  // namespace credlint::aws
