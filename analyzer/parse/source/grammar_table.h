// The rows of the generated grammar_table.inc (cmake/TreeSitter.cmake): one per
// language of grammars/languages.cmake. Private to parse/source.
#pragma once

#include <span>
#include <string_view>

#include <tree_sitter/api.h>

namespace credlint::source::detail {

struct GrammarRow {
  std::string_view name;
  const TSLanguage* (*language)();
  std::span<const std::string_view> extensions;
  std::span<const std::string_view> filenames;
  std::string_view query;  // grammars/<name>/facts.scm
};

[[nodiscard]] std::span<const GrammarRow> grammar_rows();

}  // namespace credlint::source::detail
