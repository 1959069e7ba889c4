// The parsed form of one .env file (or an .envrc of `export NAME=value` lines), as
// credlint's reader produces it (dotenv_reader.h). Every entry keeps its raw bytes and
// spans, and how each common loader reads it, because they disagree: motdotla/dotenv
// (Node), python-dotenv, docker compose `env_file`, and a POSIX shell (`set -a; . .env`,
// direnv). Rules decide which disagreements matter.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/span.h"

namespace credlint::dotenv {

enum class Loader { Node, Python, Compose, Shell };
inline constexpr std::array<Loader, 4> kAllLoaders = {Loader::Node, Loader::Python, Loader::Compose, Loader::Shell};
const char* loader_display_name(Loader loader);

enum class Quote { None, Single, Double, Backtick };

struct Entry {
  std::size_t line = 0;            // line of the name
  std::size_t end_line = 0;        // last line of a multi-line quoted value
  std::string name;
  core::Span name_span;
  bool exported = false;           // `export NAME=...`
  bool space_before_equals = false;
  bool space_after_equals = false;
  Quote quote = Quote::None;
  bool quote_terminated = true;
  core::Span raw_value_span;       // from after '=' to the end of the value (quotes included)
  core::Span value_span;           // the value without quotes (first line only for multi-line values)
  std::optional<core::Span> inline_comment;
  std::string value;               // what most loaders read (python-dotenv's reading, no expansion)
  // Each loader's reading; nullopt when that loader ignores the line or fails on it.
  std::array<std::optional<std::string>, 4> readings;
  bool only_reference = false;     // `${VAR}` / `$VAR` and nothing else: not a literal

  [[nodiscard]] const std::optional<std::string>& reading(Loader loader) const {
    return readings[static_cast<std::size_t>(loader)];
  }
};

enum class IssueCode { MissingEquals, InvalidName, UnterminatedQuote, SpacesAroundEquals, ByteOrderMark };

struct Issue {
  IssueCode code;
  std::size_t line = 0;
  core::Span span;
  std::string message;
};

// EnvFile: every non-comment line must be an assignment. ShellScript (direnv's
// .envrc): only `export NAME=value` and `NAME=value` lines are read; other lines are
// shell commands (`use nix`, `source_up`) and are not problems, and the values are what
// a shell reads.
enum class Dialect { EnvFile, ShellScript };

struct DotenvDocument {
  Dialect dialect = Dialect::EnvFile;
  bool byte_order_mark = false;
  std::vector<Entry> entries;
  std::vector<Issue> issues;
};

}  // namespace credlint::dotenv
