// What a rule is: its catalog metadata (which maps one-to-one onto SARIF's
// reportingDescriptor) and its check. File rules run right after a file is parsed;
// project rules run once over every file and the merged profiles. Rules are stateless
// functions; they report through a FindingSink and never format a secret themselves.
#pragma once

#include <ctime>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_kind.h"
#include "core/source_file.h"
#include "facts/fact.h"
#include "parse/dotenv/dotenv_document.h"
#include "parse/ini/profile_document.h"
#include "parse/ini/profile_set.h"

namespace credlint::engine {

enum class Level { Note, Warning, Error };
[[nodiscard]] std::string_view to_string(Level level);
[[nodiscard]] std::optional<Level> parse_level(std::string_view text);

enum class Phase { PerFile, Project };

struct Location {
  const core::SourceFile* file = nullptr;
  core::Span span;
  std::string message;  // for related locations
};

struct Finding {
  std::string rule_id;
  Level level = Level::Warning;
  Location location;
  std::string message;
  std::vector<Location> related;
  // Identity of the mistake for fingerprints: never a secret, never a line number.
  std::string identity;
};

// How a file came into the scan. AWS501 (credentials exposed) only concerns files found
// in a scanned tree, where they risk being committed; the user's own files hold keys
// by design.
enum class Origin {
  Tree,      // found under a PATH argument (or passed by a pre-commit hook)
  Explicit,  // named with --config-file / --credentials-file
  AwsHome,   // the user's own files, read through --aws-home
};

// One file after parsing.
struct AnalyzedFile {
  std::unique_ptr<core::SourceFile> source;
  core::FileKind kind = core::FileKind::Unknown;
  Origin origin = Origin::Tree;
  std::optional<ini::ProfileDocument> profile;  // config and credentials files
  std::optional<dotenv::DotenvDocument> dotenv;  // .env files
  std::string language;  // source files: the grammar's name ("python", "hcl", ...)
  facts::FactSet facts;
  std::optional<std::time_t> modified_time;  // when read from disk
};

// A config file and a credentials file that belong together: the same `.aws`
// directory, the files given with --config-file/--credentials-file, or the user's own.
struct ProfileHome {
  std::string label;  // directory or "--aws-home"
  bool is_user_home = false;
  std::vector<const AnalyzedFile*> config_files;
  std::vector<const AnalyzedFile*> credentials_files;
  ini::ProfileSet profiles;
};

struct Environment {
  std::map<std::string, std::string> variables;  // AWS_PROFILE, AWS_REGION, ...
  [[nodiscard]] const std::string* get(const std::string& name) const;
};

struct ScanContext {
  std::vector<std::unique_ptr<AnalyzedFile>> files;
  std::vector<ProfileHome> homes;
  Environment environment;
  std::time_t now = 0;
};

struct RuleDef;

class FindingSink {
 public:
  FindingSink(const RuleDef& rule, std::vector<Finding>& out) : rule_(rule), out_(out) {}
  // `identity` names the mistake independent of its line (e.g. "profile dev/aws_access_key_id").
  Finding& report(const core::SourceFile& file, core::Span span, std::string message, std::string identity);

 private:
  const RuleDef& rule_;
  std::vector<Finding>& out_;
};

// The file kinds a rule applies to, as a small bit set (constant-initialised).
class FileKinds {
 public:
  constexpr FileKinds() = default;
  constexpr FileKinds(std::initializer_list<core::FileKind> kinds) {
    for (core::FileKind kind : kinds) bits_ |= 1u << static_cast<unsigned>(kind);
  }
  [[nodiscard]] constexpr bool contains(core::FileKind kind) const {
    return (bits_ & (1u << static_cast<unsigned>(kind))) != 0;
  }
  [[nodiscard]] constexpr bool empty() const { return bits_ == 0; }

 private:
  unsigned bits_ = 0;
};

struct RuleDef {
  std::string_view id;
  std::string_view name;
  Level level = Level::Warning;
  FileKinds applies_to;
  Phase phase = Phase::PerFile;
  std::string_view short_description;
  std::string_view full_description;
  std::string_view help_markdown;
  std::string_view precision = "high";        // SARIF properties.precision
  std::string_view security_severity = "5.0"; // SARIF properties["security-severity"]
  void (*check_file)(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) = nullptr;
  void (*check_project)(const ScanContext& scan, FindingSink& out) = nullptr;

  [[nodiscard]] bool applies(core::FileKind kind) const { return applies_to.contains(kind); }
};

}  // namespace credlint::engine
