// Asking git itself about a work tree, never a hand-written ignore matcher: which files a
// directory holds once .gitignore, .git/info/exclude and core.excludesFile are applied, and
// what the index holds for the next commit. git runs as a child process (posix_spawnp with
// the arguments as a vector, never through a shell); its output is read as it arrives, so
// no pipe can fill up and block either side.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credlint::discover {

struct ProcessResult {
  bool started = false;     // false: the program could not be run (e.g. git is not installed)
  std::string start_error;  // why it could not be run
  int exit_code = -1;       // -1 when it was killed by a signal
  std::string err;          // its standard error
};

// Runs argv[0] (looked up on PATH) with `input` on its standard input and hands every chunk
// of its standard output to on_output as it arrives.
[[nodiscard]] ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input,
                                        const std::function<void(std::string_view)>& on_output);

struct CapturedProcess : ProcessResult {
  std::string out;
};
[[nodiscard]] CapturedProcess run_captured(const std::vector<std::string>& argv, std::string_view input = {});

// The files git would show for `directory` (tracked, plus untracked ones that no ignore rule
// excludes), relative to it. A nested repository or a submodule appears as its directory.
// nullopt when git cannot say: git is not installed, `directory` is not inside a work tree
// (or is inside .git/), or `directory` itself is ignored (the user named it, so the caller
// scans all of it).
[[nodiscard]] std::optional<std::vector<std::string>> git_visible_files(const std::string& directory);

// The top-level directory of the work tree the working directory is in, or an error that
// says why there is none.
struct TopLevel {
  std::optional<std::string> path;
  std::string error;
};
[[nodiscard]] TopLevel git_top_level();

// One file a commit will add or change, as the index holds it.
struct StagedFile {
  std::string path;  // relative to the top of the work tree, forward slashes
  std::string bytes;
  std::uintmax_t size = 0;
  bool too_large = false;  // over max_bytes: `bytes` stays empty, the content is never stored
};

struct StagedOutcome {
  std::vector<StagedFile> files;
  std::string error;  // git failed; nothing was read
};

// The staged content of the files that `git commit` would add, copy, modify or rename into,
// narrowed to `pathspecs` (relative to the working directory, taken literally) when given.
// Only the files `wanted` accepts (by path) are read; submodules and symlinks are skipped.
[[nodiscard]] StagedOutcome read_staged_files(const std::vector<std::string>& pathspecs, std::size_t max_bytes,
                                              const std::function<bool(const std::string& path)>& wanted);

}  // namespace credlint::discover
