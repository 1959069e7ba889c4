// Command-line parsing: raw arguments in, validated Options out (or a usage error with
// the message to print). No I/O happens here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/rule.h"

namespace credlint::cli {

enum class Command { Scan, Rules, Explain, Profiles, Help, Version };
enum class Format { Text, Json, Sarif };
enum class ColorMode { Auto, Always, Never };

struct Options {
  Command command = Command::Help;
  std::vector<std::string> paths;
  std::vector<std::string> config_files;
  std::vector<std::string> credentials_files;
  bool aws_home = false;
  Format format = Format::Text;
  std::optional<std::string> output;
  // Lowest level that fails the run; nullopt (`--fail-level none`): findings never do.
  std::optional<engine::Level> fail_level = engine::Level::Warning;
  bool quiet = false;
  ColorMode color = ColorMode::Auto;
  std::vector<std::string> exclude;
  std::optional<std::string> settings_file;
  std::string explain_rule;
  bool markdown = false;  // `rules --markdown`
};

struct ParseOutcome {
  std::optional<Options> options;
  std::string error;  // set when options is empty
};

[[nodiscard]] ParseOutcome parse_arguments(const std::vector<std::string>& args);
[[nodiscard]] std::string usage_text();

}  // namespace credlint::cli
