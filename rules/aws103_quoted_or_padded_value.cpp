// AWS103 quoted-or-padded-value: PLACEHOLDER: metadata only, check not yet written.
#include "rules/support/rule_support.h"

namespace credlint::rules {

extern const engine::RuleDef kAws103 = {
    .id = "AWS103",
    .name = "quoted-or-padded-value",
    .level = engine::Level::Error,
    .applies_to = {},
    .phase = engine::Phase::PerFile,
    .short_description = "A credential or region value in an INI or .env file that some SDK reads with extra characters: surrounding quotes (kept by every SDK but Go v2), an inline `# comment` or `; comment` (kept by botocore and so the AWS CLI), inner spaces, a trailing `\r`, a non-breaking space, a zero-width character or a BOM.",
    .full_description = "A credential or region value in an INI or .env file that some SDK reads with extra characters: surrounding quotes (kept by every SDK but Go v2), an inline `# comment` or `; comment` (kept by botocore and so the AWS CLI), inner spaces, a trailing `\r`, a non-breaking space, a zero-width character or a BOM.",
    .help_markdown = "A credential or region value in an INI or .env file that some SDK reads with extra characters: surrounding quotes (kept by every SDK but Go v2), an inline `# comment` or `; comment` (kept by botocore and so the AWS CLI), inner spaces, a trailing `\r`, a non-breaking space, a zero-width character or a BOM.",
};

}  // namespace credlint::rules
