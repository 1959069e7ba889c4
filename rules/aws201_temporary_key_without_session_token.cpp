// AWS201 temporary-key-without-session-token: an ASIA key with no token in its scope.
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

bool has_usable_token(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind == FactKind::SessionToken && !fact.intended.empty()) return true;
  }
  return false;
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  for (const Scope& scope : file.facts.scopes) {
    // Only temporary (ASIA) keys need a token beside them; an empty token counts as none.
    if (has_usable_token(scope)) continue;
    for (const Fact& key : scope.facts) {
      if (key.kind != FactKind::AccessKeyId || !aws::is_temporary_key_id(key.intended)) continue;
      if (aws::is_documentation_example(key.intended)) continue;  // AWS502's business
      out.report(*file.source, key.span,
                 fmt::format("temporary access key ID {} has no session token in {}; AWS rejects requests signed "
                             "with it (InvalidClientToken)",
                             shown(key), scope.description),
                 identity(scope, key));
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws201 = {
    .id = "AWS201",
    .name = "temporary-key-without-session-token",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "Temporary access key ID without a session token.",
    .full_description =
        "An access key ID that starts with ASIA was issued by AWS STS together with a session token, and is only "
        "valid with that token. Without it every request fails with InvalidClientToken (or "
        "UnrecognizedClientException, InvalidAccessKeyId from S3).",
    .help_markdown = R"md(Temporary access key ID without a session token.

## What is wrong
Access key IDs that start with `ASIA` are temporary credentials from AWS STS
(`aws sts assume-role`, `get-session-token`, SSO, an instance role). STS issues
three values together: the key ID, the secret access key and a session token. The
key ID is only valid together with the token; a request signed without it is
rejected with `InvalidClientToken` ("The security token included in the request
is invalid").

## How to fix
Copy all three values from the same STS response, for example:

```ini
[dev]
aws_access_key_id = ASIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...
```

Better, do not store temporary credentials at all: let the SDK assume the role for you
(`role_arn` + `source_profile`), use `aws sso login` with an `sso_session`, or a
`credential_process`. Temporary credentials in a file also expire (see AWS203).
)md",
    .precision = "very-high",
    .security_severity = "7.0",
    .check_file = &check,
};

}  // namespace credlint::rules
