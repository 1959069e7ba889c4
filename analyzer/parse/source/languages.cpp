#include "parse/source/languages.h"

#include <cstdlib>
#include <memory>

#include "parse/source/grammar_table.h"
#include "parse/source/ts_handles.h"

namespace credlint::source {
namespace detail {
namespace {
#include "grammar_table.inc"
}  // namespace

std::span<const GrammarRow> grammar_rows() { return kGrammarRows; }

const GrammarRow* find_row(std::string_view name) {
  for (const GrammarRow& row : grammar_rows()) {
    if (row.name == name) return &row;
  }
  return nullptr;
}

}  // namespace detail

std::vector<GrammarInfo> compiled_grammars() {
  std::vector<GrammarInfo> out;
  for (const detail::GrammarRow& row : detail::grammar_rows()) {
    out.push_back({std::string(row.name), ts_language_abi_version(row.language())});
  }
  return out;
}

unsigned runtime_min_abi() { return TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION; }
unsigned runtime_max_abi() { return TREE_SITTER_LANGUAGE_VERSION; }

std::string parse_to_sexp(std::string_view name, std::string_view text) {
  const detail::GrammarRow* row = detail::find_row(name);
  if (row == nullptr) return {};
  ParserHandle parser(ts_parser_new());
  if (!ts_parser_set_language(parser.get(), row->language())) return {};
  TreeHandle tree(ts_parser_parse_string(parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())));
  if (!tree) return {};
  char* sexp = ts_node_string(ts_tree_root_node(tree.get()));
  std::string out(sexp);
  std::free(sexp);
  return out;
}

std::string_view language_for_path(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view file_name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // TypeScript declaration files hold types, never values: the text layer is enough.
  if (file_name.ends_with(".d.ts") || file_name.ends_with(".d.mts") || file_name.ends_with(".d.cts")) return {};
  const std::size_t dot = file_name.rfind('.');
  const std::string_view extension = dot == std::string_view::npos || dot == 0 ? std::string_view{}
                                                                               : file_name.substr(dot + 1);
  for (const detail::GrammarRow& row : detail::grammar_rows()) {
    for (std::string_view name : row.filenames) {
      if (!name.empty() && name == file_name) return row.name;
    }
    for (std::string_view ext : row.extensions) {
      if (!ext.empty() && ext == extension) return row.name;
    }
  }
  return {};
}

bool has_language(std::string_view name) { return detail::find_row(name) != nullptr; }

}  // namespace credlint::source
