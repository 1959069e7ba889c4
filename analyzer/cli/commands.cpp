#include "cli/commands.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "aws/properties.h"
#include "aws/redaction.h"
#include "cli/install_hook.h"
#include "cli/progress.h"
#include "cli/settings.h"
#include "discover/git.h"
#include "discover/walk.h"
#include "engine/scanner.h"
#include "parse/ini/profile_reader.h"
#include "parse/ini/profile_set.h"
#include "report/report.h"
#include "rules/registry.h"
#include "suppress/baseline.h"
#include "suppress/suppressions.h"
#include "rules/rules_markdown.h"

#ifndef CREDLINT_VERSION
#define CREDLINT_VERSION "0.0.0"
#endif

namespace credlint::cli {
namespace fs = std::filesystem;
namespace {

// An explicit --color wins; otherwise NO_COLOR (non-empty) beats CLICOLOR_FORCE (non-empty,
// not "0"), which beats TERM=dumb and the terminal test (no-color.org; CMake's order).
bool colour_wanted(const Options& options, const Runtime& runtime, const std::string& path) {
  if (options.color != ColorMode::Auto) return options.color == ColorMode::Always;
  auto variable = [&](const char* name) {
    const std::string* value = runtime.environment.get(name);
    return value != nullptr ? *value : std::string();
  };
  if (!variable("NO_COLOR").empty()) return false;
  if (const std::string force = variable("CLICOLOR_FORCE"); !force.empty() && force != "0") return true;
  if (path != "-") return false;
  if (variable("TERM") == "dumb") return false;
  return runtime.stdout_is_terminal;
}

std::string settings_path(const Options& options, const std::optional<std::string>& git_top_level) {
  if (options.settings_file) return *options.settings_file;
  if (options.staged && git_top_level) return (fs::path(*git_top_level) / ".credlint.ini").string();
  std::error_code ec;
  if (options.paths.size() == 1 && fs::is_directory(options.paths[0], ec)) {
    return (fs::path(options.paths[0]) / ".credlint.ini").string();
  }
  return ".credlint.ini";
}

// Writes a report (or a baseline) through a temporary file and a rename, so a reader
// never sees a half-written file; "-" is standard output.
int write_output(const std::string& path, std::ostream& out, std::ostream& err, const std::string& text) {
  if (path == "-") {
    out << text;
    return kExitClean;
  }
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file) {
      err << fmt::format("credlint: cannot write {}\n", path);
      return kExitUsage;
    }
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    err << fmt::format("credlint: cannot write {}: {}\n", path, ec.message());
    return kExitUsage;
  }
  return kExitClean;
}

int emit(const Options& options, std::ostream& out, std::ostream& err, const std::string& text) {
  return write_output(options.output.value_or("-"), out, err, text);
}

std::string render_report(Format format, const report::ReportContext& context, const report::TextOptions& text) {
  std::ostringstream report_text;
  switch (format) {
    case Format::Text: report::write_text(report_text, context, text); break;
    case Format::Json: report::write_json(report_text, context); break;
    case Format::Sarif: report::write_sarif(report_text, context); break;
    case Format::Github: report::write_github(report_text, context); break;
    case Format::Gitlab: report::write_gitlab(report_text, context); break;
  }
  return report_text.str();
}

int run_scan(const Options& options, const Runtime& runtime, std::ostream& out, std::ostream& err) {
  const auto rules = rules::all_rules();
  engine::ScanOptions scan_options;
  scan_options.rules = rules;
  scan_options.environment = runtime.environment;
  scan_options.now = runtime.now;
  std::vector<std::string> exclude = options.exclude;

  // A wrong --baseline stops the run before anything is scanned or written.
  std::optional<suppress::Baseline> baseline;
  if (options.baseline) {
    suppress::BaselineOutcome read = suppress::read_baseline(*options.baseline);
    if (!read.baseline) {
      err << "credlint: " << read.error << '\n';
      return kExitUsage;
    }
    baseline = std::move(read.baseline);
  }

  // --staged reads the index: it needs a work tree, and its .credlint.ini is the one at the top.
  std::optional<std::string> git_top_level;
  if (options.staged) {
    discover::TopLevel top = discover::git_top_level();
    if (!top.path) {
      err << fmt::format("credlint: --staged scans the git index and must run inside a git work tree: {}\n",
                         top.error);
      return kExitUsage;
    }
    git_top_level = std::move(top.path);
  }
  const std::string settings_file = settings_path(options, git_top_level);
  std::error_code ec;
  if (options.settings_file || fs::exists(settings_file, ec)) {
    SettingsOutcome settings = read_settings(settings_file, rules);
    if (!settings.settings) {
      err << "credlint: " << settings.error << '\n';
      return kExitUsage;
    }
    scan_options.settings = settings.settings->engine;
    // Globs in a scan root's .credlint.ini are relative to that root; display paths (what
    // globs match) are relative to the working directory.
    std::string root;
    if (!options.settings_file && !options.staged && options.paths.size() == 1 &&
        fs::is_directory(options.paths[0], ec)) {
      root = discover::display_path(options.paths[0], &runtime.environment);
    }
    for (const std::string& glob : settings.settings->exclude) {
      exclude.push_back(root.empty() || root == "." ? glob : root + "/" + glob);
    }
  }

  discover::DiscoverOptions discover_options;
  discover_options.paths = options.paths;
  discover_options.config_files = options.config_files;
  discover_options.credentials_files = options.credentials_files;
  discover_options.aws_home = options.aws_home;
  discover_options.exclude = exclude;
  discover_options.environment = &runtime.environment;
  discover_options.staged = options.staged;
  discover_options.no_ignore = options.no_ignore;
  Progress progress(progress_wanted(options.quiet, runtime.stderr_is_terminal, runtime.environment) ? &err : nullptr,
                    runtime.progress_delay);
  discover_options.on_file_found = [&](std::size_t found) { progress.found(found); };
  scan_options.on_file_done = [&](std::size_t done, std::size_t total) { progress.analysed(done, total); };
  discover::Discovered discovered = discover::discover_files(discover_options);
  if (!discovered.error.empty()) {
    err << "credlint: " << discovered.error << '\n';
    return kExitUsage;
  }

  const engine::ScanResult result =
      engine::scan(std::move(discovered.inputs), std::move(discovered.notifications), scan_options);
  progress.finish();

  // Suppressions and baselines mark findings; they never remove one, so fingerprints
  // (which count occurrences) stay those of the whole scan.
  report::Review review;
  review.warn_unused_ignores = options.warn_unused_ignores;
  suppress::apply_suppressions(result, rules, review);
  if (options.write_baseline) {
    std::vector<suppress::BaselineEntry> entries = suppress::baseline_entries(result, review);
    const std::string text = suppress::baseline_document(entries, CREDLINT_VERSION);
    if (write_output(*options.write_baseline, out, err, text) != kExitClean) return kExitUsage;
    baseline = suppress::Baseline{std::move(entries)};  // this run's findings are now the baseline's
  }
  if (baseline) suppress::apply_baseline(*baseline, result, review);

  const report::ReportContext context{result, rules, CREDLINT_VERSION, &review};
  int written = kExitClean;
  for (const OutputTarget& target : report_targets(options)) {
    const report::TextOptions text{colour_wanted(options, runtime, target.path), options.quiet};
    if (write_output(target.path, out, err, render_report(target.format, context, text)) != kExitClean) {
      written = kExitUsage;  // the other reports are still written
    }
  }
  if (written != kExitClean) return written;

  for (const engine::Notification& n : result.notifications) {
    if (n.level == engine::Level::Error) return kExitUsage;
  }
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (!context.reported(i)) continue;  // suppressed, or already in the baseline
    if (options.fail_level && result.findings[i].level >= *options.fail_level) return kExitFindings;
  }
  if (options.warn_unused_ignores && !review.unused_ignores.empty()) return kExitFindings;
  return kExitClean;
}

// ---- profiles ---------------------------------------------------------------------------

std::string shown_value(const std::string& key, const std::string& value) {
  switch (aws::property_role(key)) {
    case aws::PropertyRole::AccessKeyId: return aws::redact_key_id(value);
    case aws::PropertyRole::SecretAccessKey:
    case aws::PropertyRole::SessionToken: return aws::redact_secret(value);
    default: return aws::scrub_text(value);
  }
}

nlohmann::ordered_json sections_json(const std::map<std::string, ini::ResolvedSection>& sections) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [name, section] : sections) {
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    for (const auto& [key, value] : section.properties) properties[key] = shown_value(key, value.value);
    out[name] = std::move(properties);
  }
  return out;
}

int run_profiles(const Options& options, const Runtime& runtime, std::ostream& out, std::ostream& err) {
  discover::DiscoverOptions discover_options;
  discover_options.config_files = options.config_files;
  discover_options.credentials_files = options.credentials_files;
  discover_options.aws_home = options.aws_home || (options.config_files.empty() && options.credentials_files.empty());
  discover_options.environment = &runtime.environment;
  discover::Discovered discovered = discover::discover_files(discover_options);

  std::vector<std::unique_ptr<core::SourceFile>> sources;
  std::vector<std::unique_ptr<ini::ProfileDocument>> documents;
  std::vector<ini::ProfileFileInput> config, credentials;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const engine::Notification& n : discovered.notifications) {
    errors.push_back({{"file", n.path}, {"line", n.line}, {"message", aws::scrub_text(n.message)}});
  }
  for (engine::InputFile& input : discovered.inputs) {
    const bool is_config = input.kind == core::FileKind::Config;
    sources.push_back(std::make_unique<core::SourceFile>(input.display_path, std::move(input.bytes)));
    documents.push_back(std::make_unique<ini::ProfileDocument>(ini::read_profile_file(
        sources.back()->bytes(), is_config ? ini::ProfileFileKind::Config : ini::ProfileFileKind::Credentials)));
    for (const ini::Diagnostic& d : documents.back()->diagnostics) {
      errors.push_back({{"file", sources.back()->path()}, {"line", d.line}, {"message", aws::scrub_text(d.message)}});
    }
    (is_config ? config : credentials).push_back({sources.back().get(), documents.back().get()});
  }
  const ini::ProfileSet set = ini::merge_profile_files(config, credentials);
  if (options.format == Format::Json) {
    nlohmann::ordered_json document;
    document["profiles"] = sections_json(set.profiles);
    document["sso_sessions"] = sections_json(set.sso_sessions);
    document["services"] = sections_json(set.services);
    document["errors"] = std::move(errors);
    return emit(options, out, err, document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  }
  std::ostringstream text;
  for (const auto& [name, section] : set.profiles) {
    text << "[" << name << "]\n";
    for (const auto& [key, value] : section.properties) {
      text << "  " << key << " = " << shown_value(key, value.value) << "    (" << value.source->path() << ":"
           << (value.property != nullptr ? value.property->line : 0) << ")\n";
    }
  }
  for (const auto& e : errors) {
    text << fmt::format("error: {}:{}: {}\n", e["file"].get<std::string>(), e["line"].get<std::size_t>(),
                        e["message"].get<std::string>());
  }
  return emit(options, out, err, text.str());
}

// ---- rules and explain ----------------------------------------------------------------------

int run_rules(const Options& options, std::ostream& out, std::ostream& err) {
  if (options.markdown) return emit(options, out, err, rules::rules_markdown());
  if (options.format == Format::Json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const engine::RuleDef* rule : rules::all_rules()) {
      list.push_back({{"id", rule->id}, {"name", rule->name}, {"level", engine::to_string(rule->level)},
                      {"description", rule->short_description}});
    }
    return emit(options, out, err, list.dump(2) + "\n");
  }
  std::ostringstream text;
  for (const engine::RuleDef* rule : rules::all_rules()) {
    text << fmt::format("{}  {:<7}  {:<38} {}\n", rule->id, engine::to_string(rule->level), rule->name,
                        rule->short_description);
  }
  return emit(options, out, err, text.str());
}

int run_explain(const Options& options, std::ostream& out, std::ostream& err) {
  const engine::RuleDef* rule = rules::find_rule(options.explain_rule);
  if (rule == nullptr) {
    err << fmt::format("credlint: unknown rule '{}'; `credlint rules` lists them\n", options.explain_rule);
    return kExitUsage;
  }
  out << fmt::format("{} {} ({})\n\n{}\n\n{}\n", rule->id, rule->name, engine::to_string(rule->level),
                     rule->full_description, rule->help_markdown);
  return kExitClean;
}

}  // namespace

int run_command(const Options& options, const Runtime& runtime, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::Help: out << usage_text(); return kExitClean;
    case Command::Version: out << "credlint " << CREDLINT_VERSION << '\n'; return kExitClean;
    case Command::Scan: return run_scan(options, runtime, out, err);
    case Command::Profiles: return run_profiles(options, runtime, out, err);
    case Command::Rules: return run_rules(options, out, err);
    case Command::Explain: return run_explain(options, out, err);
    case Command::InstallHook: return install_hook(options.force, {}, out, err);
  }
  return kExitUsage;
}

}  // namespace credlint::cli
