// AWS602 dotenv-duplicate-key: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws602 = {
    .id = "AWS602",
    .name = "dotenv-duplicate-key",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A variable defined twice in one .env file.",
    .full_description = "A variable defined twice in one .env file.",
    .help_markdown = "A variable defined twice in one .env file.",
};

}  // namespace credlint::rules
