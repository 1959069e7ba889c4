// AWS501 hardcoded-credentials: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws501 = {
    .id = "AWS501",
    .name = "hardcoded-credentials",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "An access key ID, secret access key or session token literal in source code, a committed .env file, or a credentials/config file inside the scanned tree.",
    .full_description = "An access key ID, secret access key or session token literal in source code, a committed .env file, or a credentials/config file inside the scanned tree.",
    .help_markdown = "An access key ID, secret access key or session token literal in source code, a committed .env file, or a credentials/config file inside the scanned tree.",
};

}  // namespace credlint::rules
