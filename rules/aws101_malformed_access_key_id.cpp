// AWS101 malformed-access-key-id: an access key ID that cannot be valid, with the concrete
// problem (length, characters, case, prefix, base32 digits, wrapped, wrong credential).
#include "rules/support/credential_values.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

constexpr std::string_view kRejected =
    "AWS rejects every request signed with it (InvalidClientTokenId; S3: InvalidAccessKeyId)";

// AWS104 reports a key ID and a secret pasted into each other's slots, once, as a pair.
bool in_swapped_pair(const Scope& scope, std::string_view key_value) {
  for (const Fact& secret : scope.facts) {
    if (secret.kind == FactKind::SecretAccessKey &&
        aws::looks_swapped(key_value, aws::without_blanks(secret.intended))) {
      return true;
    }
  }
  return false;
}

// The location and the masked snippet show which value is meant; the message adds no
// part of it (a value in this slot may well be a secret).
std::string message_for(const AnalyzedFile& file, const Fact& fact, std::string_view value,
                        const std::string& problem) {
  if (fact.multi_line) return fmt::format("{}{}; {}", problem, wrapped_readings(file, fact), kRejected);
  if (aws::looks_like_secret_access_key(value) || aws::looks_like_session_token(value)) {
    return fmt::format("{}; {}, and the value travels in clear in each request's Authorization header", problem,
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
  const auto problems = loader_problems(file, *entry, &aws::access_key_id_problem, "key ID");
  if (!problems) return;
  const bool clear_text = aws::looks_like_secret_access_key(value) || aws::looks_like_session_token(value);
  out.report(*file.source, fact.span,
             fmt::format("{}: {}; {}{}", dotenv_subject(fact, *entry), *problems, kRejected,
                         clear_text ? ", and the value travels in clear in each request's Authorization header" : ""),
             identity(scope, fact));
}

void check_value(const AnalyzedFile& file, const Scope& scope, const Fact& fact, const std::string& value,
                 FindingSink& out) {
  if (in_swapped_pair(scope, value)) return;
  if (file.dotenv) {
    check_dotenv_value(file, scope, fact, value, out);
    return;
  }
  const auto problem = aws::access_key_id_problem(value);
  if (!problem) return;
  out.report(*file.source, fact.span, code_subject(file, scope, fact) + message_for(file, fact, value, *problem),
             identity(scope, fact));
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  check_judged_credentials(file, FactKind::AccessKeyId, &check_value, out);
}

}  // namespace

extern const engine::RuleDef kAws101 = {
    .id = "AWS101",
    .name = "malformed-access-key-id",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source, FileKind::Text},
    .phase = engine::Phase::PerFile,
    .short_description = "Access key ID that cannot be valid.",
    .full_description =
        "An access key ID is 20 characters: AKIA (long-term key) or ASIA (temporary key) followed by 16 characters of "
        "A-Z and 2-7. A value that is shorter or longer, has other characters, lower case, another prefix (such as "
        "the AIDA or AROA of an IAM user or role ID), or the digits 0, 1, 8 or 9 is not a key ID, and AWS rejects "
        "every request signed with it with InvalidClientTokenId. Checked in config, credentials and .env files "
        "(AWS_ACCESS_KEY_ID and the legacy AWS_ACCESS_KEY and AMAZON_ACCESS_KEY_ID). Also checked in source code "
        "(key ID arguments and properties of SDK calls) and in shell scripts, Dockerfiles and other text files "
        "(values assigned to key ID names).",
    .help_markdown = R"md(Access key ID that cannot be valid.

## What is wrong
An AWS access key ID is exactly 20 characters: the prefix `AKIA` (a long-term key of
an IAM user) or `ASIA` (temporary credentials from AWS STS), then 16 characters of the
base32 alphabet, upper-case `A-Z` and the digits `2-7`. The message names what is
wrong with this one:

- **length**: fewer than 20 characters usually means the copy lost the end
  (truncated); more means something was pasted with it (extra characters);
- **characters** other than letters and digits, such as `-`, `/` or `+`;
- **lower case**: key IDs are upper case and AWS compares them exactly;
- **an IAM unique ID** instead of a key ID: `AIDA...` is the ID of an IAM user
  (`aws iam get-user`), `AROA...` the ID of a role, shown as `UserId` by
  `aws sts get-caller-identity`; `AGPA`, `ANPA`, `APKA` and others name groups,
  policies and public keys. None of them can sign a request;
- **an unknown prefix**: only `AKIA` and `ASIA` are access keys;
- **the digits 0, 1, 8 or 9**, which base32 never uses: usually the letters O, I or
  L, and B, misread from a screenshot or a printout;
- **wrapped across lines**: an indented line below the key was joined to it;
- **the wrong credential**: a secret access key or a session token in the key ID's
  place. Then the value is sent in clear in the `Authorization` header of every
  request, where proxies and logs can record it: rotate that secret.

No SDK checks the shape of a key ID: botocore (AWS CLI, boto3), Go v2, JS v3 and
Java v2 sign the request with whatever the file holds, and AWS answers
`InvalidClientTokenId` ("The security token included in the request is invalid")
from STS and IAM, `InvalidAccessKeyId` from S3, and `UnrecognizedClientException`
from DynamoDB, Lambda and others. Where a value is wrapped across lines the SDKs
do not even agree on what they read: the spec parser (Java v2, Rust, Kotlin),
botocore and Go v2 join the lines with a line break, JS v3 ignores the indented line.

Quotes, inline comments, inner blanks and invisible characters around or inside an
otherwise good key ID are reported by AWS103, a key ID and a secret that traded
places by AWS104, and AWS's documented example key by AWS502.

## In .env files
`AWS_ACCESS_KEY_ID` is checked the same way, and so are the legacy names that some
SDKs still read as a fallback: `AWS_ACCESS_KEY` (Go v1/v2, Java v1, Ruby) and
`AMAZON_ACCESS_KEY_ID` (JS v2, Ruby). The message names the variable.

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
Copy the key ID again, completely, from where it was issued: the IAM console
(Users, Security credentials), `aws iam list-access-keys --user-name NAME` (lists
key IDs, never secrets), or the output of `aws sts assume-role` for temporary
keys. If the secret that belongs to it is lost too, create a new key with
`aws iam create-access-key --user-name NAME` and deactivate the old one.
Then write it with `aws configure set aws_access_key_id AKIA... --profile dev` or
edit the file:

```ini
# bad: 16 characters, the last four were lost when copying
[dev]
aws_access_key_id = AKIA2F5MQ3ZEXWG7
aws_secret_access_key = ...

# fixed: all 20 characters, as shown by `aws iam list-access-keys`
[dev]
aws_access_key_id = AKIA...   (AKIA + 16 characters of A-Z and 2-7)
aws_secret_access_key = ...
```

```sh
# bad: .env, the comment is glued to the key; python-dotenv, docker compose and a
# shell read "#prod" as part of it
AWS_ACCESS_KEY_ID=AKIA...#prod

# fixed: a comment needs a blank before '#', better its own line
# prod
AWS_ACCESS_KEY_ID=AKIA...
```

## In source code and text files
Key IDs passed to an SDK in code are checked the same way: a keyword argument or
property (`aws_access_key_id=`, `accessKeyId:`, `AccessKeyID:`), a positional argument of
a credentials constructor (`AwsBasicCredentials.create(id, secret)`,
`credentials.NewStaticCredentialsProvider(id, secret, token)`), a Terraform `access_key`,
and a literal reached through a variable assigned once (reported once, where it is
written). In text files that no grammar reads (shell scripts, Dockerfiles, properties
files) a value assigned to a key ID name (`AWS_ACCESS_KEY_ID=`, `aws.accessKeyId=`,
`aws configure set aws_access_key_id ...`) is checked. Only literals shaped like some
credential are judged: values from variables, calls or the environment, placeholders
(`${VAR}`, `<your-key>`, `test`, `changeme`), stubs for mocks (`"mykey"`), and calls whose
endpoint is a local emulator or another service are not.

```python
# bad: the last four characters were lost
s3 = boto3.client("s3", aws_access_key_id="AKIA2F5MQ3ZEXWG7", aws_secret_access_key=secret)

# fixed: no key in code; the default chain reads the environment, a profile or a role
s3 = boto3.client("s3")
```

```java
// bad
AwsBasicCredentials.create("AKIA2F5MQ3ZEXWG7", secret);
// fixed
S3Client s3 = S3Client.builder().build();  // DefaultCredentialsProvider
```
)md",
    .precision = "high",  // the base32 rule for 0, 1, 8, 9 is observed, not documented
    .security_severity = "5.0",
    .check_file = &check,
};

}  // namespace credlint::rules
