// AWS305 missing-region: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws305 = {
    .id = "AWS305",
    .name = "missing-region",
    .level = engine::Level::Warning,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "The profile that will be used (the default one, or the one `AWS_PROFILE` names in the environment or in a scanned `.env`) sets no region, and nothing else does (`AWS_REGION`/`AWS_DEFAULT_REGION`): every client created without an explicit region fails (botocore `NoRegionError`, JS v3 \"Region is missing\").",
    .full_description = "The profile that will be used (the default one, or the one `AWS_PROFILE` names in the environment or in a scanned `.env`) sets no region, and nothing else does (`AWS_REGION`/`AWS_DEFAULT_REGION`): every client created without an explicit region fails (botocore `NoRegionError`, JS v3 \"Region is missing\").",
    .help_markdown = "The profile that will be used (the default one, or the one `AWS_PROFILE` names in the environment or in a scanned `.env`) sets no region, and nothing else does (`AWS_REGION`/`AWS_DEFAULT_REGION`): every client created without an explicit region fails (botocore `NoRegionError`, JS v3 \"Region is missing\").",
};

}  // namespace credlint::rules
