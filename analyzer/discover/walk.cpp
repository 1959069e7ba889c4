#include "discover/walk.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "aws/file_locations.h"
#include "discover/classify.h"
#include "discover/git.h"

namespace credlint::discover {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSkippedDirectories[] = {".git", ".hg", ".svn", "node_modules"};

engine::Notification unreadable(const std::string& path, const std::string& why) {
  return engine::Notification{path, 0, engine::Level::Error, "CLN001",
                              fmt::format("Cannot read {}: {}.", path, why)};
}

std::string home_directory(const engine::Environment* environment) {
  if (environment != nullptr) {
    if (const std::string* home = environment->get("HOME"); home != nullptr && !home->empty()) return *home;
  }
  return {};
}

// When the file was last written, for AWS205 (a time in the future means a wrong clock).
std::optional<std::time_t> modified_time(const std::string& path) {
  std::error_code ec;
  const fs::file_time_type written = fs::last_write_time(path, ec);
  if (ec) return std::nullopt;
  return std::chrono::system_clock::to_time_t(
      std::chrono::time_point_cast<std::chrono::system_clock::duration>(std::chrono::file_clock::to_sys(written)));
}

class Collector {
 public:
  Collector(const DiscoverOptions& options, Discovered& out) : options_(options), out_(out) {}

  void add_file(const std::string& path, core::FileKind kind, engine::Origin origin, const std::string& home_key) {
    const std::string shown = display_path(path, options_.environment);
    for (const std::string& pattern : options_.exclude) {
      if (glob_match(pattern, shown)) return;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      out_.notifications.push_back(unreadable(shown, "it is a directory"));
      return;
    }
    if (const auto size = fs::file_size(path, ec); !ec && size > options_.max_file_bytes) {
      out_.notifications.push_back(engine::too_large(shown, size, options_.max_file_bytes, kind));
      return;
    }
    ec.clear();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      out_.notifications.push_back(unreadable(shown, std::strerror(errno)));
      return;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
      out_.notifications.push_back(unreadable(shown, "read error"));
      return;
    }
    engine::InputFile input;
    input.display_path = shown;
    input.bytes = std::move(buffer).str();
    input.kind = kind;
    input.origin = origin;
    input.home_key = home_key;
    input.modified_time = modified_time(path);
    push(std::move(input));
  }

  // The staged files (read_staged_files): display paths relative to the top of the work tree.
  void add_staged(const std::vector<std::string>& pathspecs) {
    auto wanted = [&](const std::string& path) {
      if (classify_path(path) == core::FileKind::Unknown) return false;
      return std::none_of(options_.exclude.begin(), options_.exclude.end(),
                          [&](const std::string& pattern) { return glob_match(pattern, path); });
    };
    StagedOutcome staged = read_staged_files(pathspecs, options_.max_file_bytes, wanted);
    if (!staged.error.empty()) {
      out_.error = fmt::format("--staged: cannot read the git index: {}", staged.error);
      return;
    }
    for (StagedFile& file : staged.files) {
      if (file.too_large) {
        out_.notifications.push_back(
            engine::too_large(file.path, file.size, options_.max_file_bytes, discover::classify_path(file.path)));
        continue;
      }
      engine::InputFile input;
      input.kind = classify_path(file.path);
      const std::string parent = fs::path(file.path).parent_path().generic_string();
      input.home_key = parent.empty() ? "." : parent;
      input.display_path = std::move(file.path);
      input.bytes = std::move(file.bytes);
      input.origin = engine::Origin::Tree;
      push(std::move(input));
    }
  }

  void walk(const std::string& root) {
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (ec) {
      out_.notifications.push_back(unreadable(display_path(root, options_.environment), ec.message()));
      return;
    }
    if (!fs::is_directory(status)) {
      const core::FileKind kind = classify_path(root);
      if (kind == core::FileKind::Unknown) {
        out_.notifications.push_back(engine::Notification{
            display_path(root, options_.environment), 0, engine::Level::Warning, "CLN004",
            "Not a file kind credlint reads (expected .aws/config or .aws/credentials); use --config-file "
            "or --credentials-file to name a profile file."});
        return;
      }
      add_file(root, kind, engine::Origin::Tree, display_path(fs::path(root).parent_path().string(), options_.environment));
      return;
    }
    if (!options_.no_ignore) {
      if (const auto listed = git_visible_files(root)) {
        walk_listing(root, *listed);
        return;
      }
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
      out_.notifications.push_back(unreadable(display_path(root, options_.environment), ec.message()));
      return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        out_.notifications.push_back(unreadable(display_path(it->path().string(), options_.environment), ec.message()));
        ec.clear();
        continue;
      }
      const fs::directory_entry& entry = *it;
      const std::string name = entry.path().filename().string();
      std::error_code type_ec;
      if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
        for (std::string_view skipped : kSkippedDirectories) {
          if (name == skipped) { it.disable_recursion_pending(); break; }
        }
        continue;
      }
      const core::FileKind kind = classify_path(entry.path());
      if (kind == core::FileKind::Unknown) continue;
      add_tree_file(entry.path(), kind);
    }
  }

 private:
  void push(engine::InputFile input) {
    out_.inputs.push_back(std::move(input));
    if (options_.on_file_found) options_.on_file_found(out_.inputs.size());
  }

  // A file found by walking a directory (by the iterator or in git's listing).
  void add_tree_file(const fs::path& path, core::FileKind kind) {
    std::error_code type_ec;
    const fs::file_status target = fs::status(path, type_ec);
    // Directory symlinks are not followed (no loops). One named like a profile or .env file
    // is worth a notification; any other name (a Text or Source kind by name only) is not.
    if (fs::is_directory(target) && !core::is_aws_settings_kind(kind)) return;
    // A dangling link, FIFO or socket among the ordinary files of a repository is common
    // (editor sockets, links into uninstalled dependencies): a note. The same named like a
    // profile or .env file stays an error below: a file the user meant is not read.
    if (!core::is_aws_settings_kind(kind) && !fs::is_regular_file(target)) {
      out_.notifications.push_back(engine::Notification{
          display_path(path.string(), options_.environment), 0, engine::Level::Note, "CLN001",
          fs::exists(target) ? "Not a regular file: skipped." : "Symbolic link to a missing file: skipped."});
      return;
    }
    // A FIFO or device named like a profile file would block the read forever.
    if (fs::exists(target) && !fs::is_regular_file(target)) {
      out_.notifications.push_back(unreadable(display_path(path.string(), options_.environment), "not a regular file"));
      return;
    }
    add_file(path.string(), kind, engine::Origin::Tree, display_path(path.parent_path().string(), options_.environment));
  }

  // The files git shows for `root`, relative to it (git_visible_files).
  void walk_listing(const std::string& root, const std::vector<std::string>& listed) {
    for (const std::string& relative : listed) {
      fs::path path = fs::path(root) / relative;
      if (!relative.empty() && relative.back() == '/') path = path.parent_path();  // an untracked nested repository
      if (in_skipped_directory(fs::path(relative).parent_path())) continue;
      std::error_code ec;
      const fs::file_status link = fs::symlink_status(path, ec);
      if (fs::is_directory(link)) {
        // git's listing stops at a nested repository or a submodule; it has its own ignore rules.
        if (!in_skipped_directory(fs::path(relative).filename())) walk(path.string());
        continue;
      }
      const core::FileKind kind = classify_path(path);
      if (kind == core::FileKind::Unknown) continue;
      if (!fs::exists(link)) {
        // Tracked but deleted in the work tree (not yet committed): nothing to read, and not
        // an analysis failure, so a warning rather than an error.
        out_.notifications.push_back(engine::Notification{
            display_path(path.string(), options_.environment), 0, engine::Level::Warning, "CLN001",
            "Tracked by git but missing from the work tree (deleted?): not analysed."});
        continue;
      }
      add_tree_file(path, kind);
    }
  }

  static bool in_skipped_directory(const fs::path& directories) {
    for (const fs::path& part : directories) {
      for (std::string_view skipped : kSkippedDirectories) {
        if (part == skipped) return true;
      }
    }
    return false;
  }

  const DiscoverOptions& options_;
  Discovered& out_;
};

}  // namespace

std::string display_path(const std::string& path, const engine::Environment* environment) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  const fs::path cwd = fs::current_path(ec);
  const fs::path relative = absolute.lexically_relative(cwd);
  if (!relative.empty() && *relative.begin() != "..") {
    std::string out = relative.generic_string();
    return out == "." ? std::string(".") : out;
  }
  const std::string home = home_directory(environment);
  if (!home.empty()) {
    const fs::path below_home = absolute.lexically_relative(fs::path(home).lexically_normal());
    if (!below_home.empty() && *below_home.begin() != "..") return "~/" + below_home.generic_string();
  }
  return absolute.generic_string();
}

std::string user_config_path(const engine::Environment& environment) {
  return aws::resolve_profile_locations(environment.variables, aws::Platform::Linux).config_file;
}

std::string user_credentials_path(const engine::Environment& environment) {
  return aws::resolve_profile_locations(environment.variables, aws::Platform::Linux).credentials_file;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return path.empty();
  if (pattern.substr(0, 2) == "**") {
    std::string_view rest = pattern.substr(2);
    if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (pattern.front() == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (glob_match(pattern.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (pattern.front() == '?' ? path.front() != '/' : pattern.front() == path.front()) {
    return glob_match(pattern.substr(1), path.substr(1));
  }
  return false;
}

Discovered discover_files(const DiscoverOptions& options) {
  Discovered out;
  Collector collector(options, out);
  if (options.staged) {
    collector.add_staged(options.paths);
    if (!out.error.empty()) return out;
  } else {
    for (const std::string& path : options.paths) collector.walk(path);
  }
  for (const std::string& path : options.config_files) collector.add_file(path, core::FileKind::Config, engine::Origin::Explicit, "--files");
  for (const std::string& path : options.credentials_files) {
    collector.add_file(path, core::FileKind::Credentials, engine::Origin::Explicit, "--files");
  }
  if (options.aws_home && options.environment != nullptr) {
    // A missing file is normal (every SDK treats it as empty); only other errors count.
    for (auto [path, kind] : {std::pair{user_config_path(*options.environment), core::FileKind::Config},
                              std::pair{user_credentials_path(*options.environment), core::FileKind::Credentials}}) {
      std::error_code ec;
      if (!fs::exists(fs::symlink_status(path, ec))) continue;
      collector.add_file(path, kind, engine::Origin::AwsHome, "--aws-home");
    }
  }
  return out;
}

}  // namespace credlint::discover
