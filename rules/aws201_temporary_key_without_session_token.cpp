// AWS201 temporary-key-without-session-token: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws201 = {
    .id = "AWS201",
    .name = "temporary-key-without-session-token",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A temporary access key ID (ASIA...) with no session token beside it: in the same profile, the same .env file, or the same SDK call.",
    .full_description = "A temporary access key ID (ASIA...) with no session token beside it: in the same profile, the same .env file, or the same SDK call.",
    .help_markdown = "A temporary access key ID (ASIA...) with no session token beside it: in the same profile, the same .env file, or the same SDK call.",
};

}  // namespace credlint::rules
