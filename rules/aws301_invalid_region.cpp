// AWS301 invalid-region: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws301 = {
    .id = "AWS301",
    .name = "invalid-region",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A region value that no partition knows: typos (`us-east1`), availability zones (`us-east-1a`), upper case, display names (\"US East (N.",
    .full_description = "A region value that no partition knows: typos (`us-east1`), availability zones (`us-east-1a`), upper case, display names (\"US East (N.",
    .help_markdown = "A region value that no partition knows: typos (`us-east1`), availability zones (`us-east-1a`), upper case, display names (\"US East (N.",
};

}  // namespace credlint::rules
