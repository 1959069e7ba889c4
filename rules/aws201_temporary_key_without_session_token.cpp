// AWS201 temporary-key-without-session-token: an ASIA key with no token in its scope.
#include "rules/support/code_facts.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// An empty token counts as none; in code a token from a variable or a call counts as one.
bool has_usable_token(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind == FactKind::SessionToken && (fact.dynamic || !fact.intended.empty())) return true;
  }
  return false;
}

// The keys this rule judges. In code: literals given to a client, not the default of an
// environment read or an `os.environ[...]` write (the token may come from the process
// environment), and nothing for a client of an emulator or another service. In text
// files: key IDs assigned to a credential name (a key ID quoted in prose is no setting).
bool is_judged_key(const AnalyzedFile& file, const Fact& key) {
  if (key.kind != FactKind::AccessKeyId || key.dynamic || !aws::is_temporary_key_id(key.intended)) return false;
  if (aws::is_documentation_example(key.intended)) return false;  // AWS502's business
  if (is_code(file) || is_text(file)) {
    if (aws::is_placeholder(key.intended) || !aws::resembles_access_key_id(key.intended)) return false;
  }
  if (is_code(file) && names_environment_variable(key)) return false;
  if (is_text(file) && key.name.empty()) return false;
  return true;
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry one key into several calls
  for (const Scope& scope : file.facts.scopes) {
    // Only temporary (ASIA) keys need a token beside them; an empty token counts as none.
    if (scope.loose || has_usable_token(scope)) continue;  // loose: nothing says what pairs
    if (is_code(file) && scope_targets_other_service(scope)) continue;
    for (const Fact& key : scope.facts) {
      if (!is_judged_key(file, key)) continue;
      if ((is_code(file) || is_text(file)) && !once.first(key)) continue;
      out.report(*file.source, key.span,
                 fmt::format("temporary access key ID {} has no session token in {}; AWS rejects requests signed "
                             "with it (InvalidClientToken){}",
                             shown(key), scope.description,
                             is_code(file) ? ": pass the session token issued with it, or let the SDK's default "
                                             "credential chain find the credentials"
                                           : ""),
                 identity(scope, key));
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws201 = {
    .id = "AWS201",
    .name = "temporary-key-without-session-token",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source, FileKind::Text},
    .phase = engine::Phase::PerFile,
    .short_description = "Temporary access key ID without a session token.",
    .full_description =
        "An access key ID that starts with ASIA was issued by AWS STS together with a session token, and is only "
        "valid with that token. Without it every request fails with InvalidClientToken (or "
        "UnrecognizedClientException, InvalidAccessKeyId from S3). Also checked for the key ID and token arguments "
        "of one SDK call in source code, and in shell scripts, Dockerfiles and other text files (the whole file is "
        "one scope).",
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
## In source code and text files
In code the scope is one call, client or credentials provider: an `ASIA` key ID literal
passed to `boto3.client`, `AwsBasicCredentials.create`, `new AWS.Credentials`,
`credentials.NewStaticCredentialsProvider` or a Terraform `provider "aws"` block with
no session token beside it. A token from a variable, a call or the environment counts
as present; an empty string counts as none. Keys reached through a variable are reported
once, where they are written. The defaults of environment reads and `os.environ[...]`
writes are not judged (the token may be in the process environment). In shell scripts,
Dockerfiles and other text files the whole file is one scope: a key ID assigned to a key
ID name (`export AWS_ACCESS_KEY_ID=ASIA...`) with no session token assigned anywhere
in the file.

```python
# bad
boto3.client("s3", aws_access_key_id="ASIA...", aws_secret_access_key=secret)

# fixed: all three values from the same STS response
creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="job")["Credentials"]
boto3.client("s3", aws_access_key_id=creds["AccessKeyId"],
             aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])
```

```java
// bad
AwsBasicCredentials.create("ASIA...", secret);
// fixed
AwsSessionCredentials.create("ASIA...", secret, sessionToken);
```
)md",
    .precision = "very-high",
    .security_severity = "7.0",
    .check_file = &check,
};

}  // namespace credlint::rules
