#include "suppress/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/text.h"

namespace credlint::suppress {
namespace {

constexpr std::size_t kMaxJustification = 500;
constexpr std::string_view kUsage = "write `credlint:ignore AWS201 -- reason`";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// AWS201, CLN001: letters, then digits.
bool is_rule_id(std::string_view token) {
  std::size_t letters = 0;
  while (letters < token.size() && is_letter(token[letters])) ++letters;
  if (letters < 2 || letters > 10 || token.size() - letters < 2 || token.size() - letters > 5) return false;
  return std::all_of(token.begin() + static_cast<std::ptrdiff_t>(letters), token.end(), is_digit);
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

// What a malformed comment shows of a token: short, in case a value was pasted there
// (the writers scrub it as well).
std::string shown_token(std::string_view token) {
  return token.size() <= 16 ? std::string(token) : std::string(token.substr(0, 16)) + "...";
}

// The directive at the start of a comment's body (the text after the comment token, up
// to the comment's end), or nothing when the comment is about something else.
std::optional<IgnoreComment> parse_directive(std::string_view body, std::size_t body_offset) {
  std::size_t i = 0;
  while (i < body.size() && is_blank(body[i])) ++i;
  // Decorations such as `///`, `/**`, `##`, `//!`.
  while (i < body.size() && (body[i] == '/' || body[i] == '*' || body[i] == '#' || body[i] == '!')) ++i;
  while (i < body.size() && is_blank(body[i])) ++i;
  if (body.substr(i, kDirective.size()) != kDirective) return std::nullopt;
  IgnoreComment comment;
  comment.offset = body_offset + i;
  i += kDirective.size();
  if (i < body.size() && !is_blank(body[i]) && body[i] != '[' && body[i] != ',')
    return std::nullopt;  // credlint:ignored
  while (i < body.size()) {
    while (i < body.size() && (is_blank(body[i]) || body[i] == ',' || body[i] == '[' || body[i] == ']')) ++i;
    if (i >= body.size()) break;
    if (body.substr(i, 2) == "--" && (i + 2 == body.size() || is_blank(body[i + 2]))) {
      std::string_view reason = core::trim_ascii_whitespace(body.substr(i + 2));
      if (reason.size() > kMaxJustification) reason = reason.substr(0, kMaxJustification);
      comment.justification = std::string(reason);
      break;
    }
    std::size_t end = i;
    while (end < body.size() && !is_blank(body[end]) && body[end] != ',' && body[end] != '[' && body[end] != ']') {
      ++end;
    }
    const std::string_view token = body.substr(i, end - i);
    if (!is_rule_id(token)) {
      comment.problem = fmt::format("`{}` in credlint:ignore is not a rule ID; {}", shown_token(token), kUsage);
      break;
    }
    comment.rules.push_back(upper(token));
    i = end;
  }
  if (comment.rules.empty() && comment.problem.empty()) {
    comment.problem = fmt::format("credlint:ignore names no rule ID; {}", kUsage);
  }
  return comment;
}

// A line-by-line scan that follows strings and block comments well enough to tell a
// comment token from the same characters inside a string literal. When unsure it stays
// in the string, so that an ignore comment is missed rather than invented.
class CommentScanner {
 public:
  CommentScanner(std::string_view text, const CommentSyntax& syntax, std::vector<IgnoreComment>& out)
      : text_(text), syntax_(syntax), out_(out) {}

  void run() {
    std::size_t begin = text_.substr(0, 3) == kByteOrderMark ? 3 : 0;
    for (std::size_t line = 1;; ++line) {
      const std::size_t newline = text_.find('\n', begin);
      const std::size_t end = newline == std::string_view::npos ? text_.size() : newline;
      std::size_t content_end = end;
      if (content_end > begin && text_[content_end - 1] == '\r') --content_end;
      scan_line(begin, content_end, line);
      if (newline == std::string_view::npos) break;
      begin = newline + 1;
    }
  }

 private:
  enum class State { Code, String, Block };

  bool starts(std::size_t at, std::string_view token) const { return text_.substr(at, token.size()) == token; }

  bool string_spans_lines() const { return delimiter_.size() == 3 || delimiter_ == "`" || syntax_.quotes_span_lines; }

  void scan_line(std::size_t begin, std::size_t end, std::size_t line) {
    if (state_ == State::String && !string_spans_lines()) state_ = State::Code;
    std::size_t first = begin;
    while (first < end && is_blank(text_[first])) ++first;
    std::size_t i = begin;
    while (i < end) {
      switch (state_) {
        case State::Block: {
          const std::size_t close = text_.substr(0, end).find(block_end_, i);
          if (close == std::string_view::npos) {
            i = end;
          } else {
            i = close + block_end_.size();
            state_ = State::Code;
          }
          break;
        }
        case State::String:
          if (text_[i] == '\\') {
            i += 2;
          } else if (starts(i, delimiter_)) {
            i += delimiter_.size();
            state_ = State::Code;
          } else {
            ++i;
          }
          break;
        case State::Code:
          i = code_step(i, begin, first, end, line);
          break;
      }
    }
  }

  std::size_t code_step(std::size_t i, std::size_t begin, std::size_t first, std::size_t end, std::size_t line) {
    const char c = text_[i];
    if (syntax_.hash && c == '#' && (!syntax_.hash_after_blank || i == begin || is_blank(text_[i - 1]))) {
      return line_comment(i, 1, first, end, line);
    }
    if (syntax_.semicolon && c == ';' && i == first) return line_comment(i, 1, first, end, line);
    if (syntax_.double_slash && starts(i, "//")) return line_comment(i, 2, first, end, line);
    if (syntax_.block && starts(i, "/*")) return block_comment(i, 2, "*/", first, end, line);
    if (syntax_.html && starts(i, "<!--")) return block_comment(i, 4, "-->", first, end, line);
    if (syntax_.triple_quotes && (starts(i, "\"\"\"") || starts(i, "'''"))) return open_string(i, 3);
    if (c == '"' || (c == '\'' && syntax_.single_quotes) || (c == '`' && syntax_.backticks)) {
      if (syntax_.quote_at_word_start && i > begin) {
        const char before = text_[i - 1];
        if (!is_blank(before) && std::string_view("[{,:-").find(before) == std::string_view::npos) return i + 1;
      }
      return open_string(i, 1);
    }
    return i + 1;
  }

  std::size_t open_string(std::size_t i, std::size_t length) {
    state_ = State::String;
    delimiter_ = text_.substr(i, length);
    return i + length;
  }

  std::size_t line_comment(std::size_t i, std::size_t token, std::size_t first, std::size_t end, std::size_t line) {
    const bool alone = i == first;
    if (syntax_.trailing || alone) record(i + token, end, line, alone);
    return end;
  }

  std::size_t block_comment(std::size_t i, std::size_t token, std::string_view close_token, std::size_t first,
                            std::size_t end, std::size_t line) {
    const std::size_t body = i + token;
    const std::size_t close = text_.substr(0, end).find(close_token, body);
    const std::size_t after = close == std::string_view::npos ? end : close + close_token.size();
    std::size_t rest = after;
    while (rest < end && is_blank(text_[rest])) ++rest;
    const bool alone = i == first && rest == end;
    if (syntax_.trailing || alone) record(body, close == std::string_view::npos ? end : close, line, alone);
    if (close == std::string_view::npos) {
      state_ = State::Block;
      block_end_ = close_token;
      return end;
    }
    return after;
  }

  void record(std::size_t body_begin, std::size_t body_end, std::size_t line, bool alone) {
    std::optional<IgnoreComment> comment = parse_directive(text_.substr(body_begin, body_end - body_begin), body_begin);
    if (!comment) return;
    comment->line = line;
    comment->governs_next_line = alone;
    out_.push_back(std::move(*comment));
  }

  std::string_view text_;
  const CommentSyntax& syntax_;
  std::vector<IgnoreComment>& out_;
  State state_ = State::Code;
  std::string_view delimiter_;
  std::string_view block_end_;
};

// .env files: the reader already knows which lines continue a quoted value and where an
// inline comment starts, so the comments are taken from its document.
std::vector<IgnoreComment> dotenv_ignore_comments(const core::SourceFile& source, const dotenv::DotenvDocument& doc) {
  std::vector<IgnoreComment> out;
  std::set<std::size_t> value_lines;  // continuation lines of multi-line values
  for (const dotenv::Entry& entry : doc.entries) {
    for (std::size_t line = entry.line + 1; line <= entry.end_line; ++line) value_lines.insert(line);
  }
  for (std::size_t line = 1; line <= source.line_count(); ++line) {
    if (value_lines.count(line) > 0) continue;
    std::string_view text = source.line_text(line);
    std::size_t first = line == 1 && text.substr(0, 3) == kByteOrderMark ? 3 : 0;
    while (first < text.size() && is_blank(text[first])) ++first;
    if (first >= text.size() || text[first] != '#') continue;
    const std::size_t body = source.line_span(line).begin + first + 1;
    if (auto comment = parse_directive(text.substr(first + 1), body)) {
      comment->line = line;
      comment->governs_next_line = true;
      out.push_back(std::move(*comment));
    }
  }
  for (const dotenv::Entry& entry : doc.entries) {
    if (!entry.inline_comment || entry.inline_comment->empty()) continue;
    const core::Span span = *entry.inline_comment;  // starts at the '#'
    std::string_view body = source.slice(core::Span{span.begin + 1, span.end});
    while (!body.empty() && (body.back() == '\r' || body.back() == '\n')) body.remove_suffix(1);
    if (auto comment = parse_directive(body, span.begin + 1)) {
      comment->line = source.position(span.begin).line;
      comment->governs_next_line = false;
      out.push_back(std::move(*comment));
    }
  }
  std::sort(out.begin(), out.end(), [](const IgnoreComment& a, const IgnoreComment& b) { return a.offset < b.offset; });
  return out;
}

std::string join(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

struct FileComments {
  const engine::AnalyzedFile* file = nullptr;
  std::vector<IgnoreComment> comments;
  std::vector<std::set<std::string>> used;  // per comment: the IDs that suppressed something
};

}  // namespace

std::vector<IgnoreComment> find_ignore_comments(std::string_view text, const CommentSyntax& syntax) {
  std::vector<IgnoreComment> out;
  if (!syntax.any() || text.find(kDirective) == std::string_view::npos) return out;
  CommentScanner(text, syntax, out).run();
  return out;
}

std::vector<IgnoreComment> find_ignore_comments(const engine::AnalyzedFile& file) {
  const core::SourceFile& source = *file.source;
  if (source.bytes().find(kDirective) == std::string_view::npos) return {};
  if (file.dotenv) return dotenv_ignore_comments(source, *file.dotenv);
  return find_ignore_comments(source.bytes(), comment_syntax_for(file.kind, source.path()));
}

void apply_suppressions(const engine::ScanResult& result, std::span<const engine::RuleDef* const> rules,
                        report::Review& review) {
  review.findings.resize(result.findings.size());
  std::unordered_map<const core::SourceFile*, FileComments> by_source;
  for (const auto& file : result.context.files) {
    std::vector<IgnoreComment> comments = find_ignore_comments(*file);
    if (comments.empty()) continue;
    FileComments& entry = by_source[file->source.get()];
    entry.file = file.get();
    entry.used.resize(comments.size());
    entry.comments = std::move(comments);
  }
  if (by_source.empty()) return;

  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const engine::Finding& finding = result.findings[i];
    const auto found = by_source.find(finding.location.file);
    if (found == by_source.end()) continue;
    FileComments& file = found->second;
    const std::size_t line = finding.location.file->position(finding.location.span.begin).line;
    // The comment on the finding's own line first, then the one alone on the line above.
    std::optional<std::size_t> match;
    for (int pass = 0; pass < 2 && !match; ++pass) {
      for (std::size_t c = 0; c < file.comments.size() && !match; ++c) {
        const IgnoreComment& comment = file.comments[c];
        const bool governs = pass == 0 ? comment.line == line : comment.governs_next_line && comment.line + 1 == line;
        if (!governs || !comment.problem.empty()) continue;
        if (std::find(comment.rules.begin(), comment.rules.end(), finding.rule_id) != comment.rules.end()) match = c;
      }
    }
    if (!match) continue;
    const IgnoreComment& comment = file.comments[*match];
    file.used[*match].insert(finding.rule_id);
    review.findings[i].suppression = report::Suppression{comment.justification, comment.line,
                                                         finding.location.file->position(comment.offset).utf16_column};
  }

  std::set<std::string, std::less<>> known;
  for (const engine::RuleDef* rule : rules) known.emplace(rule->id);
  for (const auto& [source, file] : by_source) {
    for (std::size_t c = 0; c < file.comments.size(); ++c) {
      const IgnoreComment& comment = file.comments[c];
      report::UnusedIgnore unused;
      unused.path = source->path();
      unused.line = comment.line;
      unused.column = source->position(comment.offset).utf16_column;
      if (!comment.problem.empty()) {
        unused.rules = comment.rules;
        unused.problem = comment.problem;
        review.unused_ignores.push_back(std::move(unused));
        continue;
      }
      std::vector<std::string> unknown, idle;
      for (const std::string& id : comment.rules) {
        if (file.used[c].count(id) > 0) continue;
        (known.count(id) == 0 ? unknown : idle).push_back(id);
        unused.rules.push_back(id);
      }
      if (unused.rules.empty()) continue;
      const std::string_view where = comment.governs_next_line ? "this line or the next" : "this line";
      if (!unknown.empty()) {
        unused.problem = fmt::format("credlint:ignore names {}, which {} not a credlint rule{}", join(unknown),
                                     unknown.size() == 1 ? "is" : "are",
                                     idle.empty() ? std::string()
                                                  : fmt::format(", and {}, which {} no finding on {}", join(idle),
                                                                idle.size() == 1 ? "matches" : "match", where));
      } else {
        unused.problem =
            fmt::format("credlint:ignore {} suppresses nothing: no {} finding on {}", join(idle), join(idle), where);
      }
      review.unused_ignores.push_back(std::move(unused));
    }
  }
  std::sort(review.unused_ignores.begin(), review.unused_ignores.end(),
            [](const report::UnusedIgnore& a, const report::UnusedIgnore& b) {
              return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
            });
}

}  // namespace credlint::suppress
