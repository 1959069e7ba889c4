// Query tests (STYLE.md §6): every language's facts.scm compiles against its pinned
// grammar, and the files under fixtures/grammars/<language>/ get the captures their caret
// comments name. A caret line is a comment whose text is carets and capture names:
//     region_name="us-east-1",
//   #              ^^^^^^^^^ fact.value
// puts a `fact.value` capture exactly under the carets of the line above (a single caret
// fixes the start column only); `!fact.value` says no such capture starts there. JSON
// has no comments: `<file>.captures` beside it lists `LINE:COL capture` (or `!capture`).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "core/text.h"
#include "parse/source/languages.h"
#include "parse/source/query.h"
#include "parse/source/source_facts.h"

namespace fs = std::filesystem;
using credlint::source::CaptureRecord;

namespace {

struct Expectation {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 0-based byte column
  std::size_t width = 0;   // carets; 1 = start only
  std::string capture;
  bool negated = false;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  std::string line;
  while (std::getline(stream, line)) lines.push_back(line);
  return lines;
}

// "  #   ^^^ fact.value !fact.name" -> the caret run and the names; nullopt for other lines.
bool parse_caret_line(const std::string& line, std::size_t& column, std::size_t& width,
                      std::vector<std::string>& names) {
  std::size_t at = line.find_first_not_of(" \t");
  if (at == std::string::npos) return false;
  for (std::string_view marker : {"//", "#", ";", "--"}) {
    if (std::string_view(line).substr(at).starts_with(marker)) {
      at += marker.size();
      const std::size_t caret = line.find_first_not_of(" \t", at);
      if (caret == std::string::npos || line[caret] != '^') return false;
      column = caret;
      width = line.find_first_not_of('^', caret) == std::string::npos ? line.size() - caret
                                                                        : line.find_first_not_of('^', caret) - caret;
      std::stringstream rest(line.substr(caret + width));
      std::string name;
      while (rest >> name) names.push_back(name);
      return !names.empty();
    }
  }
  return false;
}

std::vector<Expectation> caret_expectations(const std::vector<std::string>& lines) {
  std::vector<Expectation> out;
  std::size_t target = 0;  // the last line that is not a caret line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t column = 0, width = 0;
    std::vector<std::string> names;
    if (!parse_caret_line(lines[i], column, width, names)) {
      target = i + 1;
      continue;
    }
    for (const std::string& name : names) {
      const bool negated = name.starts_with("!");
      out.push_back({target, column, width, negated ? name.substr(1) : name, negated});
    }
  }
  return out;
}

std::vector<Expectation> sidecar_expectations(const fs::path& path) {
  std::vector<Expectation> out;
  for (const std::string& line : split_lines(read_all(path))) {
    std::size_t line_no = 0, column = 0;
    char name[128] = {};
    if (std::sscanf(line.c_str(), "%zu:%zu %127s", &line_no, &column, name) != 3) continue;
    std::string capture = name;
    const bool negated = capture.starts_with("!");
    out.push_back({line_no, column - 1, 1, negated ? capture.substr(1) : capture, negated});
  }
  return out;
}

std::vector<std::size_t> line_starts(const std::string& text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

}  // namespace

TEST_CASE("every language's facts.scm compiles against its pinned grammar", "[query]") {
  for (const auto& grammar : credlint::source::compiled_grammars()) {
    std::string error;
    auto query = credlint::source::FactQuery::compile(grammar.name, error);
    INFO(grammar.name << ": " << error);
    CHECK(query != nullptr);
    if (query) CHECK(query->pattern_count() > 0);
  }
}

TEST_CASE("a query with an unknown capture or predicate is refused with its line", "[query]") {
  std::string error;
  CHECK(credlint::source::FactQuery::compile_text("python", "(string) @fact.valu", error) == nullptr);
  CHECK(error.find("unknown capture @fact.valu") != std::string::npos);
  CHECK(credlint::source::FactQuery::compile_text("python", "\n((string) @fact.value (#lua-match? @fact.value \"x\"))",
                                                  error) == nullptr);
  CHECK(error.find(":2: unknown predicate #lua-match?") != std::string::npos);
  CHECK(credlint::source::FactQuery::compile_text("python", "((string) @fact.value (#match? @fact.value \"(\"))",
                                                  error) == nullptr);
  CHECK(error.find("does not compile") != std::string::npos);
  CHECK(credlint::source::FactQuery::compile_text("python", "(no_such_node) @fact.value", error) == nullptr);
  CHECK(error.find("node type") != std::string::npos);
  CHECK(credlint::source::FactQuery::compile_text("python", "((string) @_private @fact.value)", error) != nullptr);
}

TEST_CASE("predicates filter matches: eq, not-eq, any-of, match and their negations", "[query]") {
  const std::string code = "f(a='x')\ng(b='y')\nh(c='z')\n";
  // The keyword names of the calls whose callee passes `predicate`, in order.
  auto names = [&](const std::string& predicate) {
    std::string error;
    auto query = credlint::source::FactQuery::compile_text(
        "python",
        fmt::format("((call function: (identifier) @_f arguments: (argument_list (keyword_argument name: "
                    "(identifier) @fact.name))) {})",
                    predicate),
        error);
    REQUIRE(query != nullptr);
    std::string out;
    for (const auto& capture : credlint::source::list_captures("python", code, error, query.get())) {
      out += code.substr(capture.begin, capture.end - capture.begin);
    }
    return out;
  };
  CHECK(names("") == "abc");
  CHECK(names("(#eq? @_f \"f\")") == "a");
  CHECK(names("(#not-eq? @_f \"f\")") == "bc");
  CHECK(names("(#any-of? @_f \"f\" \"h\")") == "ac");
  CHECK(names("(#not-any-of? @_f \"f\" \"h\")") == "b");
  CHECK(names("(#match? @_f \"^[gh]$\")") == "bc");
  CHECK(names("(#not-match? @_f \"^[gh]$\")") == "a");
  CHECK(names("(#eq? @_f @fact.name)") == "");
  std::string error;
  CHECK(credlint::source::FactQuery::compile_text("python", "((identifier) @_f (#eq? @_f))", error) == nullptr);
  CHECK(credlint::source::FactQuery::compile_text("python", "((identifier) @_f (#match? @_f \"a\" \"b\"))", error) ==
        nullptr);
}

TEST_CASE("query fixtures: every capture named under a caret is there, every !capture is not", "[query]") {
  const fs::path root = fs::path(CREDLINT_SOURCE_DIR) / "fixtures" / "grammars";
  for (const auto& grammar : credlint::source::compiled_grammars()) {
    const fs::path dir = root / grammar.name;
    INFO("language " << grammar.name);
    REQUIRE(fs::is_directory(dir));
    std::size_t files = 0, checked = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".captures") continue;
      ++files;
      const std::string text = read_all(entry.path());
      const std::string language(credlint::source::language_for_path(entry.path().string()));
      DYNAMIC_SECTION(entry.path().filename().string()) {
        REQUIRE(language == grammar.name);
        std::vector<Expectation> expectations = caret_expectations(split_lines(text));
        fs::path sidecar = entry.path();
        sidecar += ".captures";
        if (fs::exists(sidecar)) {
          auto more = sidecar_expectations(sidecar);
          expectations.insert(expectations.end(), more.begin(), more.end());
        }
        REQUIRE_FALSE(expectations.empty());
        std::string error;
        const std::vector<CaptureRecord> captures = credlint::source::list_captures(language, text, error);
        REQUIRE(error.empty());
        const auto starts = line_starts(text);
        for (const Expectation& e : expectations) {
          REQUIRE(e.line >= 1);
          REQUIRE(e.line <= starts.size());
          const std::size_t begin = starts[e.line - 1] + e.column;
          const bool found = std::any_of(captures.begin(), captures.end(), [&](const CaptureRecord& c) {
            return c.name == e.capture && c.begin == begin && (e.width == 1 || c.end == begin + e.width);
          });
          INFO(fmt::format("{}:{}:{} {}{}", entry.path().filename().string(), e.line, e.column + 1,
                           e.negated ? "!" : "", e.capture));
          CHECK(found != e.negated);
          ++checked;
        }
      }
    }
    CHECK(files > 0);
  }
}
