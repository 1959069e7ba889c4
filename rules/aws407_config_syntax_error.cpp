// AWS407 config-syntax-error: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws407 = {
    .id = "AWS407",
    .name = "config-syntax-error",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A line the SDK parsers reject or skip: property outside a profile, missing `=`, `key : value`, unterminated section header, invalid continuation or sub-property, a UTF-8 BOM before the first section (botocore fails), an invalid profile or property name, a section header whose spacing the SDKs read as different sections (`[ profile dev ]` is another section to botocore; `[profile  dev]` is dropped by JS v3).",
    .full_description = "A line the SDK parsers reject or skip: property outside a profile, missing `=`, `key : value`, unterminated section header, invalid continuation or sub-property, a UTF-8 BOM before the first section (botocore fails), an invalid profile or property name, a section header whose spacing the SDKs read as different sections (`[ profile dev ]` is another section to botocore; `[profile  dev]` is dropped by JS v3).",
    .help_markdown = "A line the SDK parsers reject or skip: property outside a profile, missing `=`, `key : value`, unterminated section header, invalid continuation or sub-property, a UTF-8 BOM before the first section (botocore fails), an invalid profile or property name, a section header whose spacing the SDKs read as different sections (`[ profile dev ]` is another section to botocore; `[profile  dev]` is dropped by JS v3).",
};

}  // namespace credlint::rules
