// AWS502 documentation-example-key: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws502 = {
    .id = "AWS502",
    .name = "documentation-example-key",
    .level = engine::Level::Note,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A documented example credential (e.g.",
    .full_description = "A documented example credential (e.g.",
    .help_markdown = "A documented example credential (e.g.",
};

}  // namespace credlint::rules
