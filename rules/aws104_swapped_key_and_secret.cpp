// AWS104 swapped-key-and-secret: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws104 = {
    .id = "AWS104",
    .name = "swapped-key-and-secret",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "The access key ID slot holds something shaped like a secret and the secret slot holds something shaped like a key ID.",
    .full_description = "The access key ID slot holds something shaped like a secret and the secret slot holds something shaped like a key ID.",
    .help_markdown = "The access key ID slot holds something shaped like a secret and the secret slot holds something shaped like a key ID.",
};

}  // namespace credlint::rules
