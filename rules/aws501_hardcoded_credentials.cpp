// AWS501 hardcoded-credentials: a key ID, secret or session token stored in a profile file
// found inside the scanned tree, where it risks being committed. The user's own files
// (--aws-home) and files named with --config-file/--credentials-file hold keys by design.
#include "aws/environment_variables.h"
#include "core/text.h"
#include "rules/support/code_facts.h"
#include "rules/support/credential_values.h"
#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

constexpr std::size_t kLongestShownKeyId = 40;

// Worth rotating if it leaks: some credential shape, whatever slot it sits in (a swapped
// secret is still a secret). Placeholders and AWS's documentation examples are not.
bool is_live_looking(std::string_view intended) {
  const std::string value = aws::without_blanks(intended);
  if (value.empty() || aws::is_placeholder(intended) || aws::is_documentation_example(value)) return false;
  return aws::could_be_access_key_id(value) || aws::could_be_secret_access_key(value) ||
         aws::could_be_session_token(value);
}

// What the value is, by its shape: a swapped secret is a secret whatever its slot says.
enum class Shape { KeyId, Secret, Token };

Shape shape_of(const Fact& fact, std::string_view value) {
  if (aws::could_be_access_key_id(value)) return Shape::KeyId;
  if (aws::looks_like_secret_access_key(value)) return Shape::Secret;
  if (fact.kind == FactKind::SessionToken || aws::looks_like_session_token(value)) return Shape::Token;
  return fact.kind == FactKind::AccessKeyId || aws::could_be_secret_access_key(value) ? Shape::Secret : Shape::Token;
}

FactKind kind_of(Shape shape) {
  switch (shape) {
    case Shape::KeyId: return FactKind::AccessKeyId;
    case Shape::Secret: return FactKind::SecretAccessKey;
    case Shape::Token: return FactKind::SessionToken;
  }
  return FactKind::AccessKeyId;
}

// The scope's key ID, redacted: the value shaped like one, in whatever slot (key IDs are
// short; a longer value is not shown even redacted).
std::optional<std::string> scope_key_id(const Scope& scope) {
  std::optional<std::string> found;
  for (const Fact& fact : scope.facts) {
    if (!is_credential_kind(fact.kind)) continue;
    const std::string value = aws::without_blanks(fact.intended);
    if (value.size() > kLongestShownKeyId || !aws::could_be_access_key_id(value)) continue;
    if (!found || fact.kind == FactKind::AccessKeyId) found = aws::redact_key_id(value);
  }
  return found;
}

bool is_temporary(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (is_credential_kind(fact.kind) && aws::is_temporary_key_id(aws::without_blanks(fact.intended))) return true;
  }
  return false;
}

// `name_slot`: say so when the value sits in another property than its own (swapped or
// mixed up); .env messages start with the variable's name instead.
std::string what_is_exposed(const Fact& fact, const std::optional<std::string>& key_id, bool name_slot) {
  const std::string value = aws::without_blanks(fact.intended);
  const Shape shape = shape_of(fact, value);
  const std::string where =
      !name_slot || fact.kind == kind_of(shape) ? "" : fmt::format(" (written as {})", fact.name);
  switch (shape) {
    case Shape::KeyId: return fmt::format("access key ID {}{}", aws::redact_key_id(value), where);
    case Shape::Secret:
      return (key_id ? fmt::format("the secret access key of {}", *key_id) : "a secret access key") + where;
    case Shape::Token: return (key_id ? fmt::format("the session token of {}", *key_id) : "a session token") + where;
  }
  return "a credential";
}

std::string what_to_do(bool temporary) {
  if (temporary) {
    return "if it was ever committed it stays in the git history: temporary credentials work until they expire, so "
           "revoke the role's active sessions (IAM console, Roles, Revoke active sessions) and remove them from the "
           "file";
  }
  return "if it was ever committed it stays in the git history: deactivate and rotate the key (aws iam "
         "update-access-key --status Inactive, then create-access-key) and remove it from the file";
}

// ---- .env files -----------------------------------------------------------------------

constexpr std::string_view kKeepOutOfGit =
    "list the file in .gitignore (`git rm --cached` it if it is tracked) and commit a template with placeholders, "
    "such as .env.example, instead";

std::string dotenv_message(std::string_view name, std::string_view what, const Scope& scope, bool temporary) {
  return fmt::format("{} holds {}, in {} inside the scanned tree, where it can be committed and pushed; {}; {}", name,
                     what, scope.description, what_to_do(temporary), kKeepOutOfGit);
}

bool is_credential_variable(std::string_view name) {
  const auto info = aws::aws_variable(name);
  return info && (info->role == aws::VariableRole::AccessKeyId || info->role == aws::VariableRole::SecretAccessKey ||
                  info->role == aws::VariableRole::SessionToken);
}

// S3_SECRET_KEY, AWS_SECRET, SECRET_ACCESS_KEY: a secret meant for AWS by its name, not
// SESSION_SECRET or DATABASE_PASSWORD, which hold random values of their own.
bool names_aws_secret(std::string_view name) {
  bool secret = false;
  bool aws_word = false;
  std::size_t begin = 0;
  while (begin <= name.size()) {
    std::size_t end = name.find('_', begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string word = core::ascii_lower(name.substr(begin, end - begin));
    secret = secret || word == "secret";
    aws_word = aws_word || word == "aws" || word == "s3" || word == "amazon" || word == "iam" || word == "access";
    begin = end + 1;
  }
  return secret && aws_word;
}

struct OtherVariable {
  const dotenv::Entry* entry = nullptr;
  std::string value;  // as meant: decoration and blanks left out
};

// Variables no SDK reads that still hold a credential: a strict AKIA/ASIA key ID in any
// of them (AWS_KEY, S3_ACCESS_KEY_ID, DEPLOY_KEY_PROD), and, beside such a key, a
// secret-shaped value in a variable whose name says it is an AWS secret.
void check_other_variables(const AnalyzedFile& file, const Scope& scope, bool has_key_id, bool temporary,
                           FindingSink& out) {
  std::vector<OtherVariable> key_ids;
  std::vector<OtherVariable> secrets;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.only_reference || is_credential_variable(entry.name)) continue;
    const std::string intended = core::strip_value_decoration(entry.value);
    const std::string value = aws::without_blanks(intended);
    if (value.empty() || aws::is_placeholder(intended) || aws::is_documentation_example(value)) continue;
    if (aws::looks_like_access_key_id(value)) {
      key_ids.push_back({&entry, value});
    } else if (aws::looks_like_secret_access_key(value) && names_aws_secret(entry.name)) {
      secrets.push_back({&entry, value});
    }
  }
  for (const OtherVariable& key : key_ids) temporary = temporary || aws::is_temporary_key_id(key.value);
  auto report = [&](const OtherVariable& variable, const std::string& what) {
    out.report(*file.source, variable.entry->value_span,
               dotenv_message(variable.entry->name,
                              fmt::format("{} (not a variable the SDKs read, but whatever reads it passes the key on)",
                                          what),
                              scope, temporary),
               fmt::format("{}/{}", scope.description, variable.entry->name));
  };
  for (const OtherVariable& key : key_ids) report(key, fmt::format("access key ID {}", aws::redact_key_id(key.value)));
  // A lone 40-character value may belong to any other service.
  if (!has_key_id && key_ids.empty()) return;
  for (const OtherVariable& secret : secrets) report(secret, "a secret access key");
}

// ---- source code and text files --------------------------------------------------------
// Every literal in a credential slot (a key ID, secret or token argument, a credential
// property, `AWS_SECRET_ACCESS_KEY=` in a shell script or Dockerfile) that is shaped like
// some credential, once per literal; in text files also a well-formed AKIA/ASIA key ID
// anywhere. Never values from variables or calls, placeholders (`${VAR}`, `<your-key>`,
// `changeme`, `test`, `xxx`), or AWS's documentation examples (AWS502's).

std::string code_what(const Fact& fact, const std::optional<std::string>& key_id) {
  const std::string value = aws::without_blanks(fact.intended);
  const Shape shape = shape_of(fact, value);
  const std::string where =
      fact.kind == kind_of(shape) ? "" : fmt::format(" (given as {})", slot_label(fact));
  switch (shape) {
    case Shape::KeyId: return fmt::format("access key ID {}{}", aws::redact_key_id(value), where);
    case Shape::Secret:
      return (key_id ? fmt::format("the secret access key of {}", *key_id) : "a secret access key") + where;
    case Shape::Token: return (key_id ? fmt::format("the session token of {}", *key_id) : "a session token") + where;
  }
  return "a credential";
}

bool exposed_in_code_or_text(const AnalyzedFile& file, const Scope& scope, const Fact& fact) {
  if (!is_credential_kind(fact.kind) || fact.dynamic || !is_live_looking(fact.intended)) return false;
  if (is_template_value(fact.intended)) return false;
  // A bare match (a text file's key ID outside any assignment, a key ID in a comment or a
  // longer string of code) counts only when it is a well-formed AKIA/ASIA key ID.
  if ((is_text(file) && fact.name.empty()) || scope.loose) {
    return aws::looks_like_access_key_id(aws::without_blanks(fact.intended));
  }
  return true;
}

void check_code_or_text(const AnalyzedFile& file, FindingSink& out) {
  OncePerLiteral once;  // a variable may carry one literal into several calls
  for (const Scope& scope : file.facts.scopes) {
    const auto key_id = scope_key_id(scope);
    const bool temporary = is_temporary(scope);
    for (const Fact& fact : scope.facts) {
      if (!exposed_in_code_or_text(file, scope, fact) || !once.first(fact)) continue;
      const std::string message =
          is_code(file)
              ? fmt::format("{} is hardcoded in {}{}: everyone who can read the code, its history or a build of it "
                            "has the credential; {}, and let the SDK's default credential chain (environment, "
                            "profile, IAM role) provide credentials",
                            code_what(fact, key_id), scope.description,
                            fact.via_variable ? " through a variable" : "", what_to_do(temporary))
              : fmt::format("{} is written in {}, a file inside the scanned tree where it can be committed, pushed "
                            "or copied into an image; {}, and pass credentials at run time (environment of the "
                            "job or container, a profile, an IAM role)",
                            code_what(fact, key_id), scope.description, what_to_do(temporary));
      out.report(*file.source, fact.span, message, identity(scope, fact));
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  // Code and text files are part of the tree they were found in, whatever the origin.
  if (is_code(file) || is_text(file)) {
    check_code_or_text(file, out);
    return;
  }
  // Only files discovered in a scanned tree are exposed; the user's own files are not.
  if (file.origin != engine::Origin::Tree) return;
  // A .env.example is committed on purpose, and placeholders are what it is for.
  if (file.dotenv && is_template_file(file.source->path())) return;
  for (const Scope& scope : file.facts.scopes) {
    const auto key_id = scope_key_id(scope);
    const bool temporary = is_temporary(scope);
    for (const Fact& fact : scope.facts) {
      if (!is_credential_kind(fact.kind) || !is_live_looking(fact.intended)) continue;
      const std::string message =
          file.dotenv ? dotenv_message(fact.name, what_is_exposed(fact, key_id, false), scope, temporary)
                      : fmt::format("{} is stored in {}, in a file inside the scanned tree where it can be committed "
                                    "and pushed; {}",
                                    what_is_exposed(fact, key_id, true), scope.description, what_to_do(temporary));
      out.report(*file.source, fact.span, message, identity(scope, fact));
    }
    if (file.dotenv) check_other_variables(file, scope, key_id.has_value(), temporary, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws501 = {
    .id = "AWS501",
    .name = "hardcoded-credentials",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv, FileKind::Source, FileKind::Text},
    .phase = engine::Phase::PerFile,
    .short_description = "Credential stored in a file inside the scanned tree.",
    .full_description =
        "An access key ID, secret access key or session token is written in a config, credentials or .env file that "
        "was found inside the scanned tree (a repository, a build context), not in the user's own ~/.aws. Files "
        "there get committed, copied into images and shared; a key that reached a commit stays in the history even "
        "after the file is fixed. Templates such as .env.example are not reported. The value is redacted in every "
        "output. In source code every credential literal in an SDK call, and in shell scripts, Dockerfiles and "
        "other text files every credential assigned to a credential name and every well-formed AKIA/ASIA key ID, "
        "are reported whatever the origin.",
    .help_markdown = R"md(Credential stored in a file inside the scanned tree.

## What is wrong
A config, credentials or `.env` file inside the scanned tree (a repository, a Docker
build context, a project folder) holds a static access key ID, secret access key or session
token. Such files are committed, pushed, baked into images and shared by mistake,
and automated scanners find AWS keys on public repositories within minutes. Once a
key is in a commit, removing the line does not help: it stays in the git history.

Only files found while walking a path are reported. Your own `~/.aws/config` and
`~/.aws/credentials` (`--aws-home`) and files named with `--config-file` or
`--credentials-file` hold keys by design and are not. Placeholders (`${AWS_KEY}`,
`<your key>`, `changeme`) and AWS's documentation example keys (AWS502) are not
credentials and are skipped. Every output shows at most a key ID's prefix and last
four characters.

In `.env` files (`.env`, `.env.local`, `.env.production`, `app.env`, direnv's
`.envrc`) the message names the variable. Besides the variables the SDKs read
(`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` and their legacy
names), a well-formed `AKIA`/`ASIA` key ID is reported in any variable
(`DEPLOY_AWS_KEY`, `S3_ACCESS_KEY`): whatever reads it passes the key on. Next to
such a key, a 40-character secret is reported in a variable whose name says it is an
AWS secret (`S3_SECRET_KEY`, `AWS_SECRET`); random values of other variables
(`SESSION_SECRET`, `DATABASE_PASSWORD`) are not. Templates meant to be committed
(`.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `.env.tpl`,
`example.env`) are not reported: placeholders are what they are for. The other rules
still check them. `.env.defaults` is no template: dotenv-defaults loads it at run time.

## How to fix
1. Treat the key as leaked if the file was ever committed or shared. For a
   long-term key (`AKIA...`):

   ```sh
   aws iam create-access-key --user-name NAME        # the replacement
   aws iam update-access-key --user-name NAME --access-key-id AKIA... --status Inactive
   aws iam delete-access-key --user-name NAME --access-key-id AKIA...
   ```

   Temporary credentials (`ASIA...` with a session token) cannot be deactivated one
   by one; they expire on their own. Until then, revoke the role's sessions (IAM
   console: Roles, the role, Revoke active sessions).
2. Remove the credentials from the file and keep the file out of the repository
   (`.gitignore`), or drop it: the SDKs read `~/.aws/credentials` themselves. For a
   `.env` that is already tracked, `git rm --cached .env`, add `.env` to
   `.gitignore`, and commit a `.env.example` with placeholders instead.
3. Give programs credentials without files: an IAM role (instance profile, ECS task
   role, IRSA), `aws sso login` with an `sso_session`, or a `credential_process`
   that reads a secrets manager.

```ini
# bad: deploy/.aws/credentials, committed with the project
[deploy]
aws_access_key_id = AKIA...
aws_secret_access_key = ...

# fixed: deploy/.aws/config, no secret in the tree (run `aws sso login --profile deploy`)
[profile deploy]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Deploy

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
```

```sh
# bad: .env, committed with the project
AWS_ACCESS_KEY_ID=AKIA...
AWS_SECRET_ACCESS_KEY=...

# fixed: .env.example is committed, .env is in .gitignore and selects a profile
AWS_PROFILE=deploy
```

## In source code and text files
In code, every literal in a credential slot of an SDK call (`aws_access_key_id=`,
`secretAccessKey:`, `AwsBasicCredentials.create(id, secret)`, Terraform `access_key`)
that is shaped like a credential is reported once, where it is written (also when a
variable carries it into several calls). In shell scripts, Dockerfiles, properties and
other text files, values assigned to a credential name (`AWS_SECRET_ACCESS_KEY=`,
`aws configure set aws_access_key_id ...`) and any well-formed `AKIA`/`ASIA` key ID are
reported. Not reported: values from variables, calls or the environment, placeholders
(`${VAR}`, `<your-key>`, `changeme`, `test`, `testing`, `xxx`) and AWS's documentation
examples (AWS502). Code is part of the tree it was found in, so the origin of the file
does not matter.

```python
# bad
s3 = boto3.client("s3", aws_access_key_id="AKIA...", aws_secret_access_key="...")

# fixed: the default credential chain (environment, profile, IAM role)
s3 = boto3.client("s3")
```

```javascript
// bad
new S3Client({ credentials: { accessKeyId: "AKIA...", secretAccessKey: "..." } });
// fixed
new S3Client({});  // fromNodeProviderChain: environment, profile, SSO, role
```

```dockerfile
# bad: baked into every layer of the image
ENV AWS_ACCESS_KEY_ID=AKIA... AWS_SECRET_ACCESS_KEY=...
# fixed: passed when the container runs, or an IAM role for the task
# docker run -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY image
```
)md",
    .precision = "high",
    .security_severity = "8.0",
    .check_file = &check,
};

}  // namespace credlint::rules
