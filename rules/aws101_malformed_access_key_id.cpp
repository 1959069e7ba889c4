// AWS101 malformed-access-key-id: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws101 = {
    .id = "AWS101",
    .name = "malformed-access-key-id",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "An access key ID that cannot be valid: not exactly 20 characters (truncated or with extra characters), characters outside `A-Z0-9`, lower case, or a prefix that is not a credential prefix (AKIA, ASIA, ...).",
    .full_description = "An access key ID that cannot be valid: not exactly 20 characters (truncated or with extra characters), characters outside `A-Z0-9`, lower case, or a prefix that is not a credential prefix (AKIA, ASIA, ...).",
    .help_markdown = "An access key ID that cannot be valid: not exactly 20 characters (truncated or with extra characters), characters outside `A-Z0-9`, lower case, or a prefix that is not a credential prefix (AKIA, ASIA, ...).",
};

}  // namespace credlint::rules
