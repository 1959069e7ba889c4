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

namespace detail {
struct GrammarRow;
[[nodiscard]] const GrammarRow* find_row(std::string_view name);
}  // namespace detail

}  // namespace credlint::source
