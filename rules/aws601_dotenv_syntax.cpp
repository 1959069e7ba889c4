// AWS601 dotenv-syntax: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws601 = {
    .id = "AWS601",
    .name = "dotenv-syntax",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A .env line that dotenv loaders read differently or not at all: spaces around `=`, unterminated quotes, a missing `=`, an invalid variable name.",
    .full_description = "A .env line that dotenv loaders read differently or not at all: spaces around `=`, unterminated quotes, a missing `=`, an invalid variable name.",
    .help_markdown = "A .env line that dotenv loaders read differently or not at all: spaces around `=`, unterminated quotes, a missing `=`, an invalid variable name.",
};

}  // namespace credlint::rules
