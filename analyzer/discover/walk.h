// Finds the files to analyse: walks the given paths (never following directory
// symlinks, so loops cannot hang the scan), adds the files named on the command line
// and, with --aws-home, the user's own files. Every file that cannot be read becomes a
// Notification naming it; nothing is skipped silently. Inside a git work tree a directory
// holds what git shows (.gitignore, .git/info/exclude and core.excludesFile applied, see
// git.h) unless no_ignore is set; with `staged`, the files come from the git index.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/scanner.h"

namespace credlint::discover {

struct DiscoverOptions {
  std::vector<std::string> paths;              // files and directories to scan
  std::vector<std::string> config_files;       // --config-file
  std::vector<std::string> credentials_files;  // --credentials-file
  bool aws_home = false;                       // read AWS_CONFIG_FILE / ~/.aws/...
  std::vector<std::string> exclude;            // glob patterns on display paths
  const engine::Environment* environment = nullptr;  // HOME, AWS_CONFIG_FILE, ...
  std::size_t max_file_bytes = engine::ScanOptions{}.max_file_bytes;
  bool no_ignore = false;  // --no-ignore: walk every file, whatever git ignores
  // --staged: read the files the next commit adds or changes from the git index, narrowed
  // to `paths` when any are given; display paths are relative to the top of the work tree.
  bool staged = false;
  std::function<void(std::size_t files_found)> on_file_found;  // progress; may be empty
};

struct Discovered {
  std::vector<engine::InputFile> inputs;
  std::vector<engine::Notification> notifications;
  std::string error;  // the scan cannot start (--staged and git failed): a usage error
};

[[nodiscard]] Discovered discover_files(const DiscoverOptions& options);

// Display path used in every output: relative to the working directory with forward
// slashes when the file is below it, `~/...` below HOME, absolute otherwise.
[[nodiscard]] std::string display_path(const std::string& path, const engine::Environment* environment);

// The user's profile files, as the SDKs locate them (aws-semantics.md §1.1).
[[nodiscard]] std::string user_config_path(const engine::Environment& environment);
[[nodiscard]] std::string user_credentials_path(const engine::Environment& environment);

// fnmatch-style glob on a display path (`*` does not cross '/', `**` does).
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace credlint::discover
