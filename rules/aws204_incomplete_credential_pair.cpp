// AWS204 incomplete-credential-pair: an access key ID without its secret, or a secret
// without its key ID, in one section of one profile file.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "aws/properties.h"
#include "rules/support/code_facts.h"
#include "rules/support/env_credentials.h"
#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

constexpr std::string_view kKeyIdName = "aws_access_key_id";
constexpr std::string_view kSecretName = "aws_secret_access_key";

// One half of the pair as a section holds it.
struct Half {
  const Fact* present = nullptr;  // a non-empty value
  const Fact* empty = nullptr;    // written, but empty
};

Half find_half(const Scope& scope, FactKind kind) {
  Half half;
  for (const Fact& fact : scope.facts) {
    if (fact.kind != kind) continue;
    if (!fact.intended.empty()) {
      if (half.present == nullptr) half.present = &fact;
    } else if (half.empty == nullptr) {
      half.empty = &fact;
    }
  }
  return half;
}

// A property nobody reads whose name was probably meant to be `wanted`
// (`aws_secret_key` for aws_secret_access_key). AWS408 reports the name itself.
const ini::Property* misspelled(const ini::Section* section, std::string_view wanted) {
  if (section == nullptr) return nullptr;
  for (const ini::Property& property : section->properties) {
    if (aws::property_role(property.key) != aws::PropertyRole::Unknown) continue;
    const std::optional<std::string> meant = aws::intended_property(property.key);
    if (meant && *meant == wanted) return &property;
  }
  return nullptr;
}

bool in_credentials_file(const AnalyzedFile& file) { return file.kind == FileKind::Credentials; }

// What each SDK does with a key ID whose secret is missing (aws-semantics.md §2.3 C8).
std::string key_without_secret_effects(const AnalyzedFile& file, bool secret_empty) {
  if (secret_empty) {
    return "botocore (AWS CLI, boto3) signs with an empty secret and AWS answers SignatureDoesNotMatch; Go v2 and "
           "JS v3 ignore the profile's keys and look for credentials elsewhere";
  }
  const std::string_view provider = in_credentials_file(file) ? "shared-credentials-file" : "config-file";
  return fmt::format(
      "botocore (AWS CLI, boto3) fails with PartialCredentialsError (\"Partial credentials found in {}, missing: "
      "aws_secret_access_key\"){}; Go v2 fails to load the profile (\"partial credentials found for profile ...\"); "
      "JS v3 does not treat the profile as static credentials and looks elsewhere",
      provider, in_credentials_file(file) ? "" : " once it reaches the config-file keys");
}

std::string secret_without_key_effects(bool key_empty) {
  return fmt::format(
      "botocore (AWS CLI, boto3) looks for credentials only where it finds an aws_access_key_id and skips the "
      "profile's keys (\"Unable to locate credentials\" if nothing else provides them); {}; JS v3 does not treat the "
      "profile as static credentials",
      key_empty ? "Go v2 ignores the profile's keys"
                : "Go v2 fails to load the profile (\"partial credentials found "
                  "for profile ...\")");
}

void report(const AnalyzedFile& file, const Scope& scope, const Fact& present, std::string message,
            const ini::Property* typo, std::string_view wanted, FindingSink& out) {
  if (typo != nullptr) {
    message += fmt::format("; {} on line {} is probably meant to be {}", typo->name, typo->line, wanted);
  }
  engine::Finding& finding = out.report(*file.source, present.span, std::move(message), identity(scope, present));
  if (typo != nullptr) {
    finding.related.push_back(
        engine::Location{file.source.get(), typo->name_span, fmt::format("probably meant to be {}", wanted)});
  }
}

void check_scope(const AnalyzedFile& file, const Scope& scope, const ini::Section* section, FindingSink& out) {
  const Half key = find_half(scope, FactKind::AccessKeyId);
  const Half secret = find_half(scope, FactKind::SecretAccessKey);
  if (key.present != nullptr && secret.present == nullptr) {
    const bool empty = secret.empty != nullptr;
    report(file, scope, *key.present,
           fmt::format("access key ID {} has {} in {}: {}", shown(*key.present),
                       empty ? "an empty aws_secret_access_key" : "no aws_secret_access_key beside it",
                       scope.description, key_without_secret_effects(file, empty)),
           empty ? nullptr : misspelled(section, kSecretName), kSecretName, out);
  }
  if (secret.present != nullptr && key.present == nullptr) {
    const bool empty = key.empty != nullptr;
    report(file, scope, *secret.present,
           fmt::format("aws_secret_access_key has {} in {}: {}",
                       empty ? "an empty aws_access_key_id" : "no aws_access_key_id beside it", scope.description,
                       secret_without_key_effects(empty)),
           empty ? nullptr : misspelled(section, kKeyIdName), kKeyIdName, out);
  }
}

// ---- .env files ------------------------------------------------------------------------
// The SDKs read different variable names (aws-semantics.md §3.1), so a .env file can hold
// a complete pair for some SDKs and half a pair for others: judge it SDK by SDK.

using env_credentials::PairState;
using env_credentials::SdkView;
using env_credentials::Variable;
using env_credentials::verb_for;

constexpr std::array<std::string_view, 3> kKeyIdVariables = {"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY",
                                                             "AMAZON_ACCESS_KEY_ID"};
constexpr std::array<std::string_view, 3> kSecretVariables = {"AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY",
                                                              "AMAZON_SECRET_ACCESS_KEY"};

std::vector<const env_credentials::Sdk*> sdks_where(const std::vector<SdkView>& views, bool (*keep)(const SdkView&)) {
  std::vector<const env_credentials::Sdk*> sdks;
  for (const SdkView& view : views) {
    if (keep(view)) sdks.push_back(view.sdk);
  }
  return sdks;
}

bool is_botocore_partial_error(const SdkView& view) {
  return view.state == PairState::KeyOnly && view.sdk->key_without_secret_is_error;
}
bool is_soft_partial(const SdkView& view) {
  return (view.state == PairState::KeyOnly || view.state == PairState::SecretOnly) && !is_botocore_partial_error(view);
}
bool is_complete(const SdkView& view) { return view.state == PairState::Complete; }
bool is_blind(const SdkView& view) { return view.state == PairState::Neither; }

// What the SDKs that see half a pair do, and which SDKs see nothing of it.
std::string dotenv_effects(const std::vector<SdkView>& views, std::string_view present_names) {
  std::vector<std::string> parts;
  if (!sdks_where(views, &is_botocore_partial_error).empty()) {
    parts.emplace_back(
        "botocore (AWS CLI, boto3) fails with PartialCredentialsError (\"Partial credentials found in env, missing: "
        "AWS_SECRET_ACCESS_KEY\")");
  }
  if (const auto soft = sdks_where(views, &is_soft_partial); !soft.empty()) {
    parts.push_back(fmt::format(
        "{} {} the environment credentials and {} back to the next source (a profile, an "
        "instance role), or to no credentials at all",
        env_credentials::sdk_list(soft), verb_for(soft, "ignores", "ignore"), verb_for(soft, "falls", "fall")));
  }
  if (const auto blind = sdks_where(views, &is_blind); !blind.empty()) {
    parts.push_back(fmt::format("{} {} {}", env_credentials::sdk_list(blind),
                                verb_for(blind, "does not read", "do not read"), present_names));
  }
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
  return text;
}

// " (AWS_SECRET_ACCESS_KEY is empty)" when the standard name is there without a value.
std::string empty_note(const env_credentials::DotenvVariables& variables, std::string_view name) {
  const Variable* variable = variables.get(name);
  return variable != nullptr && !variable->set() ? fmt::format(" ({} is empty)", name) : "";
}

// The half every loader agrees is there: the first of `names` with a literal value.
const Variable* literal(const env_credentials::DotenvVariables& variables,
                        const std::array<std::string_view, 3>& names) {
  const Variable* variable = variables.first_set(names);
  return variable != nullptr && variable->state == Variable::State::Value && variable->fact != nullptr ? variable
                                                                                                       : nullptr;
}

std::string subject_of(const Fact& fact) {
  const std::string label = variable_label(fact);
  return fact.kind == FactKind::AccessKeyId ? fmt::format("{} {}", label, shown(fact)) : label;
}

// Both halves are there, but one of them (or both) under a name only some SDKs read:
// point at that name.
void report_name_mismatch(const AnalyzedFile& file, const Scope& scope, const std::vector<SdkView>& views,
                          const Variable& key, const Variable& secret, FindingSink& out) {
  const bool odd_key = key.entry->name != kKeyIdVariables[0];
  const bool odd_secret = secret.entry->name != kSecretVariables[0];
  const auto label = [](const Variable& variable) {
    return variable.fact != nullptr ? variable_label(*variable.fact) : variable.entry->name;
  };
  const auto complete = sdks_where(views, &is_complete);
  const std::string only_for = complete.empty() ? "for no SDK" : "only for " + env_credentials::sdk_list(complete);
  const std::string effects = dotenv_effects(views, fmt::format("{} or {}", key.entry->name, secret.entry->name));
  const Variable& culprit = odd_key ? key : secret;
  std::string message;
  if (odd_key && odd_secret) {
    message = fmt::format("{} and {} pair {} in {}: {}; name them {} and {} (every SDK reads these names)", label(key),
                          label(secret), only_for, scope.description, effects, kKeyIdVariables[0], kSecretVariables[0]);
  } else {
    const Variable& partner = odd_key ? secret : key;
    message = fmt::format("{} pairs with {} {} in {}: {}; name it {} (every SDK reads that name)", label(culprit),
                          partner.entry->name, only_for, scope.description, effects,
                          odd_key ? kKeyIdVariables[0] : kSecretVariables[0]);
  }
  out.report(*file.source, culprit.entry->name_span, std::move(message),
             fmt::format("{}/{}", scope.description, culprit.entry->name));
}

void check_dotenv_scope(const AnalyzedFile& file, const Scope& scope, FindingSink& out) {
  const env_credentials::DotenvVariables variables(file, scope);
  const std::vector<SdkView> views = env_credentials::views_of(variables);
  bool key_only = false, secret_only = false;
  for (const SdkView& view : views) {
    key_only = key_only || view.state == PairState::KeyOnly;
    secret_only = secret_only || view.state == PairState::SecretOnly;
  }
  if (!key_only && !secret_only) return;
  const Variable* any_key = variables.first_set(kKeyIdVariables);
  const Variable* any_secret = variables.first_set(kSecretVariables);
  if (any_secret == nullptr) {
    // `${VAR}` keys are filled in at run time; only a literal key ID is known to be half a pair.
    const Variable* key = literal(variables, kKeyIdVariables);
    if (key == nullptr) return;
    out.report(
        *file.source, key->fact->span,
        fmt::format("{} has no secret access key beside it in {}{}: {}", subject_of(*key->fact), scope.description,
                    empty_note(variables, "AWS_SECRET_ACCESS_KEY"), dotenv_effects(views, key->entry->name)),
        identity(scope, *key->fact));
    return;
  }
  if (any_key == nullptr) {
    const Variable* secret = literal(variables, kSecretVariables);
    if (secret == nullptr) return;
    out.report(
        *file.source, secret->fact->span,
        fmt::format("{} has no access key ID beside it in {}{}: {}", subject_of(*secret->fact), scope.description,
                    empty_note(variables, "AWS_ACCESS_KEY_ID"), dotenv_effects(views, secret->entry->name)),
        identity(scope, *secret->fact));
    return;
  }
  // Both halves are there, under names that not every SDK reads.
  report_name_mismatch(file, scope, views, *any_key, *any_secret, out);
}

// ---- source code ------------------------------------------------------------------------
// One call, client or provider block that takes static credentials: a key ID (literal, or
// from a variable or a call) with no secret argument at all, or a secret with no key ID.
// Scopes without key or secret (a builder with only .region(...), a `credentials=`
// object built elsewhere) say nothing; nor do environment reads and writes, whose other
// half lives in the process environment; nor calls that spread a dictionary or array
// of further arguments (`**kwargs`, `...opts`), which may hold the other half.

struct CodeHalf {
  const Fact* present = nullptr;  // a literal with a value, or a variable or call
  const Fact* empty = nullptr;    // the literal ""
};

CodeHalf find_code_half(const Scope& scope, FactKind kind) {
  CodeHalf half;
  for (const Fact& fact : scope.facts) {
    if (fact.kind != kind || names_environment_variable(fact)) continue;
    if (fact.dynamic || !fact.intended.empty()) {
      if (half.present == nullptr) half.present = &fact;
    } else if (half.empty == nullptr) {
      half.empty = &fact;
    }
  }
  return half;
}

bool spreads_arguments(const AnalyzedFile& file, const Scope& scope) {
  if (scope.span.end <= scope.span.begin || scope.span.end > file.source->bytes().size()) return false;
  const std::string_view text = file.source->slice(scope.span);
  return text.find("**") != std::string_view::npos || text.find("...") != std::string_view::npos;
}

std::string code_key_subject(const Fact& key) {
  if (key.dynamic) return fmt::format("{} (set from a variable or call)", slot_label(key));
  return fmt::format("{} {}", slot_label(key), shown(key));
}

// What the SDK of the file does with half a pair passed in code (aws-semantics.md §3.2, §6.3).
std::string code_effects(const AnalyzedFile& file, bool key_present) {
  if (file.language == "python") {
    return key_present ? "botocore (boto3) raises PartialCredentialsError (\"Partial credentials found in explicit, "
                         "missing: aws_secret_access_key\") when the client or session is created"
                       : "botocore (boto3) raises PartialCredentialsError (\"Partial credentials found in explicit, "
                         "missing: aws_access_key_id\") when the client or session is created";
  }
  return "the SDK's static credentials need both halves: the SDK refuses them (Go: \"static credentials are "
         "empty\") or every request fails to authenticate";
}

void check_code(const AnalyzedFile& file, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry one key into several calls
  for (const Scope& scope : file.facts.scopes) {
    if (scope.loose) continue;  // key IDs found by a text pattern: nothing says what pairs
    const CodeHalf key = find_code_half(scope, FactKind::AccessKeyId);
    const CodeHalf secret = find_code_half(scope, FactKind::SecretAccessKey);
    const bool key_alone = key.present != nullptr && secret.present == nullptr;
    const bool secret_alone = secret.present != nullptr && key.present == nullptr;
    if (!key_alone && !secret_alone) continue;
    if (spreads_arguments(file, scope)) continue;
    const Fact& present = key_alone ? *key.present : *secret.present;
    // JSON objects with a PascalCase AccessKeyId are API shapes (IAM ListAccessKeys,
    // UpdateAccessKey input, examples-1.json), where a key ID alone is normal; SDK
    // configs (AWS.config.loadFromPath) write accessKeyId.
    if (file.language == "json" && !present.name.empty() && present.name.front() >= 'A' &&
        present.name.front() <= 'Z') {
      continue;
    }
    const Fact* empty = key_alone ? secret.empty : key.empty;
    if (!once.first(present)) continue;
    const std::string missing = key_alone ? "no secret access key" : "no access key ID";
    const std::string subject = key_alone ? code_key_subject(present) : slot_label(present);
    out.report(*file.source, present.span,
               fmt::format("{} has {} in {}: {}; pass both, or neither and let the SDK's default credential chain "
                           "find them",
                           subject,
                           empty != nullptr ? fmt::format("an empty {}", slot_label(*empty)) : missing + " beside it",
                           scope.description,
                           empty != nullptr ? "requests are signed with an empty value, and AWS rejects them "
                                              "(SignatureDoesNotMatch or InvalidClientTokenId), where the SDK does not "
                                              "refuse the credentials first"
                                            : code_effects(file, key_alone)),
               identity(scope, present));
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (is_code(file)) {
    check_code(file, out);
    return;
  }
  if (file.dotenv) {
    for (const Scope& scope : file.facts.scopes) check_dotenv_scope(file, scope, out);
    return;
  }
  // extract_facts makes one scope per section, in order; the section is only needed to
  // point at a misspelled property, so a mismatch just loses that hint.
  const bool aligned = file.profile && file.profile->sections.size() == file.facts.scopes.size();
  for (std::size_t i = 0; i < file.facts.scopes.size(); ++i) {
    check_scope(file, file.facts.scopes[i], aligned ? &file.profile->sections[i] : nullptr, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws204 = {
    .id = "AWS204",
    .name = "incomplete-credential-pair",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description =
        "Access key ID without a secret access key, or a secret without a key ID, in one profile or .env file.",
    .full_description =
        "A profile section with `aws_access_key_id` but no (or an empty) `aws_secret_access_key`, or the other way "
        "round. botocore (AWS CLI, boto3) fails with PartialCredentialsError, Go v2 refuses the profile (\"partial "
        "credentials found for profile\"), JS v3 skips the keys. Often the other half is there under a misspelled "
        "name such as `aws_secret_key` (see AWS408). In a .env file the same holds per SDK: the legacy names "
        "AWS_ACCESS_KEY, AWS_SECRET_KEY and AMAZON_* complete the pair for some SDKs only, and botocore fails with "
        "PartialCredentialsError when it finds AWS_ACCESS_KEY_ID without AWS_SECRET_ACCESS_KEY. In source code: a "
        "key ID argument without a secret argument (or the reverse) in one SDK call, client or provider block.",
    .help_markdown =
        R"md(Access key ID without a secret access key, or a secret without a key ID, in one profile or .env file.

## What is wrong
Static credentials are a pair: `aws_access_key_id` and `aws_secret_access_key` in
the same section of the same file. With only one of them the SDKs fail in different
ways:

| | botocore (AWS CLI, boto3) | Go v2 | JS v3 |
|---|---|---|---|
| key ID without secret | `PartialCredentialsError`: "Partial credentials found in shared-credentials-file, missing: aws_secret_access_key" (`config-file` for the config file) | "partial credentials found for profile NAME" | not a static-credentials profile; "Profile NAME could not be found or parsed in shared credentials file" if nothing else provides credentials |
| secret without key ID | profile skipped: "Unable to locate credentials" | "partial credentials found for profile NAME" | as above |

The usual cause is a misspelled property name: `aws_secret_key`, `aws_access_key`,
`secret_access_key` are read by no SDK (AWS408 reports the name). botocore and Go v2
check each file on its own, so a key ID in `credentials` and its secret in `config`
fail as well.

## How to fix
Write both halves, spelled exactly, in the same section:

```ini
# bad
[dev]
aws_access_key_id = AKIA...
aws_secret_key = ...

# fixed
[dev]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
```

Or let the AWS CLI write them: `aws configure --profile dev`. If the secret is lost,
create a new access key in the IAM console and deactivate the old one.

## In .env files
Each SDK reads its own set of variable names, in this order:

| SDK | key ID | secret | with half a pair |
|---|---|---|---|
| botocore (AWS CLI, boto3) | `AWS_ACCESS_KEY_ID` | `AWS_SECRET_ACCESS_KEY` | key ID alone: `PartialCredentialsError` "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"; secret alone: skipped |
| Go v1, Go v2 | `AWS_ACCESS_KEY_ID`, `AWS_ACCESS_KEY` | `AWS_SECRET_ACCESS_KEY`, `AWS_SECRET_KEY` | skipped |
| JS v3, Java v2 | `AWS_ACCESS_KEY_ID` | `AWS_SECRET_ACCESS_KEY` | skipped |
| Java v1 | `AWS_ACCESS_KEY_ID`, `AWS_ACCESS_KEY` | `AWS_SECRET_KEY`, `AWS_SECRET_ACCESS_KEY` | skipped |
| .NET | `AWS_ACCESS_KEY_ID` | `AWS_SECRET_ACCESS_KEY`, `AWS_SECRET_KEY` | skipped |
| Ruby | `AWS_ACCESS_KEY_ID`, `AMAZON_ACCESS_KEY_ID`, `AWS_ACCESS_KEY` | `AWS_SECRET_ACCESS_KEY`, `AMAZON_SECRET_ACCESS_KEY`, `AWS_SECRET_KEY` | skipped |
| JS v2 | `AWS_ACCESS_KEY_ID` with `AWS_SECRET_ACCESS_KEY`, or `AMAZON_ACCESS_KEY_ID` with `AMAZON_SECRET_ACCESS_KEY` | | skipped |

"Skipped" means the SDK ignores the environment credentials and takes the next
source of its chain (a profile, a container or instance role), so the program runs
with other credentials or fails with "Unable to locate credentials". So
`AWS_ACCESS_KEY_ID` with `AWS_SECRET_KEY` works in Go, Java v1, .NET and Ruby and
fails in the AWS CLI, boto3, JS and Java v2. An empty value counts as missing; a
`${VAR}` reference is filled in at run time and is not reported.

```sh
# bad
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_KEY=...

# fixed
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_ACCESS_KEY=...
```

## In source code
In code the scope is one call, client or credentials provider. A key ID (a literal, or
a value from a variable or a call) with no secret argument at all, or a secret with no
key ID, is reported: boto3 raises `PartialCredentialsError` ("Partial credentials found
in explicit, missing: aws_secret_access_key") when the client or session is created,
and the static credential providers of the other SDKs refuse half a pair or fail to
sign. Not reported: calls without key or secret (a builder with only `.region(...)`, a
`credentials=` object built elsewhere), calls that spread further arguments
(`**kwargs`, `...options`), and the defaults of environment reads or `os.environ[...]`
writes, whose other half may be in the process environment. In JSON, objects with a
PascalCase `AccessKeyId` are not judged: they are API request and response shapes.

```python
# bad
boto3.client("s3", aws_access_key_id=os.environ["DEPLOY_KEY_ID"])
# fixed
boto3.client("s3", aws_access_key_id=os.environ["DEPLOY_KEY_ID"],
             aws_secret_access_key=os.environ["DEPLOY_SECRET"])
```

```javascript
// bad
new S3Client({ credentials: { accessKeyId: process.env.KEY_ID } });
// fixed
new S3Client({ credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET } });
```
)md",
    .precision = "very-high",
    .security_severity = "4.0",
    .check_file = &check,
};

}  // namespace credlint::rules
