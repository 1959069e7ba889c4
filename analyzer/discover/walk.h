// Finds the files to analyse: walks the given paths (never following directory
// symlinks, so loops cannot hang the scan), adds the files named on the command line
// and, with --aws-home, the user's own files. Every file that cannot be read becomes a
// Notification naming it; nothing is skipped silently.
#pragma once

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
};

struct Discovered {
  std::vector<engine::InputFile> inputs;
  std::vector<engine::Notification> notifications;
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
