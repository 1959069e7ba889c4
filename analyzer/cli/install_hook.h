// `credlint install-hook [--force]`: writes a plain git pre-commit hook that runs
// `credlint scan --staged`, for teams that do not use the pre-commit framework. The hook
// goes where git looks for it (`git rev-parse --git-path hooks`, so core.hooksPath and
// worktrees are respected). An existing hook is never overwritten without --force.
#pragma once

#include <ostream>
#include <string>

namespace credlint::cli {

// The hook script. It runs `credlint_path` while that file is executable, else `credlint`
// from PATH, and blocks the commit with a message when neither exists.
[[nodiscard]] std::string pre_commit_hook_script(const std::string& credlint_path);

// Returns the exit code (0 written, 2 refused or failed). `credlint_path` empty: the
// running executable.
[[nodiscard]] int install_hook(bool force, std::string credlint_path, std::ostream& out, std::ostream& err);

}  // namespace credlint::cli
