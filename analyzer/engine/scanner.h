// The engine's entry point: parse every input, run file rules, group profile files into
// homes, run project rules, apply the user's settings, and return findings sorted by
// (path, line, column, rule) so output never depends on scheduling.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "engine/rule.h"

namespace credlint::engine {

struct InputFile {
  std::string display_path;  // relative, forward slashes
  std::string bytes;
  core::FileKind kind = core::FileKind::Unknown;
  Origin origin = Origin::Tree;
  // Profile files with the same key form one home (their config + credentials pair).
  std::string home_key;
  // Last modification time, when the file came from disk (AWS205 looks for one in the future).
  std::optional<std::time_t> modified_time;
};

struct Notification {
  std::string path;
  std::size_t line = 0;  // 0 when not about a line
  Level level = Level::Error;
  std::string id;        // CLN001 ...
  std::string message;
};

struct Settings {
  std::set<std::string> disabled_rules;
  std::map<std::string, Level> level_overrides;
};

struct ScanOptions {
  std::span<const RuleDef* const> rules;  // normally rules::all_rules()
  Environment environment;
  std::time_t now = 0;
  Settings settings;
  std::size_t max_file_bytes = 16u * 1024u * 1024u;
  // Progress (cli/progress.h): called before each input is analysed, with the number done.
  std::function<void(std::size_t done, std::size_t total)> on_file_done;
};

struct ScanResult {
  ScanContext context;
  std::vector<Finding> findings;
  std::vector<Notification> notifications;
};

// CLN003: a file over the size limit is reported, never read into memory by discover.
// An oversized file of a kind credlint was asked to check (profile, .env) is an error; any
// other oversized file of a tree (a generated bundle, a data dump) is a note, so one big
// file does not fail the scan of a repository.
[[nodiscard]] Notification too_large(const std::string& path, std::uintmax_t size, std::size_t limit,
                                     core::FileKind kind);

[[nodiscard]] ScanResult scan(std::vector<InputFile> inputs, std::vector<Notification> notifications,
                              const ScanOptions& options);

}  // namespace credlint::engine
