// AWS304 partition-mismatch: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws304 = {
    .id = "AWS304",
    .name = "partition-mismatch",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A region and an endpoint or ARN from different partitions (e.g.",
    .full_description = "A region and an endpoint or ARN from different partitions (e.g.",
    .help_markdown = "A region and an endpoint or ARN from different partitions (e.g.",
};

}  // namespace credlint::rules
