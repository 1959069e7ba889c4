// AWS303 region-mismatch: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws303 = {
    .id = "AWS303",
    .name = "region-mismatch",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "Two region settings that govern the same client or profile disagree: client region vs endpoint URL or ARN region, AWS_REGION vs AWS_DEFAULT_REGION in one .env file, a profile's region vs the region in the .env file that selects that profile.",
    .full_description = "Two region settings that govern the same client or profile disagree: client region vs endpoint URL or ARN region, AWS_REGION vs AWS_DEFAULT_REGION in one .env file, a profile's region vs the region in the .env file that selects that profile.",
    .help_markdown = "Two region settings that govern the same client or profile disagree: client region vs endpoint URL or ARN region, AWS_REGION vs AWS_DEFAULT_REGION in one .env file, a profile's region vs the region in the .env file that selects that profile.",
};

}  // namespace credlint::rules
