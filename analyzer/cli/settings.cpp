#include "cli/settings.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "core/text.h"

// The settings file is read line by line here rather than with inih: inih never calls
// its handler for a section without keys (so `[foo]` alone would pass unnoticed), splits
// lines longer than its 200-byte buffer into two, and gives its handler no line number,
// so an error could not be tied to the line that caused it. The format is the simple
// INI subset documented in settings.h: `[section]`, `key = value`, `#` or `;` comments
// on their own line or after whitespace, and indented continuation lines for lists.

namespace credlint::cli {
namespace {

struct Entry {
  std::string section;
  std::string key;
  std::string value;
  std::size_t line = 0;
};

struct Problem {
  std::size_t line = 0;
  std::string message;
};

struct Parsed {
  std::vector<std::pair<std::string, std::size_t>> sections;  // every header, in order
  std::vector<Entry> entries;
  std::optional<Problem> syntax_error;  // parsing stops at the first one
};

// A line quoted in an error message: scrubbed of anything secret-shaped and kept short.
std::string quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 60;
  std::string shown = aws::scrub_text(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) shown += "...";
  return shown;
}

bool is_comment_start(char c) { return c == '#' || c == ';'; }

// "value  # comment" -> "value"; a '#' or ';' inside a word (a glob such as `a#b`) stays.
std::string_view strip_inline_comment(std::string_view value) {
  for (std::size_t i = 1; i < value.size(); ++i) {
    if (is_comment_start(value[i]) && core::is_blank_char(value[i - 1])) return value.substr(0, i);
  }
  return value;
}

Parsed parse_lines(std::string_view text) {
  Parsed parsed;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string section;
  constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);
  std::size_t open_entry = kNoEntry;  // index of the entry an indented line continues
  std::size_t number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view trimmed = core::trim_ascii_whitespace(line);
    if (trimmed.empty() || is_comment_start(trimmed.front())) continue;
    auto fail = [&](std::string message) { parsed.syntax_error = Problem{number, std::move(message)}; };
    if (core::is_blank_char(line.front()) && open_entry != kNoEntry && trimmed.find('=') == std::string_view::npos) {
      parsed.entries[open_entry].value +=
          fmt::format(", {}", core::trim_ascii_whitespace(strip_inline_comment(trimmed)));
      continue;
    }
    open_entry = kNoEntry;
    if (trimmed.front() == '[') {
      const std::size_t close = trimmed.find(']');
      const std::string_view after =
          close == std::string_view::npos ? std::string_view() : core::trim_ascii_whitespace(trimmed.substr(close + 1));
      if (close == std::string_view::npos || (!after.empty() && !is_comment_start(after.front()))) {
        fail(fmt::format("malformed section header '{}' (expected [rules], [levels] or [scan])", quoted(trimmed)));
        break;
      }
      section = std::string(core::trim_ascii_whitespace(trimmed.substr(1, close - 1)));
      parsed.sections.emplace_back(section, number);
      continue;
    }
    const std::size_t equals = trimmed.find('=');
    if (equals == std::string_view::npos) {
      fail(fmt::format("expected 'key = value', got '{}'", quoted(trimmed)));
      break;
    }
    if (section.empty()) {
      fail("setting outside a section (start with [rules], [levels] or [scan])");
      break;
    }
    const std::string_view key = core::trim_ascii_whitespace(trimmed.substr(0, equals));
    const std::string_view value = core::trim_ascii_whitespace(strip_inline_comment(trimmed.substr(equals + 1)));
    parsed.entries.push_back(Entry{section, std::string(key), std::string(value), number});
    open_entry = parsed.entries.size() - 1;
  }
  return parsed;
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
std::string apply(const Entry& entry, std::span<const engine::RuleDef* const> rules, FileSettings& settings) {
  if (!known_section(entry.section)) return unknown_section(entry.section);
  if (entry.section == "rules") {
    if (entry.key != "disable") return fmt::format("unknown key '{}' in [rules] (expected disable)", entry.key);
    for (const std::string& id : split_list(entry.value)) {
      if (!known_rule(rules, id)) return fmt::format("unknown rule '{}'; `credlint rules` lists them", id);
      settings.engine.disabled_rules.insert(id);
    }
    return {};
  }
  if (entry.section == "levels") {
    if (!known_rule(rules, entry.key)) return fmt::format("unknown rule '{}'; `credlint rules` lists them", entry.key);
    const auto level = engine::parse_level(entry.value);
    if (!level) return fmt::format("unknown level '{}' for {} (error, warning, note)", entry.value, entry.key);
    settings.engine.level_overrides[entry.key] = *level;
    return {};
  }
  if (entry.key != "exclude") return fmt::format("unknown key '{}' in [scan] (expected exclude)", entry.key);
  for (const std::string& glob : split_list(entry.value)) settings.exclude.push_back(glob);
  return {};
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

  const Parsed parsed = parse_lines(buffer.str());
  // Report the first problem in the file, whatever its kind. Section headers are checked
  // on their own: an unknown section is an error even when it holds no key.
  std::optional<Problem> first = parsed.syntax_error;
  auto consider = [&](std::size_t line, std::string message) {
    if (!first || line < first->line) first = Problem{line, std::move(message)};
  };
  for (const auto& [section, line] : parsed.sections) {
    if (!known_section(section)) consider(line, unknown_section(section));
  }
  FileSettings settings;
  for (const Entry& entry : parsed.entries) {
    if (std::string why = apply(entry, rules, settings); !why.empty()) {
      consider(entry.line, std::move(why));
      break;
    }
  }
  if (first) return SettingsOutcome{std::nullopt, fmt::format("{}:{}: {}", path, first->line, first->message)};
  return SettingsOutcome{std::move(settings), {}};
}

}  // namespace credlint::cli
