// RAII owners for tree-sitter objects. Private to parse/source.
#pragma once

#include <memory>
#include <string_view>

#include <tree_sitter/api.h>

namespace credlint::source {

struct ParserDeleter { void operator()(TSParser* p) const { ts_parser_delete(p); } };
struct TreeDeleter { void operator()(TSTree* t) const { ts_tree_delete(t); } };
struct QueryDeleter { void operator()(TSQuery* q) const { ts_query_delete(q); } };
struct CursorDeleter { void operator()(TSQueryCursor* c) const { ts_query_cursor_delete(c); } };

using ParserHandle = std::unique_ptr<TSParser, ParserDeleter>;
using TreeHandle = std::unique_ptr<TSTree, TreeDeleter>;
using QueryHandle = std::unique_ptr<TSQuery, QueryDeleter>;
using CursorHandle = std::unique_ptr<TSQueryCursor, CursorDeleter>;

// The bytes of a node, clamped to the buffer the tree was parsed from.
inline std::string_view node_text(TSNode node, std::string_view text) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  const uint32_t begin = ts_node_start_byte(node) < size ? ts_node_start_byte(node) : size;
  const uint32_t end = ts_node_end_byte(node) < size ? ts_node_end_byte(node) : size;
  return text.substr(begin, end > begin ? end - begin : 0);
}

namespace detail {
struct GrammarRow;
[[nodiscard]] const GrammarRow* find_row(std::string_view name);
}  // namespace detail

}  // namespace credlint::source
