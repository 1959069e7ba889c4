// Where a `credlint:ignore` comment may stand in each kind of file: which comment tokens
// a file's language has, whether a comment after code on the same line counts, and
// which string literals the suppression reader must step over so that a
// `credlint:ignore` inside a string never suppresses anything. One small table keyed by
// file name and extension (comment_syntax.cpp); INI profile files and .env files go by
// their FileKind. A file without a syntax (JSON, plain text) has no ignore comments.
#pragma once

#include <string_view>

#include "core/file_kind.h"

namespace credlint::suppress {

struct CommentSyntax {
  std::string_view language;         // "ini", "python", "c-like", ... (docs and test names)
  bool hash = false;                 // `#` starts a line comment
  bool semicolon = false;            // `;` starts a line comment (INI)
  bool double_slash = false;         // `//` starts a line comment
  bool block = false;                // `/* ... */`
  bool html = false;                 // `<!-- ... -->`
  bool trailing = true;              // a comment after code on the same line counts
  bool hash_after_blank = false;     // `#` starts a comment only at the line start or after a blank (shell, YAML, .env)
  bool single_quotes = true;         // `'` opens a string (not in Rust: lifetimes and chars)
  bool backticks = false;            // `` ` `` strings (JS/TS template literals, Go raw strings, shell)
  bool triple_quotes = false;        // `"""` / `'''` strings (Python, Kotlin, Java text blocks, C# raw strings)
  bool quotes_span_lines = false;    // `"` and `'` strings may run over a newline (shell, YAML, Ruby, PHP, Rust)
  bool quote_at_word_start = false;  // YAML: a quote opens a string only at a scalar's start, not in `don't`

  [[nodiscard]] constexpr bool any() const { return hash || semicolon || double_slash || block || html; }
};

// The syntax for a file: by kind for profile files (INI, full-line `#`/`;` comments only,
// because botocore keeps an inline `#` as part of the value) and .env files, otherwise by
// file name (Dockerfile, Makefile, ...) and then extension. Empty syntax: none known.
[[nodiscard]] CommentSyntax comment_syntax_for(core::FileKind kind, std::string_view path);

}  // namespace credlint::suppress
