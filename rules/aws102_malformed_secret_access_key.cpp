// AWS102 malformed-secret-access-key: a secret that is not 40 characters of base64
// (truncated, padded, wrapped across lines, or another credential in its place).
#include "rules/support/credential_values.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

constexpr std::string_view kRejected =
    "every signature made with it is wrong, so AWS answers SignatureDoesNotMatch (\"The request signature we "
    "calculated does not match the signature you provided\")";

// AWS104 reports a key ID and a secret pasted into each other's slots, once, as a pair.
bool in_swapped_pair(const Scope& scope, std::string_view secret_value) {
  for (const Fact& key : scope.facts) {
    if (key.kind == FactKind::AccessKeyId && aws::looks_swapped(aws::without_blanks(key.intended), secret_value)) {
      return true;
    }
  }
  return false;
}

bool same_as_key_id(const Scope& scope, std::string_view secret_value) {
  for (const Fact& key : scope.facts) {
    if (key.kind == FactKind::AccessKeyId && aws::without_blanks(key.intended) == secret_value) return true;
  }
  return false;
}

std::string message_for(const AnalyzedFile& file, const Scope& scope, const Fact& fact, std::string_view value,
                        const std::string& problem) {
  if (fact.multi_line) return fmt::format("{}{}; {}", problem, wrapped_readings(file, fact), kRejected);
  if (aws::resembles_access_key_id(value)) {
    // A key ID is no secret: it may be shown redacted, and says which key is meant.
    return fmt::format("{}: {}{}; {}", problem, aws::redact_key_id(value),
                       same_as_key_id(scope, value) ? ", the same value as the access key ID (pasted twice?)" : "",
                       kRejected);
  }
  return fmt::format("{}; {}", problem, kRejected);
}

// A .env value as each loader reads it, named by its variable. An unterminated quote is
// AWS601's: the loaders do not even agree on where the value ends.
void check_dotenv_value(const AnalyzedFile& file, const Scope& scope, const Fact& fact, std::string_view value,
                        FindingSink& out) {
  const dotenv::Entry* entry = dotenv_entry_of(file, fact);
  if (entry == nullptr || !entry->quote_terminated) return;
  const auto problems = loader_problems(file, *entry, &aws::secret_access_key_problem, "secret access key");
  if (!problems) return;
  std::string key_id;
  if (aws::resembles_access_key_id(value)) {
    // A key ID is no secret: it may be shown redacted, and says which key is meant.
    key_id = fmt::format(" (the value is {}{})", aws::redact_key_id(value),
                         same_as_key_id(scope, value) ? ", the same as the access key ID: pasted twice?" : "");
  }
  out.report(*file.source, fact.span,
             fmt::format("{}: {}{}; {}", dotenv_subject(fact, *entry), *problems, key_id, kRejected),
             identity(scope, fact));
}

void check_value(const AnalyzedFile& file, const Scope& scope, const Fact& fact, const std::string& value,
                 FindingSink& out) {
  if (in_swapped_pair(scope, value)) return;
  if (file.dotenv) {
    check_dotenv_value(file, scope, fact, value, out);
    return;
  }
  const auto problem = aws::secret_access_key_problem(value);
  if (!problem) return;
  out.report(*file.source, fact.span, code_subject(file, scope, fact) + message_for(file, scope, fact, value, *problem),
             identity(scope, fact));
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  check_judged_credentials(file, FactKind::SecretAccessKey, &check_value, out);
}

}  // namespace

extern const engine::RuleDef kAws102 = {
    .id = "AWS102",
    .name = "malformed-secret-access-key",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source, FileKind::Text},
    .phase = engine::Phase::PerFile,
    .short_description = "Secret access key that is not 40 characters of A-Z, a-z, 0-9, + and /.",
    .full_description =
        "A secret access key is exactly 40 characters of the base64 alphabet (A-Z, a-z, 0-9, + and /). A shorter or "
        "longer value, other characters, a value wrapped across lines, or an access key ID or session token in the "
        "secret's place cannot sign a request: AWS answers SignatureDoesNotMatch. Checked in config, credentials and "
        ".env files (AWS_SECRET_ACCESS_KEY and the legacy AWS_SECRET_KEY and AMAZON_SECRET_ACCESS_KEY). Also "
        "checked in source code (secret arguments and properties of SDK calls) and in shell scripts, Dockerfiles "
        "and other text files (values assigned to secret names).",
    .help_markdown = R"md(Secret access key that is not 40 characters of A-Z, a-z, 0-9, + and /.

## What is wrong
AWS issues a secret access key exactly once, when the key is created: 40 characters
of `A-Z`, `a-z`, `0-9`, `+` and `/` (it may start with `/`). The message names what
is wrong with this one:

- **length**: fewer than 40 characters usually means the copy lost the end (a
  double-click selection stops at `/` or `+`); more means something was pasted with it;
- **characters** outside the alphabet, such as `-`, `_`, `=` or a non-ASCII letter;
- **wrapped across lines**: an indented line below the secret was joined to it;
- **the wrong credential**: an access key ID (often the key ID pasted twice) or a
  session token in the secret's place.

The secret never travels to AWS: the SDK uses it to sign each request, and AWS
recomputes the signature with the real secret of the key ID. No SDK checks the shape
of a secret, so botocore (AWS CLI, boto3), Go v2, JS v3 and Java v2 all send a
request with a wrong signature, and AWS answers `SignatureDoesNotMatch` ("The request
signature we calculated does not match the signature you provided"). Where the value
is wrapped across lines the SDKs do not even agree on what they read: the spec parser
(Java v2, Rust, Kotlin), botocore and Go v2 join the lines with a line break, JS v3
ignores the indented line.

Quotes, inline comments, inner blanks and invisible characters around or inside an
otherwise good secret are reported by AWS103, a key ID and a secret that traded
places by AWS104, and AWS's documented example secret by AWS502.

## In .env files
`AWS_SECRET_ACCESS_KEY` is checked the same way, and so are the legacy names that
some SDKs still read as a fallback: `AWS_SECRET_KEY` (Go v1/v2, Java v1, .NET, Ruby)
and `AMAZON_SECRET_ACCESS_KEY` (JS v2, Ruby). The message names the variable. A
double-quoted value may span lines in a .env file, and every loader keeps the line
break in the secret.

The dotenv loaders do not always read a line alike: dotenv (Node) ends an unquoted
value at any `#`, python-dotenv, docker compose and a shell only at a `#` after a
blank; only dotenv (Node) strips backticks; a shell stops at the first blank and keeps
`\n` in double quotes as two characters. When their readings differ, the message says
which loader reads what. A `.envrc` is judged as direnv's shell reads it. References
(`${VAR}`, `$VAR`) are not judged, a line with an unterminated quote is left to AWS601,
and nothing is reported when the file points the SDK at another service (a variable
whose name holds `ENDPOINT`, such as `AWS_ENDPOINT_URL` or `AWS_S3_ENDPOINT_URL`, with a
host outside AWS: MinIO, Cloudflare R2, LocalStack), which issues keys of other shapes.
Templates (`.env.example`) are checked like any other file; values elided on purpose
(`AKIA...`) are not judged.

## How to fix
Paste the secret again, completely, on one line, from where you saved it when the key
was created (the downloaded `.csv`, a password manager). AWS cannot show a secret
again: if it is lost, create a new key and deactivate the old one:

```sh
aws iam create-access-key --user-name NAME
aws iam update-access-key --user-name NAME --access-key-id AKIA... --status Inactive
aws configure --profile dev   # prompts for the key ID and the secret, keeps them out of shell history
```

```ini
# bad: the secret was wrapped by an editor and the rest was indented
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = <first 23 characters>
    <last 17 characters>

# fixed: the whole 40-character secret on one line
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = <all 40 characters>
```

```sh
# bad: .env, the secret was wrapped inside its quotes
AWS_SECRET_ACCESS_KEY="<first 23 characters>
<last 17 characters>"

# fixed
AWS_SECRET_ACCESS_KEY="<all 40 characters>"
```

## In source code and text files
Secrets passed to an SDK in code are checked the same way (`aws_secret_access_key=`,
`secretAccessKey:`, the second argument of `AwsBasicCredentials.create`,
`credentials.NewStaticCredentialsProvider`, `new BasicAWSCredentials`, Terraform
`secret_key`), and so are values assigned to a secret name in shell scripts,
Dockerfiles and properties files (`AWS_SECRET_ACCESS_KEY=`, `aws.secretAccessKey=`).
Only literals shaped like a credential are judged; variables, calls, placeholders and
clients of emulators or other services are not.

```python
# bad: 39 characters, the copy stopped at a '/'
boto3.client("s3", aws_access_key_id=key_id, aws_secret_access_key="<39 characters>")

# fixed: no secret in code
boto3.client("s3")
```

```sh
# bad: Dockerfile or shell script
ENV AWS_SECRET_ACCESS_KEY=<39 characters>
# fixed: pass it at run time
docker run -e AWS_SECRET_ACCESS_KEY ...
```
)md",
    .precision = "very-high",
    .security_severity = "5.0",
    .check_file = &check,
};

}  // namespace credlint::rules
