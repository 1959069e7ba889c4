// AWS204 incomplete-credential-pair: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws204 = {
    .id = "AWS204",
    .name = "incomplete-credential-pair",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A key ID without a secret, or a secret without a key ID, in one profile, one .env file or one SDK call (often a typo in the property name: see AWS408).",
    .full_description = "A key ID without a secret, or a secret without a key ID, in one profile, one .env file or one SDK call (often a typo in the property name: see AWS408).",
    .help_markdown = "A key ID without a secret, or a secret without a key ID, in one profile, one .env file or one SDK call (often a typo in the property name: see AWS408).",
};

}  // namespace credlint::rules
