// AWS405 conflicting-credential-sources: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws405 = {
    .id = "AWS405",
    .name = "conflicting-credential-sources",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "One profile with more than one credential source where the SDKs disagree or one silently wins: static keys with `credential_process`, `sso_*` or `role_arn`; `source_profile` with `credential_source`; `role_arn` with neither.",
    .full_description = "One profile with more than one credential source where the SDKs disagree or one silently wins: static keys with `credential_process`, `sso_*` or `role_arn`; `source_profile` with `credential_source`; `role_arn` with neither.",
    .help_markdown = "One profile with more than one credential source where the SDKs disagree or one silently wins: static keys with `credential_process`, `sso_*` or `role_arn`; `source_profile` with `credential_source`; `role_arn` with neither.",
};

}  // namespace credlint::rules
