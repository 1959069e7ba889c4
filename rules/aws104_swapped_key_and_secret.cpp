// AWS104 swapped-key-and-secret: the key ID slot holds a secret and the secret slot a key
// ID. Reported once per pair, on the key ID slot; AWS101 and AWS102 stay silent on both.
#include "rules/support/code_facts.h"
#include "rules/support/credential_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

std::string message_for(const AnalyzedFile& file, const Scope& scope, const Fact& key_slot, const Fact& secret_slot,
                        std::string_view key_id) {
  std::string message = fmt::format(
      "{} holds a 40-character value shaped like a secret access key and {} (line {}) holds access key ID {}{}: the "
      "two values are swapped; AWS rejects every request (InvalidClientTokenId) and the secret travels in clear in "
      "each request's Authorization header",
      slot_label(key_slot), slot_label(secret_slot), secret_slot.line, aws::redact_key_id(key_id),
      is_code(file) ? fmt::format(" in {}", scope.description) : "");
  // The key ID may be damaged too; AWS101 does not look at the secret slot, so say it here.
  if (const auto problem = aws::access_key_id_problem(key_id)) message += fmt::format(" (besides, {})", *problem);
  return message;
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry the pair into several calls
  for (const Scope& scope : file.facts.scopes) {
    // Emulators and other services behind a custom endpoint issue keys of other shapes.
    if (is_code(file) && scope_targets_other_service(scope)) continue;
    for (const Fact& key_slot : scope.facts) {
      if (key_slot.kind != FactKind::AccessKeyId || !is_judged_credential(key_slot.intended)) continue;
      const std::string key_value = aws::without_blanks(key_slot.intended);
      for (const Fact& secret_slot : scope.facts) {
        if (secret_slot.kind != FactKind::SecretAccessKey || !is_judged_credential(secret_slot.intended)) continue;
        const std::string secret_value = aws::without_blanks(secret_slot.intended);
        if (!aws::looks_swapped(key_value, secret_value)) continue;
        if (!once.first(key_slot)) break;
        engine::Finding& finding = out.report(*file.source, key_slot.span,
                                              message_for(file, scope, key_slot, secret_slot, secret_value),
                                              identity(scope, key_slot));
        finding.related.push_back(engine::Location{
            file.source.get(), secret_slot.span, fmt::format("the access key ID is in {}", slot_label(secret_slot))});
        break;  // one finding per key ID slot
      }
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws104 = {
    .id = "AWS104",
    .name = "swapped-key-and-secret",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description = "Access key ID and secret access key swapped.",
    .full_description =
        "The access key ID property holds a 40-character value shaped like a secret access key, and the secret access "
        "key property of the same profile holds an AKIA/ASIA access key ID: the two values were pasted into each "
        "other's place. AWS rejects every request with InvalidClientTokenId, and the secret is sent in clear as the "
        "key ID. Checked in config, credentials and .env files (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and "
        "their legacy names). Also checked for the key ID and secret arguments of one SDK call in source code.",
    .help_markdown = R"md(Access key ID and secret access key swapped.

## What is wrong
In this profile, `aws_access_key_id` holds a 40-character mixed-case value, the shape
of a secret access key, and `aws_secret_access_key` holds a value that starts with
`AKIA` or `ASIA`, the shape of an access key ID. The two were pasted into each
other's place, for example from the columns of the `.csv` file the IAM console
offers for download.

No SDK checks the shapes: botocore (AWS CLI, boto3), Go v2, JS v3 and Java v2 all
put the value of `aws_access_key_id` into the `Credential=` part of the
`Authorization` header and sign with the other one. AWS finds no such key ID and
answers `InvalidClientTokenId` ("The security token included in the request is
invalid"; S3: `InvalidAccessKeyId`). Worse, the secret itself was sent in clear with
every attempt, where a proxy, a debugging log or a packet capture can record it.

The finding is reported once, on the key ID line, with the secret's line as a related
location. Neither AWS101 (malformed key ID) nor AWS102 (malformed secret) reports
the two values again: the swap explains both. If the key ID is damaged as well, the
message says so.

In a .env file the same goes for `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, and
for the legacy names some SDKs read (`AWS_ACCESS_KEY` and `AWS_SECRET_KEY` of Go,
Java v1 and Ruby, `AMAZON_ACCESS_KEY_ID` and `AMAZON_SECRET_ACCESS_KEY` of JS v2 and
Ruby); the message names both variables. Variables no SDK reads are left alone.

## How to fix
Swap the two values back:

```ini
# bad
[dev]
aws_access_key_id = <the 40-character secret>
aws_secret_access_key = AKIA...

# fixed
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = <the 40-character secret>
```

```sh
# bad: .env
AWS_ACCESS_KEY_ID=<the 40-character secret>
AWS_SECRET_ACCESS_KEY=AKIA...

# fixed
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_ACCESS_KEY=<the 40-character secret>
```

or write them again with `aws configure --profile dev`, which asks for the key ID
first. If requests were made with the swapped file through anything that logs
headers, rotate the key: `aws iam create-access-key`, then
`aws iam update-access-key --access-key-id AKIA... --status Inactive` and delete it.

## In source code
The key ID and secret arguments of one call, client or credentials constructor are
checked the same way: `aws_access_key_id=` and `aws_secret_access_key=` in boto3,
`accessKeyId`/`secretAccessKey` in JS, the first two arguments of
`AwsBasicCredentials.create` or `credentials.NewStaticCredentialsProvider`.

```python
# bad
boto3.client("s3", aws_access_key_id=SECRET_FROM_CSV, aws_secret_access_key="AKIA...")
# fixed
boto3.client("s3", aws_access_key_id="AKIA...", aws_secret_access_key=SECRET_FROM_CSV)
```

```go
// bad
credentials.NewStaticCredentialsProvider(secret, "AKIA...", "")
// fixed
credentials.NewStaticCredentialsProvider("AKIA...", secret, "")
```
)md",
    .precision = "very-high",
    .security_severity = "6.0",
    .check_file = &check,
};

}  // namespace credlint::rules
