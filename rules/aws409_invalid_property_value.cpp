// AWS409 invalid-property-value: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws409 = {
    .id = "AWS409",
    .name = "invalid-property-value",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A value its property cannot take: `role_arn` or `mfa_serial` that is not a well-formed ARN of the right kind, `duration_seconds` outside 900–43200, `sts_regional_endpoints` other than `legacy`/`regional`, `output` not a CLI output format, `sso_start_url` that is not an https URL, an empty `credential_process`, a `web_identity_token_file` that is empty.",
    .full_description = "A value its property cannot take: `role_arn` or `mfa_serial` that is not a well-formed ARN of the right kind, `duration_seconds` outside 900–43200, `sts_regional_endpoints` other than `legacy`/`regional`, `output` not a CLI output format, `sso_start_url` that is not an https URL, an empty `credential_process`, a `web_identity_token_file` that is empty.",
    .help_markdown = "A value its property cannot take: `role_arn` or `mfa_serial` that is not a well-formed ARN of the right kind, `duration_seconds` outside 900–43200, `sts_regional_endpoints` other than `legacy`/`regional`, `output` not a CLI output format, `sso_start_url` that is not an https URL, an empty `credential_process`, a `web_identity_token_file` that is empty.",
};

}  // namespace credlint::rules
