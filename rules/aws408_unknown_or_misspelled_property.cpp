// AWS408 unknown-or-misspelled-property: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws408 = {
    .id = "AWS408",
    .name = "unknown-or-misspelled-property",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A property (or environment variable) name that no SDK reads, with the nearest known name: `aws_secret_key`, `aws_access_key`, `region_name`, `AWS_ACCESS_KEY_ID` written in a credentials file, mixed-case keys that JS v3 cannot see, `AWS_SECRET_ACESS_KEY`, `AWS_DEFAULT_REGOIN`.",
    .full_description = "A property (or environment variable) name that no SDK reads, with the nearest known name: `aws_secret_key`, `aws_access_key`, `region_name`, `AWS_ACCESS_KEY_ID` written in a credentials file, mixed-case keys that JS v3 cannot see, `AWS_SECRET_ACESS_KEY`, `AWS_DEFAULT_REGOIN`.",
    .help_markdown = "A property (or environment variable) name that no SDK reads, with the nearest known name: `aws_secret_key`, `aws_access_key`, `region_name`, `AWS_ACCESS_KEY_ID` written in a credentials file, mixed-case keys that JS v3 cannot see, `AWS_SECRET_ACESS_KEY`, `AWS_DEFAULT_REGOIN`.",
};

}  // namespace credlint::rules
