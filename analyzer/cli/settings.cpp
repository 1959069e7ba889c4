#include "cli/settings.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "core/text.h"

// The settings file is parsed by inih (Debian's libinih): it calls `on_entry` for every
// `key = value` (continuation lines call it again with the same key) and returns the
// line of the first error, including the first line whose handler call failed. inih
// never reports a section without keys and gives the handler no line number, so section
// headers are checked by a small scan of our own (`section_headers`), and the message for
// a syntax error is derived from the text of the line inih names.

#include <ini.h>

namespace credlint::cli {
namespace {

struct Problem {
  std::size_t line = 0;
  std::string message;
};

// A line quoted in an error message: scrubbed of anything secret-shaped and kept short.
std::string quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 60;
  std::string shown = aws::scrub_text(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) shown += "...";
  return shown;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  if (!lines.empty() && lines.front().substr(0, 3) == "\xEF\xBB\xBF") lines.front().remove_prefix(3);
  return lines;
}

// Every `[section]` header with its line, so sections without keys are checked too.
std::vector<std::pair<std::string, std::size_t>> section_headers(const std::vector<std::string_view>& lines) {
  std::vector<std::pair<std::string, std::size_t>> headers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view trimmed = core::trim_ascii_whitespace(lines[i]);
    if (trimmed.empty() || trimmed.front() != '[') continue;
    const std::size_t close = trimmed.find(']');
    if (close == std::string_view::npos) continue;  // inih reports it
    headers.emplace_back(core::trim_ascii_whitespace(trimmed.substr(1, close - 1)), i + 1);
  }
  return headers;
}

// What is wrong with a line inih rejected without asking the handler.
std::string syntax_problem(std::string_view line) {
  const std::string_view trimmed = core::trim_ascii_whitespace(line);
  if (!trimmed.empty() && trimmed.front() == '[') {
    return fmt::format("malformed section header '{}' (expected [rules], [levels] or [scan])", quoted(trimmed));
  }
  if (line.size() >= 199) return "line too long (settings lines hold at most 199 characters; continue a list on an indented line)";
  return fmt::format("expected 'key = value', got '{}'", quoted(trimmed));
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream stream{std::string(text)};
  while (std::getline(stream, item, ',')) {
    const std::string_view trimmed = core::trim_ascii_whitespace(item);
    if (!trimmed.empty()) out.emplace_back(trimmed);
  }
  return out;
}

bool known_section(std::string_view name) { return name == "rules" || name == "levels" || name == "scan"; }

std::string unknown_section(std::string_view name) {
  return fmt::format("unknown section [{}] (expected [rules], [levels] or [scan])", name);
}

bool known_rule(std::span<const engine::RuleDef* const> rules, std::string_view id) {
  for (const engine::RuleDef* rule : rules) {
    if (rule->id == id) return true;
  }
  return false;
}

// Applies one `key = value`; returns the error message, or an empty string.
struct Entry {
  std::string section;
  std::string key;
  std::string value;
};

std::string apply(const Entry& entry, std::span<const engine::RuleDef* const> rules, FileSettings& settings) {
  if (entry.section.empty()) return "setting outside a section (start with [rules], [levels] or [scan])";
  if (!known_section(entry.section)) return unknown_section(entry.section);
  if (entry.section == "rules") {
    if (entry.key != "disable") return fmt::format("unknown key '{}' in [rules] (expected disable)", entry.key);
    for (const std::string& id : split_list(entry.value)) {  // continuation lines add more
      if (!known_rule(rules, id)) return fmt::format("unknown rule '{}'; `credlint rules` lists them", id);
      settings.engine.disabled_rules.insert(id);
    }
    return {};
  }
  if (entry.section == "levels") {
    if (!known_rule(rules, entry.key)) return fmt::format("unknown rule '{}'; `credlint rules` lists them", entry.key);
    const auto level = engine::parse_level(std::string(core::trim_ascii_whitespace(entry.value)));
    if (!level) return fmt::format("unknown level '{}' for {} (error, warning, note)", entry.value, entry.key);
    settings.engine.level_overrides[entry.key] = *level;
    return {};
  }
  if (entry.key != "exclude") return fmt::format("unknown key '{}' in [scan] (expected exclude)", entry.key);
  for (const std::string& glob : split_list(entry.value)) settings.exclude.push_back(glob);
  return {};
}

struct ParseState {
  std::span<const engine::RuleDef* const> rules;
  FileSettings settings;
  std::string first_error;  // of the first handler call that failed
};

// inih callback; returning 0 makes ini_parse_string report this line as an error.
int on_entry(void* user, const char* section, const char* key, const char* value) {
  auto& state = *static_cast<ParseState*>(user);
  std::string why = apply(Entry{section, key, value != nullptr ? value : ""}, state.rules, state.settings);
  if (why.empty()) return 1;
  if (state.first_error.empty()) state.first_error = std::move(why);
  return 0;
}

}  // namespace

SettingsOutcome read_settings(const std::string& path, std::span<const engine::RuleDef* const> rules) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return SettingsOutcome{std::nullopt, fmt::format("{}: cannot read: it is a directory", path)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return SettingsOutcome{std::nullopt, fmt::format("{}: cannot open", path)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return SettingsOutcome{std::nullopt, fmt::format("{}: cannot read", path)};

  std::string text = std::move(buffer).str();
  const std::vector<std::string_view> lines = lines_of(text);
  // Report the first problem in the file, whatever its kind.
  std::optional<Problem> first;
  auto consider = [&](std::size_t line, std::string message) {
    if (!first || line < first->line) first = Problem{line, std::move(message)};
  };
  for (const auto& [section, line] : section_headers(lines)) {
    if (!known_section(section)) consider(line, unknown_section(section));
  }
  ParseState state{rules, {}, {}};
  const int error_line = ini_parse_string(text.c_str(), &on_entry, &state);
  if (error_line > 0) {
    const auto line = static_cast<std::size_t>(error_line);
    const std::string_view content = line <= lines.size() ? lines[line - 1] : std::string_view();
    // A handler failure carries its own message; otherwise inih rejected the line itself.
    const bool handler_failed = !state.first_error.empty() && content.find('=') != std::string_view::npos &&
                                core::trim_ascii_whitespace(content).front() != '[';
    consider(line, handler_failed ? state.first_error : syntax_problem(content));
  } else if (error_line < 0) {
    consider(1, "cannot read the settings file");
  }
  FileSettings settings = std::move(state.settings);
  if (first) return SettingsOutcome{std::nullopt, fmt::format("{}:{}: {}", path, first->line, first->message)};
  return SettingsOutcome{std::move(settings), {}};
}

}  // namespace credlint::cli
