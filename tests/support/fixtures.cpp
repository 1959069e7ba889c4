#include "support/fixtures.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "core/text.h"
#include "discover/classify.h"
#include "report/positions.h"
#include "rules/registry.h"

namespace credlint::testing {
namespace fs = std::filesystem;
namespace {

// ---- deterministic generator -------------------------------------------------------------

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) { hash ^= c; hash *= 0x100000001b3ULL; }
  return hash;
}

class Generator {
 public:
  explicit Generator(std::string_view seed) : state_(fnv1a(seed)) {}
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::string pick(std::string_view alphabet, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += alphabet[next() % alphabet.size()];
    return out;
  }

 private:
  std::uint64_t state_;
};

constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kTokenPrefix = "IQoJb3JpZ2luX2Vj";

struct Placeholder {
  std::string kind;    // akid, secret, token
  std::string prefix;  // akid prefix
  std::optional<std::size_t> length;
  bool lower = false;
};

Placeholder parse_spec(const std::string& spec) {
  Placeholder p;
  std::stringstream stream(spec.substr(0, spec.find('#')));
  std::string part;
  bool first = true;
  while (std::getline(stream, part, ':')) {
    if (first) { p.kind = part; first = false; continue; }
    if (part.rfind("len=", 0) == 0) p.length = std::stoul(part.substr(4));
    else if (part == "lower") p.lower = true;
    else p.prefix = part;
  }
  return p;
}

}  // namespace

std::string expand_placeholder(const std::string& spec, const std::string& seed) {
  // AWS's documented example key IDs, assembled here so that no file of the repository holds
  // one: `{{example:akid:aws}}` and `{{example:asia:aws}}` are as long as the values they
  // stand for, so caret lines under them keep their columns.
  if (spec == "example:akid:aws" || spec == "example:asia:aws") {
    return std::string(spec == "example:akid:aws" ? "AKIA" : "ASIA") + "IOSFODNN7" + "EXAMPLE";
  }
  const Placeholder p = parse_spec(spec);
  Generator gen(seed);
  if (p.kind == "akid") {
    const std::string prefix = p.prefix.empty() ? "AKIA" : p.prefix;
    const std::size_t length = p.length.value_or(20);
    std::string body = gen.pick(kBase32, length > prefix.size() ? length - prefix.size() : 0);
    if (p.lower) body = core::ascii_lower(body);
    return (prefix + body).substr(0, length);
  }
  if (p.kind == "secret") {
    const std::size_t length = p.length.value_or(40);
    std::string secret = gen.pick(kBase64, length);
    // Real secrets mix cases and digits; make sure the shape does too.
    if (length >= 3) { secret[0] = 'a' + static_cast<char>(gen.next() % 26); secret[1] = 'A' + static_cast<char>(gen.next() % 26); secret[2] = '0' + static_cast<char>(gen.next() % 10); }
    return secret;
  }
  if (p.kind == "token") {
    const std::size_t length = p.length.value_or(356);
    std::string token = std::string(kTokenPrefix) + gen.pick(kBase64, length > kTokenPrefix.size() ? length - kTokenPrefix.size() : 0);
    return token.substr(0, length);
  }
  throw std::runtime_error("unknown placeholder {{" + spec + "}}");
}

ExpandedText PlaceholderExpander::expand(std::string_view text, std::string_view text_key) {
  ExpandedText out;
  std::size_t position = 0;
  std::size_t occurrence = 0;
  while (true) {
    const std::size_t open = text.find("{{", position);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find("}}", open);
    if (close == std::string_view::npos) throw std::runtime_error(std::string(text_key) + ": unterminated {{ placeholder");
    std::string spec(text.substr(open + 2, close - open - 2));
    // Only credlint's own specs are placeholders: GitHub Actions `${{ secrets.X }}`, Helm
    // `{{ .Values.x }}` and CloudFormation `{{resolve:...}}` stay as written.
    if (!spec.starts_with("akid:") && !spec.starts_with("secret") && !spec.starts_with("token") &&
        !spec.starts_with("example:")) {
      out.text.append(text.substr(position, close + 2 - position));
      position = close + 2;
      continue;
    }
    out.text.append(text.substr(position, open - position));
    std::string value;
    try {
      if (spec.find('#') != std::string::npos) {
        auto [it, inserted] = labelled_.try_emplace(spec);
        if (inserted) it->second = expand_placeholder(spec, seed_base_ + "|" + spec);
        value = it->second;
      } else {
        value = expand_placeholder(spec, fmt::format("{}|{}|{}|{}", seed_base_, text_key, spec, occurrence++));
      }
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(std::string(text_key) + ": " + e.what());
    }
    out.placeholders.push_back(
        ExpandedPlaceholder{open, close + 2, out.text.size(), out.text.size() + value.size(), std::move(spec), value});
    out.text += value;
    position = close + 2;
  }
  out.text.append(text.substr(position));
  return out;
}

namespace {

// ---- one fixture file: expansion and markers ------------------------------------------------

struct Expectation {
  std::string rule;
  std::size_t line = 0;
  enum class Kind { Expect, Ok, Todo } kind = Kind::Expect;
  std::string message_part;
  std::optional<std::size_t> column, end_column;  // from a caret line
};

struct FixtureFile {
  std::string display_path;
  std::string original;
  std::string expanded;
  std::vector<ExpandedPlaceholder> expansions;
  std::vector<Expectation> expectations;
  core::FileKind kind = core::FileKind::Unknown;
  engine::Origin origin = engine::Origin::Explicit;
};

struct FrontMatter {
  std::optional<core::FileKind> kind;
  std::optional<engine::Origin> origin;
  std::map<std::string, std::string> env;
  std::optional<std::time_t> now;
};

bool is_comment_line(std::string_view line) {
  const std::string_view t = core::trim_ascii_whitespace(line);
  return !t.empty() && (t.front() == '#' || t.front() == ';' || t.substr(0, 2) == "//");
}

std::string_view comment_body(std::string_view line) {
  std::string_view t = core::trim_ascii_whitespace(line);
  if (t.substr(0, 2) == "//") return t.substr(2);
  return t.substr(1);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

std::time_t parse_iso8601(const std::string& text) {
  std::tm tm{};
  std::istringstream in(text);
  in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%S");
  if (in.fail()) throw std::runtime_error("bad now: " + text);
  return timegm(&tm);
}

void read_front_matter(std::string_view line, FrontMatter& fm) {
  const std::string body(core::trim_ascii_whitespace(comment_body(line)));
  if (body.rfind("credlint-fixture:", 0) == 0) {
    std::istringstream words(body.substr(17));
    std::string word;
    while (words >> word) {
      if (word == "kind=config") fm.kind = core::FileKind::Config;
      else if (word == "kind=credentials") fm.kind = core::FileKind::Credentials;
      else if (word == "origin=tree") fm.origin = engine::Origin::Tree;
      else if (word == "origin=explicit") fm.origin = engine::Origin::Explicit;
      else if (word == "origin=aws-home") fm.origin = engine::Origin::AwsHome;
      else throw std::runtime_error("unknown front matter: " + word);
    }
  } else if (body.rfind("env:", 0) == 0) {
    const std::string assignment(core::trim_ascii_whitespace(std::string_view(body).substr(4)));
    const std::size_t eq = assignment.find('=');
    if (eq == std::string::npos) throw std::runtime_error("bad env front matter: " + body);
    fm.env[assignment.substr(0, eq)] = assignment.substr(eq + 1);
  } else if (body.rfind("now:", 0) == 0) {
    fm.now = parse_iso8601(std::string(core::trim_ascii_whitespace(std::string_view(body).substr(4))));
  }
}

void read_markers(FixtureFile& file, FrontMatter& fm) {
  static const std::regex kMarker(R"(^\s*(expect|ok|todo):\s*(AWS\d{3})(?:\s+\"((?:[^\"\\]|\\.)*)\")?\s*$)");
  static const std::regex kMarkerStart(R"(^\s*(expect|ok|todo):.*)");
  static const std::regex kCaret(R"(^\s*\^+\s+(AWS\d{3})\s*$)");
  static const std::regex kArrow(R"(^\s*<-\s+(AWS\d{3})\s*$)");  // the span starts at column 1
  const auto lines = split_lines(file.original);
  std::vector<Expectation> pending;
  std::size_t last_code_line = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t number = i + 1;
    const std::string_view line = lines[i];
    if (is_comment_line(line)) {
      read_front_matter(line, fm);
      const std::string body(comment_body(line));
      std::smatch m;
      if (std::regex_match(body, m, kMarker)) {
        Expectation e;
        e.kind = m[1] == "expect" ? Expectation::Kind::Expect : m[1] == "ok" ? Expectation::Kind::Ok : Expectation::Kind::Todo;
        e.rule = m[2];
        e.message_part = std::regex_replace(m[3].str(), std::regex(R"(\\(.))"), "$1");  // \" -> "
        pending.push_back(e);
      } else if (std::regex_match(body, m, kMarkerStart)) {
        throw std::runtime_error(fmt::format("{}:{}: malformed marker: {}", file.display_path, number, body));
      } else if ((std::regex_match(body, m, kCaret) || std::regex_match(body, m, kArrow)) && last_code_line > 0) {
        const bool arrow = line.find("<-") != std::string_view::npos && line.find('^') == std::string_view::npos;
        const std::size_t column = arrow ? 1 : line.find('^') + 1;
        const std::size_t width = arrow ? 0 : line.find_last_of('^') + 2 - column;
        auto it = std::find_if(file.expectations.begin(), file.expectations.end(), [&](const Expectation& e) {
          return e.rule == m[1] && e.line == last_code_line && e.kind == Expectation::Kind::Expect && !e.column;
        });
        if (it == file.expectations.end()) {
          file.expectations.push_back(Expectation{m[1], last_code_line, Expectation::Kind::Expect, {}, {}, {}});
          it = file.expectations.end() - 1;
        }
        it->column = column;
        if (!arrow) it->end_column = column + width;
      }
      continue;
    }
    if (core::trim_ascii_whitespace(line).empty()) continue;
    last_code_line = number;
    for (Expectation& e : pending) {
      e.line = number;
      file.expectations.push_back(e);
    }
    pending.clear();
  }
  if (!pending.empty()) throw std::runtime_error(file.display_path + ": marker at end of file has no line to apply to");
}

void expand(FixtureFile& file, PlaceholderExpander& expander, std::vector<std::string>& secrets,
            std::vector<std::string>& key_ids) {
  ExpandedText expanded = expander.expand(file.original, file.display_path);
  for (const ExpandedPlaceholder& placeholder : expanded.placeholders) {
    (placeholder.spec.rfind("akid", 0) == 0 ? key_ids : secrets).push_back(placeholder.value);
  }
  file.expanded = std::move(expanded.text);
  file.expansions = std::move(expanded.placeholders);
}

std::size_t to_original(const FixtureFile& file, std::size_t offset) {
  long delta = 0;
  for (const ExpandedPlaceholder& e : file.expansions) {
    if (offset < e.expanded_begin) break;
    if (offset < e.expanded_end) return e.original_begin + std::min(offset - e.expanded_begin, e.original_end - e.original_begin);
    if (offset == e.expanded_end) return e.original_end;
    delta = static_cast<long>(e.original_end) - static_cast<long>(e.expanded_end);
  }
  return static_cast<std::size_t>(static_cast<long>(offset) + delta);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

core::FileKind kind_from_name(const fs::path& path) {
  if (path.extension() == ".config") return core::FileKind::Config;
  if (path.extension() == ".credentials") return core::FileKind::Credentials;
  return discover::classify_path(path);
}

}  // namespace

fs::path fixtures_root() { return fs::path(CREDLINT_SOURCE_DIR) / "fixtures" / "rules"; }

std::vector<FixtureCase> discover_fixture_cases() {
  std::vector<FixtureCase> cases;
  for (const auto& rule_dir : fs::directory_iterator(fixtures_root())) {
    if (!rule_dir.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(rule_dir.path())) {
      const std::string name = rule_dir.path().filename().string() + "/" + entry.path().filename().string();
      cases.push_back(FixtureCase{name, entry.path()});
    }
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

FixtureRun run_fixture(const FixtureCase& fixture) {
  FixtureRun run;
  std::vector<FixtureFile> files;
  FrontMatter fm;
  PlaceholderExpander expander(fixture.name);
  auto load = [&](const fs::path& path, const std::string& display) {
    FixtureFile file;
    file.display_path = display;
    file.original = read_file(path);
    FrontMatter own;
    read_markers(file, own);
    file.kind = own.kind.value_or(kind_from_name(path));
    fm.origin = own.origin ? own.origin : fm.origin;
    fm.env.insert(own.env.begin(), own.env.end());
    if (own.now) fm.now = own.now;
    expand(file, expander, run.generated_secrets, run.generated_key_ids);
    files.push_back(std::move(file));
  };
  if (fs::is_directory(fixture.path)) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(fixture.path)) {
      if (entry.is_regular_file()) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) load(path, fs::relative(path, fixture.path).generic_string());
  } else {
    load(fixture.path, fixture.name);
  }

  std::vector<engine::InputFile> inputs;
  for (FixtureFile& file : files) {
    file.origin = fm.origin.value_or(engine::Origin::Explicit);
    if (file.kind == core::FileKind::Unknown) continue;  // notes or other files in a scenario
    engine::InputFile input;
    input.display_path = file.display_path;
    input.bytes = file.expanded;
    input.kind = file.kind;
    input.origin = file.origin;
    input.home_key = fs::path(file.display_path).parent_path().generic_string();
    inputs.push_back(std::move(input));
  }
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  options.now = fm.now.value_or(parse_iso8601("2026-06-01T00:00:00"));
  for (const auto& [name, value] : fm.env) options.environment.variables[name] = value;
  run.result = engine::scan(std::move(inputs), {}, options);

  // Compare findings with expectations, per file, in original coordinates.
  std::vector<bool> used(run.result.findings.size(), false);
  for (const FixtureFile& file : files) {
    const core::SourceFile original(file.display_path, file.original);
    struct Actual { std::size_t index, line, column, end_column; };
    std::vector<Actual> actual;
    for (std::size_t i = 0; i < run.result.findings.size(); ++i) {
      const engine::Finding& f = run.result.findings[i];
      if (f.location.file->path() != file.display_path) continue;
      const core::Position start = original.position(to_original(file, f.location.span.begin));
      const report::Region region = report::region_of(
          original, core::Span{to_original(file, f.location.span.begin), to_original(file, f.location.span.end)});
      actual.push_back(Actual{i, start.line, region.start_column, region.end_column});
    }
    for (const Expectation& e : file.expectations) {
      const auto matches = [&](const Actual& a) {
        const engine::Finding& f = run.result.findings[a.index];
        return f.rule_id == e.rule && a.line == e.line;
      };
      if (e.kind != Expectation::Kind::Expect) {
        for (const Actual& a : actual) {
          if (matches(a)) {
            run.failures.push_back(fmt::format("{}:{}: {} fired on a line marked {}: {}", file.display_path, e.line,
                                               e.rule, e.kind == Expectation::Kind::Ok ? "ok" : "todo (promote it to expect)",
                                               aws::scrub_text(run.result.findings[a.index].message)));
          }
        }
        continue;
      }
      auto it = std::find_if(actual.begin(), actual.end(), [&](const Actual& a) {
        if (used[a.index] || !matches(a)) return false;
        const engine::Finding& f = run.result.findings[a.index];
        return f.message.find(e.message_part) != std::string::npos;
      });
      if (it == actual.end()) {
        run.failures.push_back(fmt::format("{}:{}: expected {}{} but it did not fire", file.display_path, e.line, e.rule,
                                           e.message_part.empty() ? "" : " with \"" + e.message_part + "\""));
        continue;
      }
      used[it->index] = true;
      if (e.column && (it->column != *e.column || (e.end_column && it->end_column != *e.end_column))) {
        run.failures.push_back(fmt::format("{}:{}: {} spans columns {}-{}, carets say {}-{}", file.display_path, e.line,
                                           e.rule, it->column, it->end_column, *e.column,
                                           e.end_column ? std::to_string(*e.end_column) : std::string("...")));
      }
    }
    for (const Actual& a : actual) {
      if (used[a.index]) continue;
      const engine::Finding& f = run.result.findings[a.index];
      bool marked_other = false;
      for (const Expectation& e : file.expectations) marked_other |= e.kind != Expectation::Kind::Expect && e.rule == f.rule_id && e.line == a.line;
      if (marked_other) continue;  // already reported above
      run.failures.push_back(fmt::format("{}:{}:{}: unexpected {}: {}", file.display_path, a.line, a.column, f.rule_id,
                                         aws::scrub_text(f.message)));
      used[a.index] = true;
    }
  }
  return run;
}

}  // namespace credlint::testing
