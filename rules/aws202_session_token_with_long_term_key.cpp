// AWS202 session-token-with-long-term-key: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws202 = {
    .id = "AWS202",
    .name = "session-token-with-long-term-key",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A session token paired with a long-term key ID (AKIA...): the token is stale or belongs to other credentials.",
    .full_description = "A session token paired with a long-term key ID (AKIA...): the token is stale or belongs to other credentials.",
    .help_markdown = "A session token paired with a long-term key ID (AKIA...): the token is stale or belongs to other credentials.",
};

}  // namespace credlint::rules
