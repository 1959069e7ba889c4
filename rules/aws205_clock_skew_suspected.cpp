// AWS205 clock-skew-suspected: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws205 = {
    .id = "AWS205",
    .name = "clock-skew-suspected",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "Offline signs that the local clock is wrong, for the user's own files (`--aws-home`): an expiry field of temporary credentials further in the future than any STS session can last (36 hours), or a profile file modified in the future.",
    .full_description = "Offline signs that the local clock is wrong, for the user's own files (`--aws-home`): an expiry field of temporary credentials further in the future than any STS session can last (36 hours), or a profile file modified in the future.",
    .help_markdown = "Offline signs that the local clock is wrong, for the user's own files (`--aws-home`): an expiry field of temporary credentials further in the future than any STS session can last (36 hours), or a profile file modified in the future.",
};

}  // namespace credlint::rules
