// AWS602 dotenv-duplicate-key: a variable assigned twice in one .env file.
#include <map>

#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.dotenv) return;
  std::map<std::string, const dotenv::Entry*> first;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    auto [it, inserted] = first.try_emplace(entry.name, &entry);
    if (inserted) continue;
    const dotenv::Entry& earlier = *it->second;
    engine::Finding& finding = out.report(
        *file.source, entry.name_span,
        fmt::format("`{}` is set again (first at line {}); every loader keeps this later value, so the earlier "
                    "line has no effect and the two can disagree unnoticed",
                    entry.name, earlier.line),
        fmt::format("duplicate/{}", entry.name));
    finding.related.push_back(engine::Location{file.source.get(), earlier.name_span,
                                               fmt::format("first assignment of `{}`", entry.name)});
  }
}

}  // namespace

extern const engine::RuleDef kAws602 = {
    .id = "AWS602",
    .name = "dotenv-duplicate-key",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "A variable defined twice in one .env file.",
    .full_description =
        "When a .env file assigns the same variable twice, dotenv for Node, python-dotenv, docker compose and a "
        "shell all keep the last value. The earlier line is dead but looks authoritative, which is how a stale "
        "key or the wrong region ends up in use.",
    .help_markdown = R"md(A variable defined twice in one .env file.

## What is wrong
Every common loader keeps the **last** assignment of a variable:

```sh
AWS_REGION=eu-west-1      # looks like the setting ...
# ... 40 lines later
AWS_REGION=us-east-1      # ... but this one wins
```

## How to fix
Delete the assignment that should not apply, or split environments into separate
files (`.env.development`, `.env.production`).
)md",
    .precision = "very-high",
    .security_severity = "2.0",
    .check_file = &check,
};

}  // namespace credlint::rules
