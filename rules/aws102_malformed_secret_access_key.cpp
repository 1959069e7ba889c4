// AWS102 malformed-secret-access-key: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws102 = {
    .id = "AWS102",
    .name = "malformed-secret-access-key",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A secret access key that is not exactly 40 characters of `A-Za-z0-9/+`: truncated, padded, wrapped across lines.",
    .full_description = "A secret access key that is not exactly 40 characters of `A-Za-z0-9/+`: truncated, padded, wrapped across lines.",
    .help_markdown = "A secret access key that is not exactly 40 characters of `A-Za-z0-9/+`: truncated, padded, wrapped across lines.",
};

}  // namespace credlint::rules
