#include "cli/options.h"

#include <fmt/format.h>

namespace credlint::cli {
namespace {

std::optional<Format> parse_format(const std::string& text) {
  if (text == "text") return Format::Text;
  if (text == "json") return Format::Json;
  if (text == "sarif") return Format::Sarif;
  return std::nullopt;
}

std::optional<ColorMode> parse_color(const std::string& text) {
  if (text == "auto") return ColorMode::Auto;
  if (text == "always") return ColorMode::Always;
  if (text == "never") return ColorMode::Never;
  return std::nullopt;
}

}  // namespace

std::string usage_text() {
  return R"(credlint: find AWS credential and configuration mistakes before anything runs.

Usage:
  credlint scan [PATH...] [options]   scan files and directories (default: .)
  credlint profiles [options]         show the profiles the SDKs will see
  credlint rules [--format json] [--markdown]
                                      list every rule
  credlint explain RULE               print a rule's help (e.g. credlint explain AWS201)
  credlint --help | --version

Scan options:
  --aws-home                 also read your own files: AWS_CONFIG_FILE and
                             AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and
                             ~/.aws/credentials
  --config-file FILE         read FILE as an AWS config file (repeatable)
  --credentials-file FILE    read FILE as an AWS credentials file (repeatable)
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --fail-level error|warning|note|none
                             lowest level that makes the exit code 1 (default: warning;
                             none: report only, exit 0 unless a file could not be analysed)
  --exclude GLOB             skip paths matching GLOB (repeatable; ** crosses '/')
  --settings FILE            settings file (default: .credlint.ini at the scan root)
  --color auto|always|never  colour in text output (default: auto; NO_COLOR disables)
  --quiet                    text output: one line per finding, no snippets or summary

Profile files are `.aws/config` and `.aws/credentials` anywhere under PATH, and the
files named with --config-file / --credentials-file.

Exit codes:
  0  no finding at or above the fail level
  1  findings at or above the fail level
  2  usage error, invalid settings, or a file that could not be analysed
)";
}

ParseOutcome parse_arguments(const std::vector<std::string>& args) {
  Options options;
  if (args.empty()) return ParseOutcome{options, {}};
  std::size_t i = 0;
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") return ParseOutcome{options, {}};
  if (first == "--version" || first == "-V") { options.command = Command::Version; return ParseOutcome{options, {}}; }
  if (first == "scan") options.command = Command::Scan;
  else if (first == "rules") options.command = Command::Rules;
  else if (first == "explain") options.command = Command::Explain;
  else if (first == "profiles") options.command = Command::Profiles;
  else return ParseOutcome{std::nullopt, fmt::format("unknown command '{}'", first)};
  ++i;

  auto value_of = [&](const std::string& flag) -> std::optional<std::string> {
    if (i + 1 >= args.size()) return std::nullopt;
    (void)flag;
    return args[++i];
  };
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto missing = [&] { return ParseOutcome{std::nullopt, fmt::format("{} needs a value", arg)}; };
    if (arg == "--help" || arg == "-h") { options.command = Command::Help; return ParseOutcome{options, {}}; }
    if (arg == "--aws-home") { options.aws_home = true; continue; }
    if (arg == "--quiet" || arg == "-q") { options.quiet = true; continue; }
    if (arg == "--markdown") { options.markdown = true; continue; }
    if (arg == "--config-file" || arg == "--credentials-file" || arg == "--format" || arg == "-f" ||
        arg == "--output" || arg == "-o" || arg == "--fail-level" || arg == "--exclude" || arg == "--color" ||
        arg == "--settings") {
      auto value = value_of(arg);
      if (!value) return missing();
      if (arg == "--config-file") options.config_files.push_back(*value);
      else if (arg == "--credentials-file") options.credentials_files.push_back(*value);
      else if (arg == "--output" || arg == "-o") options.output = *value;
      else if (arg == "--exclude") options.exclude.push_back(*value);
      else if (arg == "--settings") options.settings_file = *value;
      else if (arg == "--format" || arg == "-f") {
        auto format = parse_format(*value);
        if (!format) return ParseOutcome{std::nullopt, fmt::format("unknown format '{}' (text, json, sarif)", *value)};
        options.format = *format;
      } else if (arg == "--fail-level") {
        auto level = engine::parse_level(*value);
        if (!level && *value != "none") {
          return ParseOutcome{std::nullopt, fmt::format("unknown level '{}' (error, warning, note, none)", *value)};
        }
        options.fail_level = level;
      } else if (arg == "--color") {
        auto color = parse_color(*value);
        if (!color) return ParseOutcome{std::nullopt, fmt::format("unknown colour mode '{}'", *value)};
        options.color = *color;
      }
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') return ParseOutcome{std::nullopt, fmt::format("unknown option '{}'", arg)};
    if (options.command == Command::Explain && options.explain_rule.empty()) { options.explain_rule = arg; continue; }
    if (options.command != Command::Scan) {
      return ParseOutcome{std::nullopt, fmt::format("unexpected argument '{}'", arg)};
    }
    options.paths.push_back(arg);
  }
  if (options.command == Command::Explain && options.explain_rule.empty()) {
    return ParseOutcome{std::nullopt, "explain needs a rule ID, e.g. credlint explain AWS201"};
  }
  if (options.command == Command::Scan && options.paths.empty() && options.config_files.empty() &&
      options.credentials_files.empty() && !options.aws_home) {
    options.paths.push_back(".");
  }
  return ParseOutcome{options, {}};
}

}  // namespace credlint::cli
