// The environment-variable table: what AWS408 suggests for misspelled names in .env
// files, and, just as important, the many AWS_* names it must leave alone.
#include "aws/environment_variables.h"

#include <catch2/catch.hpp>

namespace credlint::aws {
namespace {

std::string meant(std::string_view name) {
  const auto intended = intended_variable(name);
  return intended ? intended->name : std::string("-");
}

TEST_CASE("misspelled AWS variables get the nearest SDK name", "[aws][env]") {
  CHECK(meant("AWS_SECRET_ACESS_KEY") == "AWS_SECRET_ACCESS_KEY");
  CHECK(meant("AWS_ACCES_KEY_ID") == "AWS_ACCESS_KEY_ID");
  CHECK(meant("AWS_DEFAULT_REGOIN") == "AWS_DEFAULT_REGION");
  CHECK(meant("AWS_DEFUALT_REGION") == "AWS_DEFAULT_REGION");
  CHECK(meant("AWS_SESSION_TOKE") == "AWS_SESSION_TOKEN");
  CHECK(meant("AWS_REGON") == "AWS_REGION");
  CHECK(meant("AWS_REIGON") == "AWS_REGION");
  CHECK(meant("AWS_PROFLE") == "AWS_PROFILE");
  CHECK(meant("AWS_SECRET_ACCESS_KEY_ID") == "AWS_SECRET_ACCESS_KEY");
  CHECK(meant("AWS_SHARED_CREDENTIAL_FILE") == "AWS_SHARED_CREDENTIALS_FILE");
  CHECK(meant("AWS_WEB_IDENTITY_TOKEN_FIEL") == "AWS_WEB_IDENTITY_TOKEN_FILE");
  CHECK(meant("AWS_ACCESSKEYID") == "AWS_ACCESS_KEY_ID");
  CHECK(meant("aws_secret_acess_key") == "AWS_SECRET_ACCESS_KEY");
}

TEST_CASE("a credential, region or profile variable in lower case is a case mistake", "[aws][env]") {
  for (const std::string_view name : {"aws_access_key_id", "aws_secret_access_key", "Aws_Region", "aws_profile",
                                      "aws_default_region", "aws_session_token"}) {
    INFO(name);
    const auto intended = intended_variable(name);
    REQUIRE(intended);
    CHECK(intended->case_only);
  }
  CHECK_FALSE(intended_variable("AWS_REGON")->case_only);
}

TEST_CASE("known, legacy, runtime and application AWS_* names are left alone", "[aws][env]") {
  for (const std::string_view name :
       {// SDK settings and the standard names themselves
        "AWS_ACCESS_KEY_ID", "AWS_REGION", "AWS_PROFILE", "AWS_SDK_LOAD_CONFIG", "AWS_CA_BUNDLE", "AWS_ROLE_ARN",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_SESSION_NAME", "AWS_STS_REGIONAL_ENDPOINTS", "AWS_PAGER",
        "AWS_DEFAULT_OUTPUT", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE", "AWS_EC2_METADATA_DISABLED",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_USE_FIPS_ENDPOINT",
        "AWS_USE_DUALSTACK_ENDPOINT", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ACCOUNT_ID", "AWS_CREDENTIAL_EXPIRATION",
        // legacy names: AWS204's business
        "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "AWS_SECURITY_TOKEN", "AMAZON_ACCESS_KEY_ID", "AMAZON_SECRET_ACCESS_KEY",
        "AMAZON_SESSION_TOKEN", "AMAZON_REGION",
        // set by AWS runtimes and tools
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_RUNTIME_API", "AWS_EXECUTION_ENV", "AWS_XRAY_DAEMON_ADDRESS",
        "AWS_VAULT", "AWS_SESSION_EXPIRATION",
        // the application's own
        "DATABASE_URL", "SECRET_KEY", "AWS_S3_BUCKET", "AWS_BUCKET_NAME", "AWS_BUCKET", "AWS_REGIONS",
        "AWS_REGION_NAME", "AWS_REGION2", "AWS_PROFILE_NAME", "AWS_PROFILES", "AWS_SESSION_TOKEN_TTL",
        "AWS_ACCESS_KEY_IDS", "AWS_S3_REGION", "AWS_STORAGE_BUCKET_NAME", "AWS_SES_REGION", "AWS_KEY", "AWS_SECRET",
        "AWS_ACCESS_TOKEN", "AWS_SESSION_NAME", "AWS_ROLE_NAME", "AWS_IAM_ROLE_ARN", "AWS_KMS_KEY_ID",
        "AWS_COGNITO_REGION", "AWS_DEFAULT_ACL", "AWS_QUERYSTRING_AUTH", "AWS_LOCATION", "AWS_CLOUDFRONT_DOMAIN",
        "S3_ACCESS_KEY_ID", "WS_ACCESS_KEY_ID",
        // other case of a setting that is not a credential, region or profile variable
        "aws_default_output", "aws_pager"}) {
    INFO(name);
    CHECK_FALSE(intended_variable(name));
  }
}

TEST_CASE("aws_variable keeps to credentials, expiry, region and profile", "[aws][env]") {
  CHECK(aws_variable("AWS_SECRET_KEY")->legacy);
  CHECK(aws_variable("AWS_DEFAULT_PROFILE")->role == VariableRole::Profile);
  CHECK_FALSE(aws_variable("AWS_ROLE_ARN"));
  CHECK_FALSE(aws_variable("AWS_USE_FIPS_ENDPOINT"));
  CHECK(sdk_variable("AWS_USE_FIPS_ENDPOINT"));
  CHECK(sdk_variable("AWS_ENDPOINT_URL_SECRETS_MANAGER"));
  CHECK(variable_property("AWS_USE_FIPS_ENDPOINT") == std::optional<std::string_view>("use_fips_endpoint"));
  CHECK_FALSE(variable_property("AWS_REGION"));
}

}  // namespace
}  // namespace credlint::aws
