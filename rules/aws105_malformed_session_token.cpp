// AWS105 malformed-session-token: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws105 = {
    .id = "AWS105",
    .name = "malformed-session-token",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A session token that is too short to be real, contains characters outside base64, or is cut by a line break or comment.",
    .full_description = "A session token that is too short to be real, contains characters outside base64, or is cut by a line break or comment.",
    .help_markdown = "A session token that is too short to be real, contains characters outside base64, or is cut by a line break or comment.",
};

}  // namespace credlint::rules
