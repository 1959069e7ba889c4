// AWS203 expired-temporary-credentials: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws203 = {
    .id = "AWS203",
    .name = "expired-temporary-credentials",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "An expiry field written by credential tools (e.g.",
    .full_description = "An expiry field written by credential tools (e.g.",
    .help_markdown = "An expiry field written by credential tools (e.g.",
};

}  // namespace credlint::rules
