// Command-line parsing: raw arguments in, validated Options out (or a usage error with
// the message to print). No I/O happens here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rule.h"

namespace credlint::cli {

enum class Command { Scan, Rules, Explain, Profiles, InstallHook, Help, Version };
enum class Format { Text, Json, Sarif, Github, Gitlab };
enum class ColorMode { Auto, Always, Never };

// One report to write: a format and a path ("-" is standard output).
struct OutputTarget {
  Format format = Format::Text;
  std::string path;
  bool operator==(const OutputTarget&) const = default;
};

struct Options {
  Command command = Command::Help;
  std::vector<std::string> paths;
  std::vector<std::string> config_files;
  std::vector<std::string> credentials_files;
  bool aws_home = false;
  Format format = Format::Text;
  std::optional<std::string> output;
  bool format_given = false;  // --format / -f appeared
  // `--output FORMAT:PATH` (repeatable, scan only): one more report of that format.
  std::vector<OutputTarget> outputs;
  std::optional<std::string> baseline;        // --baseline FILE
  std::optional<std::string> write_baseline;  // --write-baseline FILE
  bool warn_unused_ignores = false;           // --warn-unused-ignores
  // Lowest level that fails the run; nullopt (`--fail-level none`): findings never do.
  std::optional<engine::Level> fail_level = engine::Level::Warning;
  bool quiet = false;
  ColorMode color = ColorMode::Auto;
  std::vector<std::string> exclude;
  std::optional<std::string> settings_file;
  std::string explain_rule;
  bool markdown = false;  // `rules --markdown`
  bool staged = false;     // `scan --staged`: the git index; `paths` narrow it
  bool no_ignore = false;  // `scan --no-ignore`: also files git ignores
  bool force = false;      // `install-hook --force`
};

[[nodiscard]] std::string_view format_name(Format format);
// Every report `scan` writes: the `--output FORMAT:PATH` ones, plus the `--format` report
// (to the plain `--output PATH`, else standard output) unless only FORMAT:PATH outputs were
// given. Validated by parse_arguments: at most one goes to standard output.
[[nodiscard]] std::vector<OutputTarget> report_targets(const Options& options);

struct ParseOutcome {
  std::optional<Options> options;
  std::string error;  // set when options is empty
};

[[nodiscard]] ParseOutcome parse_arguments(const std::vector<std::string>& args);
[[nodiscard]] std::string usage_text();

}  // namespace credlint::cli
