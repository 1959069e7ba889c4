// AWS105 malformed-session-token: a token that is too short, not base64, cut by a line
// break or a comment, or another credential in the token's place.
#include "core/text.h"
#include "rules/support/credential_values.h"
#include "rules/support/file_roles.h"
#include "rules/support/profile_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

constexpr std::string_view kRejected =
    "AWS rejects the token (InvalidClientTokenId: \"The security token included in the request is invalid\")";
// A stray line shorter than this is not mistaken for the rest of a token.
constexpr std::size_t kShortestTokenRest = 16;

bool is_comment_line(std::string_view text) {
  const std::string_view trimmed = core::trim_ascii_whitespace(text);
  return !trimmed.empty() && (trimmed.front() == '#' || trimmed.front() == ';');
}

bool has_inline_comment(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if ((text[i] == '#' || text[i] == ';') && core::is_blank_char(text[i - 1])) return true;
  }
  return false;
}

// A token wrapped over indented lines: name where it continues and any comment that
// cuts it (a comment line in between, or ` # ...` on a continuation, which the spec
// parser and botocore keep in the value).
std::string wrapped_message(const AnalyzedFile& file, const ini::Property* property) {
  std::string where;
  std::string comment;
  bool assignment = false;
  if (property != nullptr && !property->continuations.empty()) {
    const core::SourceFile& source = *file.source;
    assignment = continuation_holds_assignment(source, *property);
    const std::size_t first = source.position(property->continuations.front().begin).line;
    const std::size_t last = source.position(property->continuations.back().begin).line;
    where = fmt::format(" (line {} continues it)", first);
    for (std::size_t line = property->line + 1; line <= last && comment.empty(); ++line) {
      if (is_comment_line(source.line_text(line))) comment = fmt::format(" and by the comment on line {}", line);
    }
    for (const core::Span& continuation : property->continuations) {
      const std::string_view text = source.slice(continuation);
      if (comment.empty() && has_inline_comment(text)) {
        comment = fmt::format(" and by a comment on line {} that becomes part of the value",
                              source.position(continuation.begin).line);
      }
    }
  }
  return fmt::format(
      "session token is cut by a line break{}{}: {}, and JS v3 reads only the first line; {}", where, comment,
      assignment ? "the spec parser (Java v2, Rust, Kotlin) and botocore (AWS CLI, boto3) join the lines with a line "
                   "break, which no token contains, Go v2 drops a continuation that holds '='"
                 : "the spec parser (Java v2, Rust, Kotlin), botocore (AWS CLI, boto3) and Go v2 join the lines with a "
                   "line break, which no token contains",
      kRejected);
}

bool is_token_rest(std::string_view text) {
  // The rest of a base64 token: base64 characters, at most two '=' of padding at the end.
  std::size_t body = text.size();
  while (body > 0 && text.size() - body < 2 && text[body - 1] == '=') --body;
  if (body < kShortestTokenRest) return false;
  for (char c : text.substr(0, body)) {
    const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                        c == '/';
    if (!base64) return false;
  }
  return true;
}

// The next line that is neither blank nor a comment holds more base64, not indented: the
// token was broken by a line break and the rest is not part of the value for any SDK.
std::optional<std::size_t> unindented_rest_line(const AnalyzedFile& file, const Fact& fact) {
  if (fact.multi_line) return std::nullopt;
  for (std::size_t line = fact.line + 1; line <= file.source->line_count(); ++line) {
    std::string_view text = file.source->line_text(line);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (core::trim_blanks(text).empty() || is_comment_line(text)) continue;
    if (core::is_blank_char(text.front())) return std::nullopt;
    return is_token_rest(text) ? std::optional<std::size_t>(line) : std::nullopt;
  }
  return std::nullopt;
}

std::string message_for(const AnalyzedFile& file, const Fact& fact, std::string_view value,
                        const std::string& problem) {
  if (fact.multi_line) return wrapped_message(file, property_of(file, fact));
  if (aws::resembles_access_key_id(value)) {
    // A key ID is no secret: it may be shown redacted, and says which key is meant.
    return fmt::format("{}: {}; {}", problem, aws::redact_key_id(value), kRejected);
  }
  return fmt::format("{}; {}", problem, kRejected);
}

// In a .env file indentation joins nothing: the next line that is neither blank nor a
// comment and holds more base64 is the rest of a token broken by a line break.
std::optional<std::size_t> dotenv_rest_line(const AnalyzedFile& file, const dotenv::Entry& entry) {
  for (std::size_t line = entry.end_line + 1; line <= file.source->line_count(); ++line) {
    std::string_view text = file.source->line_text(line);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    text = core::trim_blanks(text);
    if (text.empty() || text.front() == '#') continue;
    return is_token_rest(text) ? std::optional<std::size_t>(line) : std::nullopt;
  }
  return std::nullopt;
}

// A .env value as each loader reads it, named by its variable. An unterminated quote is
// AWS601's: the loaders do not even agree on where the value ends.
void check_dotenv_value(const AnalyzedFile& file, const Scope& scope, const Fact& fact, std::string_view value,
                        FindingSink& out) {
  const dotenv::Entry* entry = dotenv_entry_of(file, fact);
  if (entry == nullptr || !entry->quote_terminated) return;
  if (const auto rest = dotenv_rest_line(file, *entry); rest && !aws::resembles_access_key_id(value)) {
    out.report(*file.source, fact.span,
               fmt::format("{}: session token is cut by a line break: line {} looks like the rest of it, but no "
                           "loader reads it as part of the token ({}), so {} characters are left; {}",
                           dotenv_subject(fact, *entry), *rest,
                           is_shell_script(file)
                               ? "a shell runs it as a command"
                               : "dotenv (Node) and docker compose ignore the line, python-dotenv reads it as a "
                                 "variable without a value, a shell runs it as a command",
                           value.size(), kRejected),
               identity(scope, fact));
    return;
  }
  const auto problems = loader_problems(file, *entry, &aws::session_token_problem, "session token");
  if (!problems) return;
  const std::string key_id =
      aws::resembles_access_key_id(value) ? fmt::format(" (the value is {})", aws::redact_key_id(value)) : "";
  out.report(*file.source, fact.span,
             fmt::format("{}: {}{}; {}", dotenv_subject(fact, *entry), *problems, key_id, kRejected),
             identity(scope, fact));
}

void check_value(const AnalyzedFile& file, const Scope& scope, const Fact& fact, const std::string& value,
                 FindingSink& out) {
  if (file.dotenv) {
    check_dotenv_value(file, scope, fact, value, out);
    return;
  }
  // Only a profile file continues a value on the next line; in code the next line is code.
  if (const auto rest = file.profile ? unindented_rest_line(file, fact) : std::nullopt;
      rest && !aws::resembles_access_key_id(value)) {
    out.report(*file.source, fact.span,
               fmt::format("session token is cut by a line break: line {} looks like the rest of it but is not "
                           "indented, so no SDK reads it as part of the token ({} characters are left); {}",
                           *rest, value.size(), kRejected),
               identity(scope, fact));
    return;
  }
  const auto problem = aws::session_token_problem(value);
  if (!problem) return;
  out.report(*file.source, fact.span, code_subject(file, scope, fact) + message_for(file, fact, value, *problem),
             identity(scope, fact));
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  check_judged_credentials(file, FactKind::SessionToken, &check_value, out);
}

}  // namespace

extern const engine::RuleDef kAws105 = {
    .id = "AWS105",
    .name = "malformed-session-token",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source},
    .phase = engine::Phase::PerFile,
    .short_description = "Session token that is too short, not base64, or cut by a line break or comment.",
    .full_description =
        "A session token from AWS STS, SSO or an instance role is one line of several hundred base64 characters. A "
        "token under 100 characters, one with characters outside base64, one cut by a line break or a comment, or an "
        "access key ID or secret access key in the token's place is rejected by AWS with InvalidClientTokenId. "
        "Checked in config, credentials and .env files (AWS_SESSION_TOKEN and the legacy AWS_SECURITY_TOKEN and "
        "AMAZON_SESSION_TOKEN). Also checked for session token arguments of SDK calls in source code.",
    .help_markdown = R"md(Session token that is too short, not base64, or cut by a line break or comment.

## What is wrong
Temporary credentials (`aws sts assume-role`, `get-session-token`, SSO, an instance or
container role) come as three values: an `ASIA...` key ID, a secret and a session
token. The token is one line of base64 (`A-Z`, `a-z`, `0-9`, `+`, `/`, `=` at the end),
several hundred characters long; current tokens start with `IQoJb3JpZ2luX2Vj`. The
message names what is wrong with this one:

- **too short**: under 100 characters the copy lost most of the token (terminals and
  editors often cut long lines);
- **characters outside base64**, such as `-`, `_`, `"` or a non-ASCII letter;
- **cut by a line break**: the token was wrapped. When the rest is indented, the spec
  parser (Java v2, Rust, Kotlin), botocore (AWS CLI, boto3) and Go v2 join the lines
  with a line break, which no token contains, and JS v3 reads only the first line;
  when the rest is not indented no SDK reads it as part of the token (and the stray
  line is a syntax error of its own, AWS407). A comment line in between, or a
  ` # comment` on a continuation line, is kept in the value by the spec parser and
  botocore;
- **the wrong credential**: an access key ID or a 40-character secret access key in
  the token's place.

No SDK checks a token's shape: they send it in the `X-Amz-Security-Token` header and
AWS answers `InvalidClientTokenId` ("The security token included in the request is
invalid"; `UnrecognizedClientException` from DynamoDB, Lambda and others).

Quotes, inline comments, inner blanks and invisible characters are reported by
AWS103, an empty token by AWS201/AWS204, and AWS's documented example token by AWS502.

## In .env files
`AWS_SESSION_TOKEN` is checked the same way, and so are the legacy names:
`AWS_SECURITY_TOKEN`, which botocore (AWS CLI, boto3) reads before
`AWS_SESSION_TOKEN`, and `AMAZON_SESSION_TOKEN` (JS v2, Ruby). The message names the
variable. Indentation continues nothing in a .env file: when the line after the token
holds more base64, the token was broken by a line break, and no loader reads the rest
(dotenv (Node) and docker compose ignore the line, python-dotenv reads a variable
without a value, a shell runs it as a command; AWS601 reports the line itself). A
double-quoted token may span lines, and every loader keeps the line break.

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
(`IQoJb3JpZ2luX2Vj...`) are not judged.

## How to fix
Copy the token again as one line, from the same response as its key ID and secret,
or let a tool write all three for you:

```sh
aws configure set aws_session_token "$(jq -r .Credentials.SessionToken creds.json)" --profile dev
```

```ini
# bad: the token was wrapped by an editor
[dev]
aws_access_key_id = ASIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...
  ...the rest of the token

# fixed: one line
[dev]
aws_access_key_id = ASIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...(the whole token on this line)
```

```sh
# bad: .env, the token was broken by a line break
AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj...
...the rest of the token

# fixed: one line
AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj...(the whole token on this line)
```

Better, do not store temporary credentials at all: a profile with `role_arn` and
`source_profile`, an `sso_session`, or a `credential_process` lets the SDK fetch fresh
ones when they expire.

## In source code
Session token arguments of SDK calls are checked the same way (`aws_session_token=`,
`sessionToken:`, the third argument of `AwsSessionCredentials.create`,
`credentials.NewStaticCredentialsProvider`). Only literals are judged: a token from a
variable, a call or the environment has no value to check.

```python
# bad: a key ID pasted into the token's place
boto3.client("sts", aws_access_key_id=key_id, aws_secret_access_key=secret, aws_session_token="ASIA...")
# fixed: the token from the same STS response
creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="job")["Credentials"]
boto3.client("s3", aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
             aws_session_token=creds["SessionToken"])
```

```java
// bad
AwsSessionCredentials.create(keyId, secret, "IQoJb3JpZ2luX2Vj");  // cut short
// fixed
AwsSessionCredentials.create(keyId, secret, response.credentials().sessionToken());
```
)md",
    .precision = "high",
    .security_severity = "5.0",
    .check_file = &check,
};

}  // namespace credlint::rules
