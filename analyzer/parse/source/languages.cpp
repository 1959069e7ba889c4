#include "parse/source/languages.h"

#include <cstdlib>
#include <memory>

#include <tree_sitter/api.h>

extern "C" const TSLanguage* tree_sitter_json(void);

namespace credlint::source {
namespace {

struct Grammar {
  const char* name;
  const TSLanguage* (*language)();
};

constexpr Grammar kGrammars[] = {
    {"json", &tree_sitter_json},
};

struct ParserDeleter { void operator()(TSParser* p) const { ts_parser_delete(p); } };
struct TreeDeleter { void operator()(TSTree* t) const { ts_tree_delete(t); } };

}  // namespace

std::vector<GrammarInfo> compiled_grammars() {
  std::vector<GrammarInfo> out;
  for (const Grammar& grammar : kGrammars) out.push_back({grammar.name, ts_language_abi_version(grammar.language())});
  return out;
}

unsigned runtime_min_abi() { return TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION; }
unsigned runtime_max_abi() { return TREE_SITTER_LANGUAGE_VERSION; }

std::string parse_to_sexp(std::string_view name, std::string_view text) {
  for (const Grammar& grammar : kGrammars) {
    if (name != grammar.name) continue;
    std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
    if (!ts_parser_set_language(parser.get(), grammar.language())) return {};
    std::unique_ptr<TSTree, TreeDeleter> tree(
        ts_parser_parse_string(parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())));
    if (!tree) return {};
    char* sexp = ts_node_string(ts_tree_root_node(tree.get()));
    std::string out(sexp);
    std::free(sexp);
    return out;
  }
  return {};
}

}  // namespace credlint::source
