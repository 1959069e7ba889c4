// credlint's own settings file, `.credlint.ini` at the scan root, parsed with inih:
//   [rules]   disable = AWS502, AWS408
//   [levels]  AWS301 = warning
//   [scan]    exclude = fixtures/**, docs/*.md
// A line starting with `#` or `;` is a comment, and ` ; ` after a value starts one
// (inih's rules); an indented line continues the list above it. Unknown sections (even empty ones), keys, rule IDs
// or levels, and lines that are not `key = value`, are errors naming the file and line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/scanner.h"

namespace credlint::cli {

struct FileSettings {
  engine::Settings engine;
  std::vector<std::string> exclude;
};

struct SettingsOutcome {
  std::optional<FileSettings> settings;
  std::string error;  // "FILE:LINE: message"
};

[[nodiscard]] SettingsOutcome read_settings(const std::string& path, std::span<const engine::RuleDef* const> rules);

}  // namespace credlint::cli
