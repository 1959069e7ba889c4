// AWS402 credentials-profile-has-prefix: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws402 = {
    .id = "AWS402",
    .name = "credentials-profile-has-prefix",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A section `[profile name]` in the credentials file, which SDKs read as a profile literally named \"profile name\" or ignore.",
    .full_description = "A section `[profile name]` in the credentials file, which SDKs read as a profile literally named \"profile name\" or ignore.",
    .help_markdown = "A section `[profile name]` in the credentials file, which SDKs read as a profile literally named \"profile name\" or ignore.",
};

}  // namespace credlint::rules
