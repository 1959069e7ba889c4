#include "aws/environment_variables.h"

#include <algorithm>
#include <vector>

namespace credlint::aws {
namespace {

using Role = VariableRole;

struct Row {
  std::string_view name;
  Role role = Role::Other;
  bool legacy = false;
  std::string_view read_by;
  // What a misspelling loses ("secret access key"); non-empty makes the name a typo
  // target: the credential, region, profile, web-identity and file-location variables,
  // whose loss changes which identity or region a program uses.
  std::string_view typo_what = {};
  std::string_view property = {};  // the shared-config setting whose values it takes
};

constexpr std::string_view kEverySdk = "every SDK and the AWS CLI";

// aws-semantics.md §3.1 (and the SDKs and Tools Reference Guide's settings list).
constexpr Row kVariables[] = {
    // Credentials.
    {"AWS_ACCESS_KEY_ID", Role::AccessKeyId, false, kEverySdk, "access key ID"},
    {"AWS_SECRET_ACCESS_KEY", Role::SecretAccessKey, false, kEverySdk, "secret access key"},
    {"AWS_SESSION_TOKEN", Role::SessionToken, false, kEverySdk, "session token"},
    {"AWS_SECURITY_TOKEN", Role::SessionToken, true,
     "botocore and the AWS CLI only (checked before AWS_SESSION_TOKEN)"},
    {"AWS_ACCESS_KEY", Role::AccessKeyId, true, "Go v1/v2, Java v1 and Ruby only, as a fallback"},
    {"AWS_SECRET_KEY", Role::SecretAccessKey, true, "Go v1/v2, Java v1, .NET and Ruby only, as a fallback"},
    {"AMAZON_ACCESS_KEY_ID", Role::AccessKeyId, true, "JS v2 and Ruby only"},
    {"AMAZON_SECRET_ACCESS_KEY", Role::SecretAccessKey, true, "JS v2 and Ruby only"},
    {"AMAZON_SESSION_TOKEN", Role::SessionToken, true, "JS v2 and Ruby only"},
    {"AWS_CREDENTIAL_EXPIRATION", Role::Expiry, false, "botocore and JS v3"},
    {"AWS_SESSION_EXPIRATION", Role::Expiry, false, "aws-vault (not an SDK setting)"},
    {"AWS_ACCOUNT_ID", Role::Other, false, "botocore, Go v2, .NET and Ruby"},
    // Region and profile.
    {"AWS_REGION", Role::Region, false, "Go v2, JS v3, Java v2, .NET, Ruby (not botocore/AWS CLI)", "region"},
    {"AWS_DEFAULT_REGION", Role::Region, false, "botocore/AWS CLI, Go v2 and Ruby (not JS v3, Java v2, .NET)",
     "region"},
    {"AMAZON_REGION", Role::Region, true, "JS v2 and Ruby only"},
    {"AWS_PROFILE", Role::Profile, false, kEverySdk, "profile name"},
    {"AWS_DEFAULT_PROFILE", Role::Profile, false,
     "botocore/AWS CLI (before AWS_PROFILE) and Go v2 (after it), not JS v3 or Java v2", "profile name"},
    // Where the shared files are, and assume-role with web identity.
    {"AWS_CONFIG_FILE", Role::Other, false, kEverySdk, "config file location"},
    {"AWS_SHARED_CREDENTIALS_FILE", Role::Other, false, kEverySdk, "credentials file location"},
    {"AWS_ROLE_ARN", Role::Other, false, "botocore/AWS CLI, Go, JS, Java v2 and PHP", "role ARN"},
    {"AWS_WEB_IDENTITY_TOKEN_FILE", Role::Other, false, "botocore/AWS CLI, Go, JS, Java v2 and PHP",
     "web identity token file"},
    {"AWS_ROLE_SESSION_NAME", Role::Other, false, "botocore/AWS CLI, Go, JS, Java v2 and PHP", "role session name"},
    {"AWS_SDK_LOAD_CONFIG", Role::Other, false, "Go v1 and JS v2"},
    {"AWS_SDK_CONFIG_OPT_OUT", Role::Other, false, "Ruby"},
    // Container and instance credentials.
    {"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", Role::Other, false, kEverySdk},
    {"AWS_CONTAINER_CREDENTIALS_FULL_URI", Role::Other, false, kEverySdk},
    {"AWS_CONTAINER_AUTHORIZATION_TOKEN", Role::Other, false, kEverySdk},
    {"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", Role::Other, false, kEverySdk},
    {"AWS_EC2_METADATA_DISABLED", Role::Other, false, kEverySdk},
    {"AWS_EC2_METADATA_V1_DISABLED", Role::Other, false, kEverySdk},
    {"AWS_EC2_METADATA_SERVICE_ENDPOINT", Role::Other, false, kEverySdk},
    {"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", Role::Other, false, kEverySdk},
    {"AWS_METADATA_SERVICE_TIMEOUT", Role::Other, false, "botocore/AWS CLI"},
    {"AWS_METADATA_SERVICE_NUM_ATTEMPTS", Role::Other, false, "botocore/AWS CLI"},
    // Endpoints.
    {"AWS_ENDPOINT_URL", Role::Other, false, "botocore/AWS CLI, Go v2, JS v3, Java v2, Ruby"},
    {"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", Role::Other, false, "botocore/AWS CLI, Go v2, Java v2, Ruby"},
    {"AWS_STS_REGIONAL_ENDPOINTS",
     Role::Other,
     false,
     "botocore/AWS CLI, Go v1, JS v2 and Ruby",
     {},
     "sts_regional_endpoints"},
    {"AWS_USE_FIPS_ENDPOINT", Role::Other, false, kEverySdk, {}, "use_fips_endpoint"},
    {"AWS_USE_DUALSTACK_ENDPOINT", Role::Other, false, kEverySdk, {}, "use_dualstack_endpoint"},
    {"AWS_CA_BUNDLE", Role::Other, false, "botocore/AWS CLI, Go v1/v2 and Ruby"},
    {"AWS_ENABLE_ENDPOINT_DISCOVERY", Role::Other, false, "Go v1/v2"},
    {"AWS_ENDPOINT_DISCOVERY_ENABLED", Role::Other, false, "botocore, JS v2/v3 and Java"},
    {"AWS_ACCOUNT_ID_ENDPOINT_MODE", Role::Other, false, "botocore, Go v2, JS v3 and Java v2"},
    {"AWS_S3_USE_ARN_REGION", Role::Other, false, kEverySdk},
    {"AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", Role::Other, false, kEverySdk},
    {"AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", Role::Other, false, "botocore, Go v1 and JS v2"},
    {"AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", Role::Other, false, kEverySdk},
    // Retries, defaults, signing, checksums, compression, user agent.
    {"AWS_MAX_ATTEMPTS", Role::Other, false, kEverySdk},
    {"AWS_RETRY_MODE", Role::Other, false, kEverySdk, {}, "retry_mode"},
    {"AWS_DEFAULTS_MODE", Role::Other, false, kEverySdk, {}, "defaults_mode"},
    {"AWS_SDK_UA_APP_ID", Role::Other, false, kEverySdk},
    {"AWS_REQUEST_CHECKSUM_CALCULATION", Role::Other, false, kEverySdk},
    {"AWS_RESPONSE_CHECKSUM_VALIDATION", Role::Other, false, kEverySdk},
    {"AWS_DISABLE_REQUEST_COMPRESSION", Role::Other, false, kEverySdk},
    {"AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", Role::Other, false, kEverySdk},
    {"AWS_AUTH_SCHEME_PREFERENCE", Role::Other, false, kEverySdk},
    {"AWS_SIGV4A_SIGNING_REGION_SET", Role::Other, false, kEverySdk},
    {"AWS_NODEJS_CONNECTION_REUSE_ENABLED", Role::Other, false, "JS v2/v3"},
    // The AWS CLI.
    {"AWS_DEFAULT_OUTPUT", Role::Other, false, "the AWS CLI", {}, "output"},
    {"AWS_PAGER", Role::Other, false, "the AWS CLI"},
    {"AWS_DATA_PATH", Role::Other, false, "botocore/AWS CLI"},
};

// Families: AWS_ENDPOINT_URL_<SERVICE> and the CLI's and client-side monitoring's own.
constexpr std::string_view kSdkPrefixes[] = {"AWS_ENDPOINT_URL_", "AWS_CONTAINER_CREDENTIALS_", "AWS_CLI_", "AWS_CSM_"};

// Set by AWS runtimes (Lambda, ECS, CodeBuild, X-Ray) and popular tools; not mistakes.
constexpr std::string_view kRuntimeVariables[] = {"AWS_EXECUTION_ENV", "AWS_VAULT", "AWS_BATCH_JOB_ID",
                                                  "AWS_BATCH_JQ_NAME", "AWS_BATCH_CE_NAME"};
constexpr std::string_view kRuntimePrefixes[] = {"AWS_LAMBDA_",    "AWS_XRAY_", "AWS_VAULT_",
                                                 "AWS_CODEBUILD_", "AWS_ECS_",  "AWS_BATCH_"};

// Names people write for a standard variable that no edit distance finds.
struct Confusion {
  std::string_view written;
  std::string_view meant;
};
constexpr Confusion kConfusions[] = {
    {"AWS_SECRET_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"},
};

const Row* find_row(std::string_view name) {
  for (const Row& row : kVariables) {
    if (row.name == name) return &row;
  }
  return nullptr;
}

bool has_prefix(std::string_view name, const auto& prefixes) {
  return std::any_of(std::begin(prefixes), std::end(prefixes), [&](std::string_view prefix) {
    return name.size() > prefix.size() && name.substr(0, prefix.size()) == prefix;
  });
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions, which is
// what a typing slip looks like (REGOIN for REGION is one slip, not two).
std::size_t typo_distance(std::string_view a, std::string_view b) {
  const std::size_t rows = a.size() + 1;
  const std::size_t cols = b.size() + 1;
  std::vector<std::size_t> d(rows * cols);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * cols + j]; };
  for (std::size_t i = 0; i < rows; ++i) at(i, 0) = i;
  for (std::size_t j = 0; j < cols; ++j) at(0, j) = j;
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < cols; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

// Two slips are a typo in a long name; in AWS_REGION or AWS_PROFILE two changes already
// make another plausible word, so short names get one.
std::size_t typo_budget(std::string_view target) { return target.size() >= 14 ? 2 : 1; }

IntendedVariable intended(const Row& row, bool case_only) {
  return IntendedVariable{std::string(row.name), row.typo_what, row.read_by, case_only};
}

}  // namespace

std::optional<VariableInfo> sdk_variable(std::string_view name) {
  if (const Row* row = find_row(name)) return VariableInfo{row->role, row->legacy, row->read_by};
  if (has_prefix(name, kSdkPrefixes)) return VariableInfo{Role::Other, false, {}};
  return std::nullopt;
}

std::optional<VariableInfo> aws_variable(std::string_view name) {
  const Row* row = find_row(name);
  if (row == nullptr || row->role == Role::Other) return std::nullopt;
  return VariableInfo{row->role, row->legacy, row->read_by};
}

bool is_known_variable(std::string_view name) {
  if (sdk_variable(name)) return true;
  return std::find(std::begin(kRuntimeVariables), std::end(kRuntimeVariables), name) != std::end(kRuntimeVariables) ||
         has_prefix(name, kRuntimePrefixes);
}

std::optional<std::string_view> variable_property(std::string_view name) {
  const Row* row = find_row(name);
  if (row == nullptr || row->property.empty() || row->role != Role::Other) return std::nullopt;
  return row->property;
}

std::optional<IntendedVariable> intended_variable(std::string_view name) {
  if (is_known_variable(name)) return std::nullopt;
  const std::string upper = ascii_upper(name);
  // Only names that start like an AWS variable: DATABASE_URL or SECRET_KEY belong to
  // the application, whatever they resemble.
  if (upper.rfind("AWS", 0) != 0) return std::nullopt;
  for (const Confusion& confusion : kConfusions) {
    if (confusion.written == upper) return intended(*find_row(confusion.meant), false);
  }
  if (upper != name) {
    if (const Row* row = find_row(upper)) {
      if (row->typo_what.empty()) return std::nullopt;  // another case of a setting: left alone
      return intended(*row, true);
    }
    // The same name in upper case is a known one (aws_default_output): not a typo.
    if (is_known_variable(upper)) return std::nullopt;
  }
  // The targets have no digits, and AWS_REGION2 is a second region, not a slip.
  if (std::any_of(upper.begin(), upper.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;

  const Row* best = nullptr;
  std::size_t best_distance = 0;
  bool tie = false;
  for (const Row& row : kVariables) {
    // AWS_REGIONS, AWS_PROFILE_NAME, AWS_SESSION_TOKEN_TTL: the application's own
    // variable named after the SDK's, not a misspelling of it.
    if (upper.size() > row.name.size() && upper.compare(0, row.name.size(), row.name) == 0) continue;
    const std::size_t distance = typo_distance(upper, row.name);
    if (best == nullptr || distance < best_distance) {
      best = &row;
      best_distance = distance;
      tie = false;
    } else if (distance == best_distance) {
      tie = true;
    }
  }
  // The nearest variable must be a target, alone at that distance, and within budget; a
  // name nearest to some other setting is that setting's business.
  if (best == nullptr || tie || best->typo_what.empty() || best_distance == 0 ||
      best_distance > typo_budget(best->name)) {
    return std::nullopt;
  }
  return intended(*best, false);
}

}  // namespace credlint::aws
