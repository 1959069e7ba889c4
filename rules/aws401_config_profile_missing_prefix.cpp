// AWS401 config-profile-missing-prefix: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws401 = {
    .id = "AWS401",
    .name = "config-profile-missing-prefix",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A section `[name]` (not `default`) in the config file, which the SDKs ignore: the profile \"could not be found\".",
    .full_description = "A section `[name]` (not `default`) in the config file, which the SDKs ignore: the profile \"could not be found\".",
    .help_markdown = "A section `[name]` (not `default`) in the config file, which the SDKs ignore: the profile \"could not be found\".",
};

}  // namespace credlint::rules
