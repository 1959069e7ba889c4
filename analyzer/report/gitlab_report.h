// `--format gitlab`: GitLab Code Quality JSON (the Code Climate subset GitLab reads from
// `artifacts: reports: codequality:`): an array of {description, check_name, fingerprint,
// severity, location: {path, lines: {begin}}}, one per reported finding. GitLab matches
// issues between the base and the merge-request pipelines by fingerprint, so it is derived
// from the line-independent credlint/v1 fingerprint.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule.h"

namespace credlint::report {

// error -> critical, warning -> major, note -> minor (GitLab: info|minor|major|critical|blocker).
[[nodiscard]] std::string_view gitlab_severity(engine::Level level);
// 32 lowercase hex digits from a credlint/v1 fingerprint "<16 hex>:<n>" (the hash, then n).
[[nodiscard]] std::string gitlab_fingerprint(std::string_view credlint_v1);

}  // namespace credlint::report
