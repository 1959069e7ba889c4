// AWS202 session-token-with-long-term-key: a session token beside an AKIA key, or a
// legacy aws_security_token that shadows a different aws_session_token for botocore.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "rules/support/code_facts.h"
#include "rules/support/env_credentials.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// botocore reads the boto2 name first; Go v2 and JS v3 never read it.
constexpr std::string_view kLegacyToken = "aws_security_token";

bool is_legacy(const Fact& token) { return core::ascii_lower(token.name) == kLegacyToken; }

// Tokens that would be sent: empty values and template placeholders are not.
std::vector<const Fact*> usable_tokens(const Scope& scope) {
  std::vector<const Fact*> tokens;
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::SessionToken || fact.intended.empty() || aws::is_placeholder(fact.intended)) continue;
    tokens.push_back(&fact);
  }
  return tokens;
}

const Fact* long_term_key(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::AccessKeyId || !aws::is_long_term_key_id(fact.intended)) continue;
    if (aws::is_documentation_example(fact.intended)) continue;  // AWS502's business
    return &fact;
  }
  return nullptr;
}

void report_token_with_long_term_key(const AnalyzedFile& file, const Scope& scope, const Fact& key, const Fact& token,
                                     FindingSink& out) {
  const std::string who = is_legacy(token)
                              ? "botocore (AWS CLI, boto3) sends it with every request (Go v2 and JS v3 ignore "
                                "aws_security_token)"
                              : "every SDK sends it with every request";
  out.report(*file.source, token.span,
             fmt::format("{} beside long-term access key ID {} in {}: {}, and AWS rejects a long-term key with a "
                         "session token (InvalidClientTokenId: \"The security token included in the request is "
                         "invalid\"); the token is stale or belongs to other credentials",
                         token.name, shown(key), scope.description, who),
             identity(scope, token));
}

// saml2aws and aws-vault write the same token under both names; a tool that refreshes
// only aws_session_token leaves a stale aws_security_token that botocore prefers.
void report_shadowing_legacy_token(const AnalyzedFile& file, const Scope& scope, const std::vector<const Fact*>& tokens,
                                   FindingSink& out) {
  const Fact* legacy = nullptr;
  const Fact* current = nullptr;
  for (const Fact* token : tokens) (is_legacy(*token) ? legacy : current) = token;
  if (legacy == nullptr || current == nullptr || legacy->intended == current->intended) return;
  engine::Finding& finding = out.report(
      *file.source, legacy->span,
      fmt::format("{} differs from aws_session_token (line {}) in {}: botocore (AWS CLI, boto3) reads {} first and "
                  "sends it, while Go v2 and JS v3 read only aws_session_token; one of the two tokens is stale "
                  "(ExpiredToken or InvalidClientTokenId for the programs that use it)",
                  legacy->name, current->line, scope.description, legacy->name),
      identity(scope, *legacy));
  finding.related.push_back(engine::Location{file.source.get(), current->span, "aws_session_token"});
}

// ---- .env files ------------------------------------------------------------------------
// Which token an SDK sends, and with which key ID, depends on the variable names it
// reads (aws-semantics.md §3.1): judge the file SDK by SDK.

using env_credentials::SdkView;
using env_credentials::Variable;

bool usable(const Variable* token) {
  return token != nullptr && token->state == Variable::State::Value && token->fact != nullptr &&
         !aws::is_placeholder(token->fact->intended);
}

const Fact* long_term_key_of(const SdkView& view) {
  if (view.key == nullptr || view.key->state != Variable::State::Value || view.key->fact == nullptr) return nullptr;
  const Fact& key = *view.key->fact;
  if (!aws::is_long_term_key_id(key.intended) || aws::is_documentation_example(key.intended)) return nullptr;
  return &key;
}

bool reads_token(const env_credentials::Sdk& sdk, std::string_view name) {
  for (std::size_t i = 0; i < sdk.provider_count; ++i) {
    for (std::string_view token : sdk.providers[i].tokens) {
      if (token == name) return true;
    }
  }
  return false;
}

// Tokens that some SDK sends beside a long-term key ID; true when any was reported.
bool report_dotenv_tokens_with_long_term_key(const AnalyzedFile& file, const Scope& scope,
                                             const std::vector<SdkView>& views, FindingSink& out) {
  // Token fact -> the SDKs that send it, and the key ID they send it with.
  std::vector<std::pair<const Fact*, std::vector<const env_credentials::Sdk*>>> senders;
  const Fact* key = nullptr;
  for (const SdkView& view : views) {
    const Fact* long_term = long_term_key_of(view);
    if (long_term == nullptr || !usable(view.token)) continue;
    key = key == nullptr ? long_term : key;
    auto it = senders.begin();
    while (it != senders.end() && it->first != view.token->fact) ++it;
    if (it == senders.end()) it = senders.insert(senders.end(), {view.token->fact, {}});
    it->second.push_back(view.sdk);
  }
  for (const auto& [token, sdks] : senders) {
    // The SDKs that read the same long-term key but not this token: they take another
    // token variable first (botocore: AWS_SECURITY_TOKEN), or do not read this one at all.
    std::vector<const env_credentials::Sdk*> not_reading;
    std::vector<std::string> elsewhere;
    for (const SdkView& view : views) {
      if (std::find(sdks.begin(), sdks.end(), view.sdk) != sdks.end() || long_term_key_of(view) == nullptr) continue;
      if (view.token != nullptr && reads_token(*view.sdk, token->name)) {
        elsewhere.push_back(fmt::format("{} reads {} first", view.sdk->name, view.token->entry->name));
      } else {
        not_reading.push_back(view.sdk);
      }
    }
    if (!not_reading.empty()) {
      elsewhere.push_back(fmt::format("{} {} not read {}", env_credentials::sdk_list(not_reading),
                                      not_reading.size() == 1 ? "does" : "do", token->name));
    }
    std::string others;
    for (const std::string& part : elsewhere) others += (others.empty() ? "" : "; ") + part;
    out.report(*file.source, token->span,
               fmt::format("{} beside long-term access key ID {} in {}: {} {} it with every request{}, and AWS "
                           "rejects a long-term key with a session token (InvalidClientTokenId: \"The security "
                           "token included in the request is invalid\"); the token is stale or belongs to other "
                           "credentials",
                           token->name, shown(*key), scope.description, env_credentials::sdk_list(sdks),
                           env_credentials::verb_for(sdks, "sends", "send"),
                           others.empty() ? "" : fmt::format(" ({})", others)),
               identity(scope, *token));
  }
  return !senders.empty();
}

// botocore takes AWS_SECURITY_TOKEN when it is set at all, even to "", and never looks
// at AWS_SESSION_TOKEN then; every other SDK reads only AWS_SESSION_TOKEN.
void report_dotenv_shadowing_token(const AnalyzedFile& file, const Scope& scope,
                                   const env_credentials::DotenvVariables& variables, FindingSink& out) {
  const Variable* legacy = variables.get("AWS_SECURITY_TOKEN");
  const Variable* current = variables.get("AWS_SESSION_TOKEN");
  if (legacy == nullptr || current == nullptr || legacy->state == Variable::State::Reference || !usable(current)) {
    return;
  }
  const Fact& current_fact = *current->fact;
  std::string message;
  if (legacy->state == Variable::State::Empty) {
    message = fmt::format(
        "AWS_SECURITY_TOKEN is empty, but set, in {}: botocore (AWS CLI, boto3) reads it before AWS_SESSION_TOKEN "
        "(line {}) and sends no session token at all, while the other SDKs send AWS_SESSION_TOKEN; with temporary "
        "credentials botocore's requests fail (InvalidClientTokenId); delete the line",
        scope.description, current_fact.line);
  } else if (legacy->fact != nullptr && !aws::is_placeholder(legacy->fact->intended) &&
             legacy->fact->intended != current_fact.intended) {
    message = fmt::format(
        "AWS_SECURITY_TOKEN differs from AWS_SESSION_TOKEN (line {}) in {}: botocore (AWS CLI, boto3) reads "
        "AWS_SECURITY_TOKEN first and sends it, while every other SDK reads only AWS_SESSION_TOKEN; one of the two "
        "tokens is stale (ExpiredToken or InvalidClientTokenId for the programs that use it)",
        current_fact.line, scope.description);
  } else {
    return;
  }
  // An empty value has no span of its own: point at the name.
  const core::Span span = legacy->state == Variable::State::Value ? legacy->fact->span : legacy->entry->name_span;
  engine::Finding& finding =
      out.report(*file.source, span, std::move(message), fmt::format("{}/AWS_SECURITY_TOKEN", scope.description));
  finding.related.push_back(engine::Location{file.source.get(), current_fact.span, "AWS_SESSION_TOKEN"});
}

void check_dotenv(const AnalyzedFile& file, const Scope& scope, FindingSink& out) {
  const env_credentials::DotenvVariables variables(file, scope);
  const std::vector<SdkView> views = env_credentials::views_of(variables);
  // Removing the tokens fixes both problems at once; no need to explain shadowing.
  if (report_dotenv_tokens_with_long_term_key(file, scope, views, out)) return;
  report_dotenv_shadowing_token(file, scope, variables, out);
}

// ---- source code ----------------------------------------------------------------------
// One call, client or provider block: a literal token beside a literal AKIA key. A token
// from a variable or a call is not judged (os.getenv returns None when the variable is
// unset, and the SDKs then send no token), nor are environment reads and writes, whose
// other half lives in the process environment.

bool judged_in_code(const Fact& fact) { return !fact.dynamic && !names_environment_variable(fact); }

void check_code(const AnalyzedFile& file, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry one token into several calls
  for (const Scope& scope : file.facts.scopes) {
    if (scope.loose || scope_targets_other_service(scope)) continue;
    const Fact* key = long_term_key(scope);
    if (key == nullptr || !judged_in_code(*key) || !aws::resembles_access_key_id(key->intended)) continue;
    for (const Fact* token : usable_tokens(scope)) {
      if (!judged_in_code(*token) || !once.first(*token)) continue;
      out.report(*file.source, token->span,
                 fmt::format("{} beside long-term access key ID {} in {}: every SDK sends the token with each "
                             "request, and AWS rejects a long-term key with a session token (InvalidClientTokenId: "
                             "\"The security token included in the request is invalid\"); the token is stale or "
                             "belongs to other credentials: drop it, or use the key ID issued with it",
                             slot_label(*token), shown(*key), scope.description),
                 identity(scope, *token));
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (file.dotenv) {
    for (const Scope& scope : file.facts.scopes) check_dotenv(file, scope, out);
    return;
  }
  if (is_code(file)) {
    check_code(file, out);
    return;
  }
  for (const Scope& scope : file.facts.scopes) {
    const std::vector<const Fact*> tokens = usable_tokens(scope);
    if (tokens.empty()) continue;
    if (const Fact* key = long_term_key(scope)) {
      // Removing the tokens fixes both problems at once; no need to explain shadowing.
      for (const Fact* token : tokens) report_token_with_long_term_key(file, scope, *key, *token, out);
      continue;
    }
    report_shadowing_legacy_token(file, scope, tokens, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws202 = {
    .id = "AWS202",
    .name = "session-token-with-long-term-key",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description =
        "Session token beside a long-term access key ID, or a stale legacy token that botocore prefers.",
    .full_description =
        "A session token belongs to the temporary (ASIA...) key ID that STS issued with it. Beside a long-term "
        "(AKIA...) key ID it is stale or belongs to other credentials, and AWS rejects every request that carries "
        "it (InvalidClientTokenId). Also reported: `aws_security_token` and `aws_session_token` (in a .env file "
        "AWS_SECURITY_TOKEN and AWS_SESSION_TOKEN) with different values, where botocore (and so the AWS CLI) uses "
        "the legacy name and the other SDKs the current one. Also checked for a token literal beside an AKIA key "
        "ID literal in one SDK call in source code.",
    .help_markdown = R"md(Session token beside a long-term access key ID, or a stale legacy token that botocore prefers.

## What is wrong
Access key IDs that start with `AKIA` are long-term keys of an IAM user. They are
used without a session token. A session token is issued by STS together with a
temporary `ASIA...` key ID and its secret, and is only valid with them. When a
profile holds an `AKIA` key *and* a token, the SDKs send the token along
(botocore also sends `aws_security_token`; Go v2 and JS v3 read only
`aws_session_token`), and AWS answers `InvalidClientTokenId`: "The security token
included in the request is invalid". This usually happens when temporary
credentials were replaced by long-term ones (or the other way round) and the old
token line stayed behind.

A second form of the same mistake: `aws_security_token` (the boto2 name) and
`aws_session_token` with different values. botocore checks `aws_security_token`
first, so the AWS CLI and boto3 use one token while Go v2 and JS v3 use the other;
a tool that refreshes only `aws_session_token` leaves the CLI with an expired token
(`ExpiredToken`).

## How to fix
With long-term keys, delete the token lines:

```ini
# bad
[default]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...

# fixed
[default]
aws_access_key_id = AKIA...
aws_secret_access_key = ...
```

If the profile was meant to hold temporary credentials, copy the key ID, secret and
token from the same STS response instead. With both token names, keep only
`aws_session_token`, or write the same value under both names (as saml2aws does).
Long-lived profiles are better served by `role_arn` + `source_profile`, `sso_session`
or `credential_process` than by pasted tokens.

## In .env files
The same mistakes happen with environment variables. Which token an SDK sends
depends on the names it reads:

| variable | read by |
|---|---|
| `AWS_SESSION_TOKEN` | every SDK |
| `AWS_SECURITY_TOKEN` | botocore (AWS CLI, boto3) only, **before** `AWS_SESSION_TOKEN`, and even when it is set to an empty value |
| `AMAZON_SESSION_TOKEN` | Ruby (when `AWS_SESSION_TOKEN` is unset) and JS v2 (beside `AMAZON_ACCESS_KEY_ID`) |

So `AWS_ACCESS_KEY_ID=AKIA...` with a leftover `AWS_SESSION_TOKEN` fails everywhere,
a leftover `AWS_SECURITY_TOKEN` fails only the AWS CLI and boto3, and an
`AWS_SECURITY_TOKEN` that differs from `AWS_SESSION_TOKEN` (or is empty) gives botocore
another token than the other SDKs. Delete the stale lines:

```sh
# bad
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_ACCESS_KEY=...
AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj...

# fixed
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_ACCESS_KEY=...
```

## In source code
In code the scope is one call, client or credentials provider: a session token literal
passed beside a long-term (`AKIA`) key ID literal, as in
`boto3.client(aws_access_key_id="AKIA...", aws_session_token="...")` or
`AwsSessionCredentials.create("AKIA...", secret, "...")`. A token from a variable or a
call is not reported: `os.environ.get("AWS_SESSION_TOKEN")` is `None` when the variable
is unset, and the SDK then sends no token.

```python
# bad
boto3.client("s3", aws_access_key_id="AKIA...", aws_secret_access_key=secret, aws_session_token="IQoJ...")
# fixed: long-term keys take no token
boto3.client("s3", aws_access_key_id="AKIA...", aws_secret_access_key=secret)
```

```java
// bad
AwsSessionCredentials.create("AKIA...", secret, token);
// fixed
AwsBasicCredentials.create("AKIA...", secret);
```
)md",
    .precision = "very-high",
    .security_severity = "5.0",
    .check_file = &check,
};

}  // namespace credlint::rules
