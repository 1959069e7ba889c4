// AWS302 hardcoded-region: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws302 = {
    .id = "AWS302",
    .name = "hardcoded-region",
    .level = engine::Level::Note,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A region literal passed to an SDK client, session, provider block or config object in source code, where the region should come from configuration.",
    .full_description = "A region literal passed to an SDK client, session, provider block or config object in source code, where the region should come from configuration.",
    .help_markdown = "A region literal passed to an SDK client, session, provider block or config object in source code, where the region should come from configuration.",
};

}  // namespace credlint::rules
