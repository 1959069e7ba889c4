#include "parse/dotenv/dotenv_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/text.h"

namespace credlint::dotenv {
namespace {

using core::Span;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// python-dotenv / compose double-quote escapes.
std::string decode_double_quoted(std::string_view inner, bool full_escapes) {
  std::string out;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] != '\\' || i + 1 >= inner.size()) { out += inner[i]; continue; }
    const char next = inner[i + 1];
    if (full_escapes) {
      switch (next) {
        case 'n': out += '\n'; ++i; continue;
        case 't': out += '\t'; ++i; continue;
        case 'r': out += '\r'; ++i; continue;
        case '"': case '\\': case '\'': case '$': out += next; ++i; continue;
        default: out += '\\'; continue;
      }
    }
    // POSIX shell: only \" \\ \$ \` and backslash-newline are escapes inside "...".
    if (next == '"' || next == '\\' || next == '$' || next == '`') { out += next; ++i; continue; }
    if (next == '\n') { ++i; continue; }
    out += '\\';
  }
  return out;
}

std::string node_double_quoted(std::string_view inner) {
  std::string out;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] == '\\' && i + 1 < inner.size() && (inner[i + 1] == 'n' || inner[i + 1] == 'r')) {
      out += inner[i + 1] == 'n' ? '\n' : '\r';
      ++i;
      continue;
    }
    out += inner[i];
  }
  return out;
}

std::string python_single_quoted(std::string_view inner) {
  std::string out;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] == '\\' && i + 1 < inner.size() && (inner[i + 1] == '\'' || inner[i + 1] == '\\')) {
      out += inner[++i];
      continue;
    }
    out += inner[i];
  }
  return out;
}

// Offset of the closing quote, skipping backslash escapes; npos when unterminated.
std::size_t find_closing_quote(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (text[i] == '\\' && quote != '`') { ++i; continue; }
    if (text[i] == quote) return i;
  }
  return std::string_view::npos;
}

// A multi-line quoted value is a mistake when the closing quote is followed by more
// text, or when a line inside it looks like another assignment.
bool looks_unintended(std::string_view inner, bool text_after_close) {
  if (text_after_close) return true;
  std::size_t start = inner.find('\n');
  while (start != std::string_view::npos) {
    std::size_t i = start + 1;
    while (i < inner.size() && is_blank(inner[i])) ++i;
    if (inner.substr(i, 7) == "export ") i += 7;
    std::size_t j = i;
    while (j < inner.size() && ((inner[j] >= 'A' && inner[j] <= 'Z') || (inner[j] >= 'a' && inner[j] <= 'z') ||
                                (inner[j] >= '0' && inner[j] <= '9') || inner[j] == '_')) {
      ++j;
    }
    if (j > i && j < inner.size() && inner[j] == '=') return true;
    start = inner.find('\n', start + 1);
  }
  return false;
}

bool is_only_reference(std::string_view value) {
  value = core::trim_ascii_whitespace(value);
  if (value.size() < 2 || value.front() != '$') return false;
  if (value[1] == '{') return value.back() == '}' && value.find('}') == value.size() - 1 && value.size() > 3;
  return std::all_of(value.begin() + 1, value.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

class Reader {
 public:
  Reader(std::string_view bytes, Dialect dialect) : text_(bytes), dialect_(dialect) {
    doc_.dialect = dialect;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  DotenvDocument run() {
    std::size_t pos = 0;
    if (text_.substr(0, kBom.size()) == kBom) {
      doc_.byte_order_mark = true;
      issue(IssueCode::ByteOrderMark, Span{0, kBom.size()},
            "file starts with a UTF-8 byte order mark: a shell and docker compose read it as part of the first name");
      pos = kBom.size();
    }
    while (pos < text_.size()) pos = read_statement(pos);
    return std::move(doc_);
  }

 private:
  std::size_t line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin());
  }
  std::size_t line_end(std::size_t offset) const {
    const std::size_t nl = text_.find('\n', offset);
    return nl == std::string_view::npos ? text_.size() : nl;
  }
  // End of a line's content: before "\r\n" or "\n".
  std::size_t content_end(std::size_t offset) const {
    std::size_t end = line_end(offset);
    if (end > offset && text_[end - 1] == '\r') --end;
    return end;
  }
  std::size_t skip_blanks(std::size_t pos, std::size_t end) const {
    while (pos < end && is_blank(text_[pos])) ++pos;
    return pos;
  }
  void issue(IssueCode code, Span span, std::string message) {
    doc_.issues.push_back(Issue{code, line_of(span.begin), span, std::move(message)});
  }

  // Reads one statement starting at `pos`; returns the offset of the next line.
  std::size_t read_statement(std::size_t pos) {
    const std::size_t end = content_end(pos);
    const std::size_t next_line = std::min(line_end(pos) + 1, text_.size());
    std::size_t t = skip_blanks(pos, end);
    if (t >= end || text_[t] == '#') return next_line;

    Entry entry;
    if (text_.substr(t, 6) == "export" && t + 6 < end && is_blank(text_[t + 6])) {
      entry.exported = true;
      t = skip_blanks(t + 6, end);
    }
    const std::size_t name_begin = t;
    while (t < end && text_[t] != '=' && !is_blank(text_[t]) && text_[t] != '#') ++t;
    entry.name = std::string(text_.substr(name_begin, t - name_begin));
    entry.name_span = Span{name_begin, t};
    entry.line = line_of(name_begin);
    std::size_t s = skip_blanks(t, end);
    if (s >= end || text_[s] != '=' || entry.name.empty()) {
      if (dialect_ == Dialect::ShellScript) return next_line;  // a shell command, not an assignment
      issue(IssueCode::MissingEquals, Span{name_begin, end},
            "line has no `NAME=value`: dotenv (Node) and docker compose ignore it, python-dotenv reads a name with "
            "no value, a shell runs it as a command");
      return next_line;
    }
    entry.space_before_equals = s > t;
    if (dialect_ == Dialect::ShellScript && entry.space_before_equals) return next_line;  // `test = x` is a command
    std::size_t v = s + 1;
    entry.space_after_equals = v < end && is_blank(text_[v]);
    v = skip_blanks(v, end);
    if (!is_portable_name(entry.name)) {
      issue(IssueCode::InvalidName, entry.name_span,
            fmt::format("`{}` is not a valid variable name (letters, digits and `_`, not starting with a digit): a "
                        "shell rejects it and the SDKs never read it",
                        core::trim_ascii_whitespace(entry.name)));
    }
    if (entry.space_before_equals || entry.space_after_equals) {
      issue(IssueCode::SpacesAroundEquals, Span{t, v},
            "spaces around `=`: dotenv loaders accept them, but a shell (direnv, `set -a; . .env`, Makefile "
            "includes) runs the line as a command instead of setting the variable");
    }
    const std::size_t after = (v < end && (text_[v] == '"' || text_[v] == '\'' || text_[v] == '`'))
                                  ? read_quoted(entry, v, end)
                                  : read_unquoted(entry, v, end);
    entry.end_line = line_of(after > 0 ? after - 1 : 0);
    entry.only_reference = entry.quote != Quote::Single && is_only_reference(entry.value);
    doc_.entries.push_back(std::move(entry));
    return after;
  }

  std::size_t read_unquoted(Entry& entry, std::size_t v, std::size_t end) {
    const std::string_view rest = text_.substr(v, end - v);
    // python-dotenv, compose and a shell need whitespace before '#'; Node cuts at any '#'.
    std::size_t comment = std::string_view::npos;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '#' && i > 0 && is_blank(rest[i - 1])) { comment = i; break; }
    }
    const std::string_view value = core::trim_blanks(rest.substr(0, comment));
    entry.raw_value_span = Span{v, v + value.size()};
    entry.value_span = entry.raw_value_span;
    if (comment != std::string_view::npos) entry.inline_comment = Span{v + comment, end};
    entry.value = std::string(value);
    const std::size_t node_cut = rest.find('#');
    const std::string node(core::trim_blanks(rest.substr(0, node_cut)));
    entry.readings[static_cast<std::size_t>(Loader::Node)] = node;
    entry.readings[static_cast<std::size_t>(Loader::Python)] = entry.value;
    entry.readings[static_cast<std::size_t>(Loader::Compose)] = entry.value;
    // A shell stops the value at the first blank (the rest is a command) and reads
    // nothing at all when the name is followed by a blank.
    if (!entry.space_before_equals) {
      const std::string_view word = entry.space_after_equals ? std::string_view() : value.substr(0, value.find_first_of(" \t"));
      entry.readings[static_cast<std::size_t>(Loader::Shell)] = std::string(word);
    }
    return std::min(line_end(v) + 1, text_.size());
  }

  std::size_t read_quoted(Entry& entry, std::size_t v, std::size_t end) {
    const char q = text_[v];
    entry.quote = q == '"' ? Quote::Double : q == '\'' ? Quote::Single : Quote::Backtick;
    const std::size_t close = find_closing_quote(text_, v);
    if (close == std::string_view::npos) {
      entry.quote_terminated = false;
      issue(IssueCode::UnterminatedQuote, Span{v, end},
            fmt::format("the {} quote is never closed: dotenv (Node) keeps the quote character in the value, "
                        "python-dotenv and docker compose fail to parse the line, a shell reads to the end of file",
                        q == '"' ? "double" : q == '\'' ? "single" : "backtick"));
      const std::size_t next = read_unquoted(entry, v, end);
      entry.readings[static_cast<std::size_t>(Loader::Python)].reset();
      entry.readings[static_cast<std::size_t>(Loader::Compose)].reset();
      entry.readings[static_cast<std::size_t>(Loader::Shell)].reset();
      return next;
    }
    const std::string_view inner = text_.substr(v + 1, close - v - 1);
    entry.raw_value_span = Span{v, close + 1};
    entry.value_span = Span{v + 1, std::min(close, content_end(v))};  // first line of the value
    const std::size_t close_line_end = content_end(close);
    const std::size_t after_close = skip_blanks(close + 1, close_line_end);
    if (after_close < close_line_end && text_[after_close] == '#') entry.inline_comment = Span{after_close, close_line_end};
    if (line_of(close) > line_of(v) && looks_unintended(inner, after_close < close_line_end && text_[after_close] != '#')) {
      entry.quote_terminated = false;
      issue(IssueCode::UnterminatedQuote, Span{v, end},
            fmt::format("the {} quote opened here is never closed on its line: the loaders read on up to the next "
                        "quote, on line {}, swallowing the assignments in between",
                        q == '"' ? "double" : q == '\'' ? "single" : "backtick", line_of(close)));
    }

    auto set = [&](Loader loader, std::optional<std::string> value) {
      entry.readings[static_cast<std::size_t>(loader)] = std::move(value);
    };
    switch (entry.quote) {
      case Quote::Double:
        set(Loader::Node, node_double_quoted(inner));
        set(Loader::Python, decode_double_quoted(inner, true));
        set(Loader::Compose, decode_double_quoted(inner, true));
        if (!entry.space_before_equals && !entry.space_after_equals) set(Loader::Shell, decode_double_quoted(inner, false));
        break;
      case Quote::Single:
        set(Loader::Node, std::string(inner));
        set(Loader::Python, python_single_quoted(inner));
        set(Loader::Compose, std::string(inner));
        if (!entry.space_before_equals && !entry.space_after_equals) set(Loader::Shell, std::string(inner));
        break;
      case Quote::Backtick:
        // Only Node strips backticks; the others keep them, and a shell runs the command.
        set(Loader::Node, std::string(inner));
        set(Loader::Python, std::string(text_.substr(v, close + 1 - v)));
        set(Loader::Compose, std::string(text_.substr(v, close + 1 - v)));
        break;
      case Quote::None: break;
    }
    entry.value = entry.reading(Loader::Python).value_or(*entry.reading(Loader::Node));
    return std::min(line_end(close) + 1, text_.size());
  }

  std::string_view text_;
  Dialect dialect_;
  std::vector<std::size_t> line_starts_;
  DotenvDocument doc_;
};

}  // namespace

const char* loader_display_name(Loader loader) {
  switch (loader) {
    case Loader::Node: return "dotenv (Node)";
    case Loader::Python: return "python-dotenv";
    case Loader::Compose: return "docker compose";
    case Loader::Shell: return "a shell (direnv, `set -a; . .env`)";
  }
  return "?";
}

bool is_portable_name(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

DotenvDocument read_dotenv(std::string_view bytes, Dialect dialect) { return Reader(bytes, dialect).run(); }

}  // namespace credlint::dotenv
