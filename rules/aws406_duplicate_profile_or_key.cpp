// AWS406 duplicate-profile-or-key: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws406 = {
    .id = "AWS406",
    .name = "duplicate-profile-or-key",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A profile or property defined twice in one file: botocore and the AWS CLI refuse to parse the whole file, the other SDKs merge and the last value wins.",
    .full_description = "A profile or property defined twice in one file: botocore and the AWS CLI refuse to parse the whole file, the other SDKs merge and the last value wins.",
    .help_markdown = "A profile or property defined twice in one file: botocore and the AWS CLI refuse to parse the whole file, the other SDKs merge and the last value wins.",
};

}  // namespace credlint::rules
