// The words of a profile-file section header, for the rules that judge headers the SDKs
// do not read as meant (AWS401, AWS402, AWS407) and the lookups that explain a missing
// profile by such a header (profile_lookup.h): `[profile dev]`, `[sso-session corp]`,
// `[services local]`.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/text.h"
#include "engine/rule.h"
#include "parse/ini/profile_document.h"

namespace credlint::rules {

// The section types a config-file header names before the section's name, in the order
// the rules try them.
inline constexpr std::array<std::string_view, 3> kSectionTypes = {"profile", "sso-session", "services"};

// `word` followed by at least one blank: the rest, trimmed ("profile  dev" -> "dev");
// nullopt when `text` does not start so.
inline std::optional<std::string_view> after_prefix(std::string_view text, std::string_view word) {
  if (text.size() <= word.size() || text.substr(0, word.size()) != word) return std::nullopt;
  if (!core::is_blank_char(text[word.size()])) return std::nullopt;
  return core::trim_blanks(text.substr(word.size()));
}

// The section type `content` (the trimmed text between the brackets) starts with, as a
// word of its own; nullopt for `[dev]`, `[default]` or `[profiledev]`.
inline std::optional<std::string_view> section_prefix(std::string_view content) {
  for (std::string_view word : kSectionTypes) {
    if (after_prefix(content, word)) return word;
  }
  return std::nullopt;
}

// The header ends with its ']': an unterminated header is AWS407's.
inline bool header_is_closed(const engine::AnalyzedFile& file, const ini::Section& section) {
  const std::string_view header = file.source->slice(section.header_span);
  return !header.empty() && header.back() == ']';
}

}  // namespace credlint::rules
