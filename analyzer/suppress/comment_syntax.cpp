#include "suppress/comment_syntax.h"

#include <array>
#include <initializer_list>
#include <span>
#include <string>

#include "core/text.h"

namespace credlint::suppress {
namespace {

// INI-style files read by an INI parser: a comment is a whole line. botocore (configparser
// without inline comment prefixes) and Java .properties keep `value # text` as the value.
constexpr CommentSyntax kIni{.language = "ini", .hash = true, .semicolon = true, .trailing = false};
constexpr CommentSyntax kProperties{.language = "properties", .hash = true, .trailing = false};
// Dockerfile: only a line starting with `#` is a comment; `ENV A=b # c` keeps `# c`.
constexpr CommentSyntax kDockerfile{.language = "dockerfile", .hash = true, .trailing = false};
// .env: full-line `#`, and ` #` after a value (every loader needs the blank except Node).
constexpr CommentSyntax kDotenv{
    .language = "dotenv", .hash = true, .hash_after_blank = true, .backticks = true, .quotes_span_lines = true};
constexpr CommentSyntax kShell{
    .language = "shell", .hash = true, .hash_after_blank = true, .backticks = true, .quotes_span_lines = true};
constexpr CommentSyntax kYaml{
    .language = "yaml", .hash = true, .hash_after_blank = true, .quotes_span_lines = true, .quote_at_word_start = true};
constexpr CommentSyntax kToml{.language = "toml", .hash = true, .triple_quotes = true};
constexpr CommentSyntax kPython{.language = "python", .hash = true, .triple_quotes = true};
constexpr CommentSyntax kRuby{.language = "ruby", .hash = true, .quotes_span_lines = true};
constexpr CommentSyntax kPerlR{.language = "hash", .hash = true};
constexpr CommentSyntax kPowershell{.language = "powershell", .hash = true, .quotes_span_lines = true};
constexpr CommentSyntax kHcl{.language = "hcl", .hash = true, .double_slash = true, .block = true};
constexpr CommentSyntax kPhp{
    .language = "php", .hash = true, .double_slash = true, .block = true, .quotes_span_lines = true};
constexpr CommentSyntax kJavaScript{.language = "javascript", .double_slash = true, .block = true, .backticks = true};
constexpr CommentSyntax kGo{.language = "go", .double_slash = true, .block = true, .backticks = true};
constexpr CommentSyntax kRust{
    .language = "rust", .double_slash = true, .block = true, .single_quotes = false, .quotes_span_lines = true};
// Java, Kotlin, Scala, Swift, C#, C, C++, Dart, Groovy: `"""` text blocks / raw strings.
constexpr CommentSyntax kCLike{.language = "c-like", .double_slash = true, .block = true, .triple_quotes = true};
constexpr CommentSyntax kMarkup{.language = "markup", .html = true, .single_quotes = false};
constexpr CommentSyntax kNone{};

// One line per syntax: the lower-case extensions (without the dot) or whole file names.
struct Row {
  const CommentSyntax* syntax;
  std::initializer_list<std::string_view> keys;
};

const std::array kByExtension = {
    Row{&kPython, {"py", "pyi", "pyw"}},
    Row{&kRuby, {"rb", "rake", "gemspec"}},
    Row{&kPerlR, {"pl", "pm", "r", "cmake"}},
    Row{&kPowershell, {"ps1", "psm1"}},
    Row{&kShell, {"sh", "bash", "zsh", "ksh", "mk"}},
    Row{&kYaml, {"yml", "yaml"}},
    Row{&kToml, {"toml"}},
    Row{&kHcl, {"tf", "tfvars", "hcl"}},
    Row{&kPhp, {"php"}},
    Row{&kJavaScript, {"js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"}},
    Row{&kGo, {"go"}},
    Row{&kRust, {"rs"}},
    Row{&kCLike,
        {"java", "kt", "kts", "scala", "swift", "cs", "c", "h", "cc", "cpp", "hpp", "dart", "groovy", "gradle"}},
    Row{&kProperties, {"properties"}},
    Row{&kIni, {"ini", "cfg", "conf"}},
    Row{&kDockerfile, {"dockerfile"}},
    Row{&kMarkup, {"md", "markdown", "html", "htm", "xml"}},
    Row{&kNone, {"json", "txt"}},
};

const std::array kByName = {
    Row{&kDockerfile, {"dockerfile", "containerfile"}},
    Row{&kShell, {"makefile", "gnumakefile", "procfile"}},
    Row{&kRuby, {"gemfile", "rakefile", "vagrantfile"}},
    Row{&kCLike, {"jenkinsfile"}},
};

const CommentSyntax* find(std::span<const Row> rows, std::string_view key) {
  for (const Row& row : rows) {
    for (std::string_view candidate : row.keys) {
      if (candidate == key) return row.syntax;
    }
  }
  return nullptr;
}

}  // namespace

CommentSyntax comment_syntax_for(core::FileKind kind, std::string_view path) {
  if (kind == core::FileKind::Config || kind == core::FileKind::Credentials) return kIni;
  if (kind == core::FileKind::Dotenv) return kDotenv;
  const std::size_t slash = path.find_last_of('/');
  const std::string name = core::ascii_lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (const CommentSyntax* syntax = find(kByName, name)) return *syntax;
  // Dockerfile.prod, Containerfile.dev
  for (std::string_view prefix : {"dockerfile.", "containerfile."}) {
    if (name.rfind(prefix, 0) == 0) return kDockerfile;
  }
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return kNone;
  if (const CommentSyntax* syntax = find(kByExtension, std::string_view(name).substr(dot + 1))) return *syntax;
  return kNone;
}

}  // namespace credlint::suppress
