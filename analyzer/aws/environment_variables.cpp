#include "aws/environment_variables.h"

#include <array>

namespace credlint::aws {
namespace {

struct Row {
  std::string_view name;
  VariableInfo info;
};

constexpr std::array<Row, 15> kVariables = {{
    {"AWS_ACCESS_KEY_ID", {VariableRole::AccessKeyId, false, "every SDK and the AWS CLI"}},
    {"AWS_SECRET_ACCESS_KEY", {VariableRole::SecretAccessKey, false, "every SDK and the AWS CLI"}},
    {"AWS_SESSION_TOKEN", {VariableRole::SessionToken, false, "every SDK and the AWS CLI"}},
    {"AWS_SECURITY_TOKEN", {VariableRole::SessionToken, true, "botocore and the AWS CLI only (checked before AWS_SESSION_TOKEN)"}},
    {"AWS_ACCESS_KEY", {VariableRole::AccessKeyId, true, "Go v1/v2, Java v1 and Ruby only, as a fallback"}},
    {"AWS_SECRET_KEY", {VariableRole::SecretAccessKey, true, "Go v1/v2, Java v1, .NET and Ruby only, as a fallback"}},
    {"AMAZON_ACCESS_KEY_ID", {VariableRole::AccessKeyId, true, "JS v2 and Ruby only"}},
    {"AMAZON_SECRET_ACCESS_KEY", {VariableRole::SecretAccessKey, true, "JS v2 and Ruby only"}},
    {"AMAZON_SESSION_TOKEN", {VariableRole::SessionToken, true, "JS v2 and Ruby only"}},
    {"AWS_REGION", {VariableRole::Region, false, "Go v2, JS v3, Java v2, .NET, Ruby (not botocore/AWS CLI)"}},
    {"AWS_DEFAULT_REGION", {VariableRole::Region, false, "botocore/AWS CLI, Go v2 and Ruby (not JS v3, Java v2, .NET)"}},
    {"AMAZON_REGION", {VariableRole::Region, true, "JS v2 and Ruby only"}},
    {"AWS_CREDENTIAL_EXPIRATION", {VariableRole::Expiry, false, "botocore and JS v3"}},
    {"AWS_SESSION_EXPIRATION", {VariableRole::Expiry, false, "aws-vault (not an SDK setting)"}},
    {"AWS_PROFILE", {VariableRole::Profile, false, "every SDK and the AWS CLI"}},
}};

}  // namespace

std::optional<VariableInfo> aws_variable(std::string_view name) {
  for (const Row& row : kVariables) {
    if (row.name == name) return row.info;
  }
  if (name == "AWS_DEFAULT_PROFILE") {
    return VariableInfo{VariableRole::Profile, false, "botocore/AWS CLI (before AWS_PROFILE) and Go v2 (after it), not JS v3 or Java v2"};
  }
  return std::nullopt;
}

}  // namespace credlint::aws
