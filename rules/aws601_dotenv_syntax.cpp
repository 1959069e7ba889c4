// AWS601 dotenv-syntax: .env lines the common loaders read differently or not at all.
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.dotenv) return;
  for (const dotenv::Issue& issue : file.dotenv->issues) {
    out.report(*file.source, issue.span, issue.message, fmt::format("line-issue/{}", static_cast<int>(issue.code)));
  }
}

}  // namespace

extern const engine::RuleDef kAws601 = {
    .id = "AWS601",
    .name = "dotenv-syntax",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "A .env line that dotenv loaders read differently or not at all.",
    .full_description =
        "There is no .env standard: dotenv for Node, python-dotenv, docker compose and a POSIX shell (direnv, "
        "`set -a; . ./.env`) each have their own grammar. Spaces around `=`, unterminated quotes, lines without "
        "`=` and names that are not valid variable names are read differently by each, or dropped silently, so a "
        "variable the application expects may never be set.",
    .help_markdown = R"md(A .env line that dotenv loaders read differently or not at all.

## What is wrong
Each loader has its own .env grammar:

| line | dotenv (Node) | python-dotenv | docker compose | shell / direnv |
|---|---|---|---|---|
| `AWS_REGION = eu-west-1` | `eu-west-1` | `eu-west-1` | `eu-west-1` | runs the command `AWS_REGION` |
| `AWS_PROFILE="dev` | `"dev` | parse error | parse error | reads to the end of the file |
| `AWS_REGION` | ignored | name without value | ignored | runs a command |
| `AWS-REGION=x` | sets `AWS-REGION` | sets `AWS-REGION` | sets `AWS-REGION` | syntax error |

An SDK never reads a variable whose name has a `-` or `.`, and a value that one
loader reads differently from another makes the same `.env` work in one place and
fail in another.

## How to fix
Write `NAME=value` with no spaces around `=`, close every quote on the value's
line, and use names of letters, digits and `_`:

```sh
AWS_REGION=eu-west-1
AWS_PROFILE="dev"
```
)md",
    .precision = "high",
    .security_severity = "2.0",
    .check_file = &check,
};

}  // namespace credlint::rules
