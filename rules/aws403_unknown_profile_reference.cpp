// AWS403 unknown-profile-reference: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws403 = {
    .id = "AWS403",
    .name = "unknown-profile-reference",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "`source_profile`, `sso_session`, `AWS_PROFILE`, or a profile named in code that no scanned config or credentials file defines.",
    .full_description = "`source_profile`, `sso_session`, `AWS_PROFILE`, or a profile named in code that no scanned config or credentials file defines.",
    .help_markdown = "`source_profile`, `sso_session`, `AWS_PROFILE`, or a profile named in code that no scanned config or credentials file defines.",
};

}  // namespace credlint::rules
