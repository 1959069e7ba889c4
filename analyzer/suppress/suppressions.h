// Inline suppressions: `credlint:ignore AWS201 -- reason` (one or more rule IDs, comma or
// blank separated; ` -- reason` optional) at the start of a comment, in the file's own
// comment syntax (comment_syntax.h). A comment that stands alone on its line governs that
// line and the next one; a comment after code governs its own line only. Nothing else:
// never another line, never another file. Applied after the engine has returned its
// findings, over the file bytes the scan kept.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scanner.h"
#include "report/report.h"
#include "suppress/comment_syntax.h"

namespace credlint::suppress {

inline constexpr std::string_view kDirective = "credlint:ignore";

struct IgnoreComment {
  std::size_t offset = 0;          // byte offset of `credlint:ignore`
  std::size_t line = 0;            // 1-based
  bool governs_next_line = false;  // the comment is alone on its line
  std::vector<std::string> rules;  // upper-case rule IDs as written
  std::string justification;       // after ` -- `, trimmed
  std::string problem;             // set when the comment is malformed: it suppresses nothing
};

// Every ignore comment of a text in the given syntax. Comment tokens inside string
// literals (as far as a line-and-quote scan can tell) are not comments.
[[nodiscard]] std::vector<IgnoreComment> find_ignore_comments(std::string_view text, const CommentSyntax& syntax);

// The ignore comments of a scanned file: .env files through the reader's own document
// (which knows where a value ends and an inline comment starts), other files through
// their comment syntax.
[[nodiscard]] std::vector<IgnoreComment> find_ignore_comments(const engine::AnalyzedFile& file);

// Marks the findings an ignore comment governs (review.findings[i].suppression; the vector
// is sized to the findings) and lists the comments, or the IDs of a comment, that
// suppressed nothing. `rules` is the catalog, to tell an unknown ID from an unused one.
void apply_suppressions(const engine::ScanResult& result, std::span<const engine::RuleDef* const> rules,
                        report::Review& review);

}  // namespace credlint::suppress
