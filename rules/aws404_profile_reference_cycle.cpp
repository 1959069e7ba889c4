// AWS404 profile-reference-cycle: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws404 = {
    .id = "AWS404",
    .name = "profile-reference-cycle",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A `source_profile` chain that loops back on itself (self-references that the SDKs accept for static keys are not a cycle).",
    .full_description = "A `source_profile` chain that loops back on itself (self-references that the SDKs accept for static keys are not a cycle).",
    .help_markdown = "A `source_profile` chain that loops back on itself (self-references that the SDKs accept for static keys are not a cycle).",
};

}  // namespace credlint::rules
