#include "cli/options.h"

#include <algorithm>

#include <fmt/format.h>

namespace credlint::cli {
namespace {

std::optional<Format> parse_format(const std::string& text) {
  if (text == "text") return Format::Text;
  if (text == "json") return Format::Json;
  if (text == "sarif") return Format::Sarif;
  if (text == "github") return Format::Github;
  if (text == "gitlab") return Format::Gitlab;
  return std::nullopt;
}

constexpr const char* kFormatList = "text, json, sarif, github, gitlab";

// `--output PATH` (the --format report) or `--output FORMAT:PATH` (one more report). A
// value is FORMAT:PATH when what comes before its first ':' is a lower-case word; a file
// whose name looks like that is written as ./NAME.
std::string add_output(Options& options, const std::string& value) {
  if (value.empty()) return "--output needs a file name (- for standard output)";
  const std::size_t colon = value.find(':');
  const bool has_prefix = colon != std::string::npos && colon >= 2 &&
                          std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(colon),
                                      [](char c) { return c >= 'a' && c <= 'z'; });
  if (!has_prefix) {
    options.output = value;
    return {};
  }
  const std::string name = value.substr(0, colon);
  const auto format = parse_format(name);
  if (!format) {
    return fmt::format("unknown format '{}' in --output {} ({}); write ./{} for a file name with a colon", name, value,
                       kFormatList, value);
  }
  if (colon + 1 == value.size()) {
    return fmt::format("--output {} needs a path after the colon (- for standard output)", value);
  }
  options.outputs.push_back(OutputTarget{*format, value.substr(colon + 1)});
  return {};
}

// Checks what only the whole command line can tell: where every report goes.
std::string check_outputs(const Options& options) {
  if (options.command != Command::Scan) {
    if (!options.outputs.empty()) return "--output FORMAT:PATH is for `credlint scan`";
    if (options.format == Format::Github || options.format == Format::Gitlab) {
      return fmt::format("--format {} is for `credlint scan`", format_name(options.format));
    }
    return {};
  }
  if (options.baseline && options.write_baseline) {
    return "--baseline and --write-baseline cannot be combined (--write-baseline records every current finding)";
  }
  const std::vector<OutputTarget> targets = report_targets(options);
  const OutputTarget* on_stdout = nullptr;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (targets[i].path == "-") {
      if (on_stdout != nullptr) {
        return fmt::format("two reports would go to standard output ({} and {}); send one to a file with "
                           "--output FORMAT:PATH",
                           format_name(on_stdout->format), format_name(targets[i].format));
      }
      on_stdout = &targets[i];
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (targets[j].path == targets[i].path) return fmt::format("two reports would be written to {}", targets[i].path);
    }
    for (const auto& baseline : {options.baseline, options.write_baseline}) {
      if (baseline && *baseline == targets[i].path) {
        return fmt::format("a report would overwrite the baseline {}", targets[i].path);
      }
    }
  }
  return {};
}

std::optional<ColorMode> parse_color(const std::string& text) {
  if (text == "auto") return ColorMode::Auto;
  if (text == "always") return ColorMode::Always;
  if (text == "never") return ColorMode::Never;
  return std::nullopt;
}

}  // namespace

std::string_view format_name(Format format) {
  switch (format) {
    case Format::Text: return "text";
    case Format::Json: return "json";
    case Format::Sarif: return "sarif";
    case Format::Github: return "github";
    case Format::Gitlab: return "gitlab";
  }
  return "text";
}

std::vector<OutputTarget> report_targets(const Options& options) {
  std::vector<OutputTarget> targets;
  if (options.output || options.format_given || options.outputs.empty()) {
    targets.push_back(OutputTarget{options.format, options.output.value_or("-")});
  }
  targets.insert(targets.end(), options.outputs.begin(), options.outputs.end());
  return targets;
}

std::string usage_text() {
  return R"(credlint: find AWS credential and configuration mistakes before anything runs.

Usage:
  credlint scan [PATH...] [options]   scan files and directories (default: .)
  credlint profiles [options]         show the profiles the SDKs will see
  credlint rules [--format json] [--markdown]
                                      list every rule
  credlint explain RULE               print a rule's help (e.g. credlint explain AWS201)
  credlint install-hook [--force]     write .git/hooks/pre-commit running `scan --staged`
                                      (--force: replace an existing hook)
  credlint --help | --version

Scan options:
  --aws-home                 also read your own files: AWS_CONFIG_FILE and
                             AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and
                             ~/.aws/credentials
  --config-file FILE         read FILE as an AWS config file (repeatable)
  --credentials-file FILE    read FILE as an AWS credentials file (repeatable)
  --format text|json|sarif|github|gitlab
                             output format (default: text); github: workflow-command
                             annotations, gitlab: Code Quality JSON
  --output FILE              write the report to FILE instead of standard output
  --output FORMAT:PATH       also write a report in FORMAT to PATH (repeatable; - is
                             standard output), e.g. --output sarif:credlint.sarif
  --baseline FILE            report only findings that FILE does not hold
  --write-baseline FILE      record the current findings in FILE (they pass from now on)
  --warn-unused-ignores      list credlint:ignore comments that suppress nothing, and fail
  --fail-level error|warning|note|none
                             lowest level that makes the exit code 1 (default: warning;
                             none: report only, exit 0 unless a file could not be analysed)
  --exclude GLOB             skip paths matching GLOB (repeatable; ** crosses '/')
  --settings FILE            settings file (default: .credlint.ini at the scan root)
  --staged                   scan what the next commit adds or changes, as staged in the
                             git index (PATHs narrow it); paths relative to the repository
  --no-ignore                also scan files that .gitignore, .git/info/exclude or the
                             global excludes file ignore (.git/ is always skipped)
  --color auto|always|never  colour in text output (default: auto; NO_COLOR disables)
  --quiet                    text output: one line per finding, no snippets or summary

Profile files are `.aws/config` and `.aws/credentials` anywhere under PATH, and the
files named with --config-file / --credentials-file.

Inside a git work tree a directory scan skips what git ignores. A long scan shows its
progress on standard error when that is a terminal (not with --quiet, CI or PRE_COMMIT set).

A comment `credlint:ignore AWS201 -- reason` alone on the line above a finding, or after
the code on its line, suppresses it (see docs/ci.md).

Exit codes:
  0  no finding at or above the fail level
  1  findings at or above the fail level (or unused ignores with --warn-unused-ignores)
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
  else if (first == "install-hook") options.command = Command::InstallHook;
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
    if (arg == "--warn-unused-ignores" && options.command == Command::Scan) {
      options.warn_unused_ignores = true;
      continue;
    }
    if ((arg == "--baseline" || arg == "--write-baseline") && options.command == Command::Scan) {
      auto value = value_of(arg);
      if (!value) return missing();
      if (value->empty() || *value == "-") return ParseOutcome{std::nullopt, fmt::format("{} needs a file name", arg)};
      (arg == "--baseline" ? options.baseline : options.write_baseline) = *value;
      continue;
    }
    if (arg == "--aws-home") { options.aws_home = true; continue; }
    if (arg == "--quiet" || arg == "-q") { options.quiet = true; continue; }
    if (arg == "--markdown") { options.markdown = true; continue; }
    if (arg == "--staged" && options.command == Command::Scan) { options.staged = true; continue; }
    if (arg == "--no-ignore" && options.command == Command::Scan) { options.no_ignore = true; continue; }
    if (arg == "--force" && options.command == Command::InstallHook) { options.force = true; continue; }
    if (arg == "--config-file" || arg == "--credentials-file" || arg == "--format" || arg == "-f" ||
        arg == "--output" || arg == "-o" || arg == "--fail-level" || arg == "--exclude" || arg == "--color" ||
        arg == "--settings") {
      auto value = value_of(arg);
      if (!value) return missing();
      if (arg == "--config-file") options.config_files.push_back(*value);
      else if (arg == "--credentials-file") options.credentials_files.push_back(*value);
      else if (arg == "--output" || arg == "-o") {
        if (std::string error = add_output(options, *value); !error.empty()) return ParseOutcome{std::nullopt, error};
      }
      else if (arg == "--exclude") options.exclude.push_back(*value);
      else if (arg == "--settings") options.settings_file = *value;
      else if (arg == "--format" || arg == "-f") {
        auto format = parse_format(*value);
        if (!format) return ParseOutcome{std::nullopt, fmt::format("unknown format '{}' ({})", *value, kFormatList)};
        options.format = *format;
        options.format_given = true;
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
  // --staged without paths: every staged file (the whole commit), not only those below ".".
  if (options.command == Command::Scan && !options.staged && options.paths.empty() && options.config_files.empty() &&
      options.credentials_files.empty() && !options.aws_home) {
    options.paths.push_back(".");
  }
  if (std::string error = check_outputs(options); !error.empty()) return ParseOutcome{std::nullopt, error};
  return ParseOutcome{options, {}};
}

}  // namespace credlint::cli
