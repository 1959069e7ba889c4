#include "cli/settings.h"

#include <cstdio>
#include <sstream>

#include <fmt/format.h>
#include <ini.h>

#include "core/text.h"

namespace credlint::cli {
namespace {

struct ParseState {
  std::span<const engine::RuleDef* const> rules;
  FileSettings settings;
  std::string error;  // first error, without the line (inih gives the line)
};

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

bool known_rule(const ParseState& state, std::string_view id) {
  for (const engine::RuleDef* rule : state.rules) {
    if (rule->id == id) return true;
  }
  return false;
}

// inih callback: returning 0 makes ini_parse report this line as the first error.
int on_entry(void* user, const char* section_c, const char* name_c, const char* value_c) {
  auto& state = *static_cast<ParseState*>(user);
  const std::string section = section_c, name = name_c, value = value_c;
  if (section == "rules" && name == "disable") {
    for (const std::string& id : split_list(value)) {
      if (!known_rule(state, id)) { state.error = fmt::format("unknown rule '{}'", id); return 0; }
      state.settings.engine.disabled_rules.insert(id);
    }
    return 1;
  }
  if (section == "levels") {
    if (!known_rule(state, name)) { state.error = fmt::format("unknown rule '{}'", name); return 0; }
    auto level = engine::parse_level(std::string(core::trim_ascii_whitespace(value)));
    if (!level) { state.error = fmt::format("unknown level '{}' (error, warning, note)", value); return 0; }
    state.settings.engine.level_overrides[name] = *level;
    return 1;
  }
  if (section == "scan" && name == "exclude") {
    for (const std::string& glob : split_list(value)) state.settings.exclude.push_back(glob);
    return 1;
  }
  if (section != "rules" && section != "levels" && section != "scan") {
    state.error = fmt::format("unknown section [{}] (expected [rules], [levels] or [scan])", section);
  } else {
    state.error = fmt::format("unknown key '{}' in [{}]", name, section);
  }
  return 0;
}

}  // namespace

SettingsOutcome read_settings(const std::string& path, std::span<const engine::RuleDef* const> rules) {
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return SettingsOutcome{std::nullopt, fmt::format("{}: cannot open", path)};
  ParseState state{rules, {}, {}};
  const int result = ini_parse_file(file, &on_entry, &state);
  std::fclose(file);
  if (result != 0) {
    const std::string why = state.error.empty() ? "not a valid INI line" : state.error;
    return SettingsOutcome{std::nullopt, fmt::format("{}:{}: {}", path, result, why)};
  }
  return SettingsOutcome{std::move(state.settings), {}};
}

}  // namespace credlint::cli
