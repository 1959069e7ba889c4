// AWS502 documentation-example-key: AWS's published example credentials (the key ID that
// ends in EXAMPLE, the secret that ends in EXAMPLEKEY) used as if they were real.
#include "rules/support/code_facts.h"
#include "rules/support/credential_values.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

bool is_example(const Fact& fact) {
  return is_credential_kind(fact.kind) && aws::is_documentation_example(aws::without_blanks(fact.intended));
}

bool is_local_endpoint(std::string_view url) { return is_local_host(endpoint_host(url)); }

// Local emulators (LocalStack, moto, MinIO, DynamoDB Local) accept any key, and their
// docs use AWS's example keys on purpose (aws-semantics.md §4.4, §5.3).
bool targets_local_emulator(const AnalyzedFile& file, const ScanContext& scan, const Scope& scope, const Fact& fact) {
  if (const std::string* url = scan.environment.get("AWS_ENDPOINT_URL"); url != nullptr && is_local_endpoint(*url)) {
    return true;
  }
  if (is_code(file)) return scope_targets_local_emulator(scope);
  if (is_text(file)) return text_targets_local_emulator(file);
  if (file.dotenv) return dotenv_targets_local_emulator(file);
  const ini::Section* section = section_of(file, fact);
  if (section == nullptr) return false;
  for (const ini::Property& property : section->properties) {
    if (property.key == "endpoint_url" && is_local_endpoint(property.value)) return true;
  }
  return false;
}

// A .env message starts with the variable: the value is one of several in the file.
// Code names the argument and the call, a text file the variable.
std::string named(const AnalyzedFile& file, const Scope& scope, const Fact& fact, std::string message) {
  if (is_code(file)) return fmt::format("{} in {}: {}", slot_label(fact), scope.description, message);
  return file.dotenv || is_text(file) ? fmt::format("{}: {}", fact.name, message) : message;
}

// In text files only values assigned to a credential name, in code only values a query
// placed in a slot: an example key quoted in prose, a comment or a log message is
// documentation, not a setting.
bool is_judged(const AnalyzedFile& file, const Scope& scope, const Fact& fact) {
  return is_example(fact) && !fact.dynamic && !scope.loose && !(is_text(file) && fact.name.empty());
}

std::string key_id_message(const Scope& scope, const Fact& key) {
  std::vector<std::string> others;
  for (const Fact& fact : scope.facts) {
    if (&fact == &key || !is_example(fact)) continue;
    others.push_back(fmt::format("{} on line {}", slot_label(fact), fact.line));
  }
  std::string also;
  for (std::size_t i = 0; i < others.size(); ++i) also += (i == 0 ? "" : ", ") + others[i];
  return fmt::format(
      "{} is AWS's documented example access key ID{}, not a real key: harmless as a leak, but every request signed "
      "with it fails with InvalidClientTokenId (S3: InvalidAccessKeyId)",
      shown(key), also.empty() ? "" : fmt::format(" ({} {} an example too)", also, others.size() == 1 ? "is" : "are"));
}

std::string other_message(const Fact& fact) {
  if (fact.kind == FactKind::SessionToken) {
    return "the session token is an example from AWS's documentation, not a real token: AWS rejects every request "
           "that carries it (InvalidClientTokenId)";
  }
  return "the secret access key is AWS's documented example secret, not the secret of this key ID: harmless as a "
         "leak, but every request signed with it fails with SignatureDoesNotMatch";
}

void check(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  // README.md, docs/*.rst, examples/: documentation is where the examples belong.
  if ((is_text(file) || is_code(file)) && is_documentation_file(file.source->path())) return;
  OncePerLiteral once;  // in code, a variable may carry one example into several calls
  for (const Scope& scope : file.facts.scopes) {
    // An example key ID carries the finding for the whole profile; otherwise each value does.
    const Fact* example_key = nullptr;
    for (const Fact& fact : scope.facts) {
      if (fact.kind == FactKind::AccessKeyId && is_judged(file, scope, fact)) example_key = &fact;
    }
    if (example_key != nullptr) {
      if (!targets_local_emulator(file, scan, scope, *example_key) && once.first(*example_key)) {
        out.report(*file.source, example_key->span,
                   named(file, scope, *example_key, key_id_message(scope, *example_key)),
                   identity(scope, *example_key));
      }
      continue;
    }
    for (const Fact& fact : scope.facts) {
      if (!is_judged(file, scope, fact) || targets_local_emulator(file, scan, scope, fact)) continue;
      if (!once.first(fact)) continue;
      out.report(*file.source, fact.span, named(file, scope, fact, other_message(fact)), identity(scope, fact));
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws502 = {
    .id = "AWS502",
    .name = "documentation-example-key",
    .level = engine::Level::Note,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source, FileKind::Text},
    .phase = engine::Phase::PerFile,
    .short_description = "AWS's documented example credentials used as real ones.",
    .full_description =
        "A credential value is one of the examples from AWS's documentation (an access key ID ending in EXAMPLE, a "
        "secret ending in EXAMPLEKEY, a sample session token). It is harmless as a leak, but AWS knows no such key: "
        "every request signed with it fails with InvalidClientTokenId. Profiles whose endpoint_url points at a local "
        "emulator, and .env files that point the SDK at one, are exempt. Also reported in source code (SDK call "
        "arguments) and in shell scripts, Dockerfiles and other text files (values assigned to credential names), "
        "except for clients of local emulators.",
    .help_markdown = R"md(AWS's documented example credentials used as real ones.

## What is wrong
The AWS documentation and the `aws configure` walkthrough show example credentials:
an access key ID of `AKIA`, a few letters, and `EXAMPLE`, and a 40-character secret
access key that ends in `EXAMPLEKEY`; the STS pages show sample session tokens that
spell `EXAMPLE`. They are not keys of any account. Copying one into a profile is
harmless as a leak (nobody can use it), but every request signed with it fails:

- an example key ID: AWS knows no such key, and answers `InvalidClientTokenId`
  ("The security token included in the request is invalid"; S3:
  `InvalidAccessKeyId`) to botocore (AWS CLI, boto3), Go v2, JS v3 and Java v2 alike;
- an example secret next to a real key ID: the signature is wrong, and AWS answers
  `SignatureDoesNotMatch`;
- an example session token: `InvalidClientTokenId`.

When the key ID of a profile is an example, the finding is reported once on the key
ID and names the other example values of the profile. Profiles whose `endpoint_url`
(or the scan's `AWS_ENDPOINT_URL`) points at a local emulator (`localhost`,
`127.0.0.1`, `host.docker.internal`, `localstack`, `*.localstack.cloud`, `minio`) are
not reported: LocalStack, moto and DynamoDB Local accept any key, and their docs use
these values on purpose. Other rules (AWS101, AWS102, AWS105, AWS201, AWS501) leave
example values to this one.

In a `.env` file the message names the variable, and the whole file counts as one
profile. It is not reported when the file points the SDK at a local emulator: a
variable whose name holds `ENDPOINT` (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_S3`,
`AWS_S3_ENDPOINT_URL`, `S3_ENDPOINT`) with one of the hosts above, or LocalStack's own
settings (`LOCALSTACK_HOST`, ...). Templates (`.env.example`) are reported too: a
`.env` copied from one keeps the example keys, and every request fails until someone
notices; a placeholder such as `<your-access-key-id>` says at a glance that it must be
replaced.

## How to fix
Replace the example values with the key ID and secret of a real IAM user
(`aws iam create-access-key --user-name NAME`), or better, with a way to get
temporary credentials (`aws configure sso`). If the file is a template, use a
placeholder that nobody mistakes for a key. If it is meant for a local emulator, say
so with `endpoint_url`:

```ini
# bad: copied from the documentation
[default]
aws_access_key_id = AKIA...EXAMPLE
aws_secret_access_key = ...EXAMPLEKEY

# fixed: a template that envsubst or a deployment tool fills in (the SDKs do not expand ${...})
[default]
aws_access_key_id = ${AWS_ACCESS_KEY_ID}
aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}

# fixed: meant for LocalStack
[profile local]
aws_access_key_id = AKIA...EXAMPLE
aws_secret_access_key = ...EXAMPLEKEY
endpoint_url = http://localhost:4566
```

```sh
# fixed: a .env meant for LocalStack says so
AWS_ENDPOINT_URL=http://localhost:4566
AWS_ACCESS_KEY_ID=AKIA...EXAMPLE
AWS_SECRET_ACCESS_KEY=...EXAMPLEKEY
```

## In source code and text files
Example keys passed to an SDK call, and example keys assigned to a credential name in
shell scripts, Dockerfiles and other text files, are reported the same way. A call whose
endpoint is a local emulator (`endpoint_url="http://localhost:4566"`), and a text file
that points an endpoint at a local host or mentions LocalStack, are not reported; nor
are example keys quoted in prose or comments of text files, or anything in documentation
(`.md`, `.rst`, `.txt`, `.adoc`, `.html` files, `docs/` and `examples/` directories, file
names that start with `example`).

```python
# bad
boto3.client("s3", aws_access_key_id="AKIA...EXAMPLE", aws_secret_access_key="...EXAMPLEKEY")
# fixed: meant for LocalStack, and it says so
boto3.client("s3", endpoint_url="http://localhost:4566",
             aws_access_key_id="AKIA...EXAMPLE", aws_secret_access_key="...EXAMPLEKEY")
```

```sh
# bad: copied from the docs
aws configure set aws_access_key_id AKIA...EXAMPLE
# fixed: ask for the real key
aws configure
```
)md",
    .precision = "very-high",
    .security_severity = "1.0",
    .check_file = &check,
};

}  // namespace credlint::rules
