#include "cli/install_hook.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <system_error>

#include "discover/git.h"

namespace credlint::cli {
namespace fs = std::filesystem;
namespace {

constexpr int kExitWritten = 0;
constexpr int kExitRefused = 2;

// Single quotes for sh: everything literal, a quote itself closed, escaped and reopened.
std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string running_executable() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

std::string pre_commit_hook_script(const std::string& credlint_path) {
  return fmt::format(R"(#!/bin/sh
# credlint pre-commit hook, written by `credlint install-hook`.
# Scans the staged content of the files this commit adds or changes and blocks the commit
# when credlint reports a finding (exit 1) or cannot analyse a file (exit 2).
# Skip it once with `git commit --no-verify`; remove this file to uninstall.
credlint={}
if [ ! -x "$credlint" ]; then
  credlint=$(command -v credlint) || {{
    echo "credlint pre-commit hook: credlint is not installed (not at $credlint, not on PATH)." >&2
    echo "Install it, or commit with --no-verify to skip the hook." >&2
    exit 1
  }}
fi
exec "$credlint" scan --staged
)",
                     shell_quote(credlint_path));
}

int install_hook(bool force, std::string credlint_path, std::ostream& out, std::ostream& err) {
  const discover::CapturedProcess hooks = discover::run_captured({"git", "rev-parse", "--git-path", "hooks"});
  if (!hooks.started) {
    err << fmt::format("credlint: install-hook needs git, which could not be run ({})\n", hooks.start_error);
    return kExitRefused;
  }
  if (hooks.exit_code != 0 || first_line(hooks.out).empty()) {
    err << fmt::format("credlint: install-hook must run inside a git repository: {}\n", first_line(hooks.err));
    return kExitRefused;
  }
  const fs::path directory = first_line(hooks.out);
  const fs::path hook = directory / "pre-commit";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(hook, ec)) && !force) {
    err << fmt::format(
        "credlint: {} already exists; not replacing it. Run `credlint install-hook --force` to replace it, or add "
        "`credlint scan --staged` to that hook yourself.\n",
        hook.generic_string());
    return kExitRefused;
  }
  if (credlint_path.empty()) credlint_path = running_executable();
  fs::create_directories(directory, ec);
  const fs::path temporary = directory / ".pre-commit.credlint.tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << pre_commit_hook_script(credlint_path);
    if (!file) {
      err << fmt::format("credlint: cannot write {}\n", temporary.generic_string());
      return kExitRefused;
    }
  }
  ::chmod(temporary.c_str(), 0755);
  fs::rename(temporary, hook, ec);
  if (ec) {
    err << fmt::format("credlint: cannot write {}: {}\n", hook.generic_string(), ec.message());
    fs::remove(temporary, ec);
    return kExitRefused;
  }
  out << fmt::format("credlint: installed {} (runs `credlint scan --staged` before every commit)\n",
                     hook.generic_string());
  return kExitWritten;
}

}  // namespace credlint::cli
