// The tree-sitter grammars compiled into credlint (grammars/languages.cmake). Only
// parse/source sees tree_sitter/api.h; the rest of the analyzer asks by name or path.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace credlint::source {

struct GrammarInfo {
  std::string name;
  unsigned abi_version = 0;
};

[[nodiscard]] std::vector<GrammarInfo> compiled_grammars();
// ABI range of the runtime: grammars outside it cannot be loaded.
[[nodiscard]] unsigned runtime_min_abi();
[[nodiscard]] unsigned runtime_max_abi();
// Parses `text` with the named grammar; returns the root node's S-expression, or an
// empty string when the grammar is unknown or refuses to load.
[[nodiscard]] std::string parse_to_sexp(std::string_view grammar, std::string_view text);

// The language whose extensions or file names match the path's file name ("" when none).
[[nodiscard]] std::string_view language_for_path(std::string_view path);
[[nodiscard]] bool has_language(std::string_view name);

}  // namespace credlint::source
