#include "parse/ini/profile_reader.h"

#include <optional>
#include <vector>

#include "core/text.h"

namespace credlint::ini {
namespace {

using core::Span;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_comment_char(char c) { return c == '#' || c == ';'; }

// One physical line of the file, without its terminator.
struct Line {
  std::size_t number = 0;
  std::size_t begin = 0;  // offset of the first byte
  std::string_view text;
};

std::vector<Line> split_lines(std::string_view bytes, std::size_t start) {
  std::vector<Line> lines;
  std::size_t number = 1;
  std::size_t begin = start;
  while (begin <= bytes.size()) {
    std::size_t end = bytes.find('\n', begin);
    const bool last = end == std::string_view::npos;
    if (last) end = bytes.size();
    std::string_view text = bytes.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (!(last && text.empty() && begin == bytes.size() && number > 1)) {
      lines.push_back(Line{number, begin, text});
    }
    if (last) break;
    begin = end + 1;
    ++number;
  }
  return lines;
}

// Span of `part`, a view into `line.text`.
Span span_of(const Line& line, std::string_view part) {
  const std::size_t offset = line.begin + static_cast<std::size_t>(part.data() - line.text.data());
  return Span{offset, offset + part.size()};
}

// SDK-std comment stripping: a value comment needs whitespace before it; a header
// comment may touch the closing bracket.
std::size_t find_inline_comment(std::string_view text, bool needs_whitespace) {
  bool previous_blank = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_comment_char(text[i]) && (previous_blank || !needs_whitespace)) return i;
    previous_blank = core::is_blank_char(text[i]);
  }
  return std::string_view::npos;
}

bool is_profile_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '/' || c == '.' || c == '%' || c == '@' || c == ':' || c == '+';
}

// `word` followed by at least one blank, then the rest (trimmed); nullopt otherwise.
std::optional<std::string_view> after_prefix(std::string_view text, std::string_view word) {
  if (text.substr(0, word.size()) != word || text.size() == word.size()) return std::nullopt;
  if (!core::is_blank_char(text[word.size()])) return std::nullopt;
  return core::trim_blanks(text.substr(word.size()));
}

// ---- How each SDK reads a header ------------------------------------------------------

HeaderReading standard_reading(std::string_view inner, ProfileFileKind kind) {
  const std::string_view content = core::trim_blanks(inner);
  auto named = [](SectionKind k, std::string_view name) {
    return is_valid_profile_name(name) ? HeaderReading{k, std::string(name)} : HeaderReading{};
  };
  if (kind == ProfileFileKind::Credentials) return named(SectionKind::Profile, content);
  if (content == "default") return HeaderReading{SectionKind::Profile, "default"};
  if (auto name = after_prefix(content, "profile")) return named(SectionKind::Profile, *name);
  if (auto name = after_prefix(content, "sso-session")) return named(SectionKind::SsoSession, *name);
  if (auto name = after_prefix(content, "services")) return named(SectionKind::Services, *name);
  return HeaderReading{};
}

// Python's shlex.split in POSIX mode, enough for section headers: blanks split words,
// quotes group and are removed, a backslash escapes outside single quotes.
std::optional<std::vector<std::string>> shell_split(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) { quote = 0; continue; }
      if (c == '\\' && quote == '"' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
        word += text[++i];
        continue;
      }
      word += c;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (in_word) { words.push_back(word); word.clear(); in_word = false; }
      continue;
    }
    in_word = true;
    if (c == '\'' || c == '"') { quote = c; continue; }
    if (c == '\\') {
      if (i + 1 >= text.size()) return std::nullopt;
      word += text[++i];
      continue;
    }
    word += c;
  }
  if (quote != 0) return std::nullopt;
  if (in_word) words.push_back(word);
  return words;
}

// configparser's SECTCRE `\[(?P<header>.+)\]` matched at the start of the stripped
// line: greedy, so the name runs to the LAST ']' and anything after it is ignored.
std::optional<std::string_view> configparser_section(std::string_view stripped_line) {
  const std::size_t close = stripped_line.rfind(']');
  if (stripped_line.empty() || stripped_line.front() != '[' || close == std::string_view::npos || close < 2) {
    return std::nullopt;
  }
  return stripped_line.substr(1, close - 1);
}

// configparser's default section: not a section at all, its keys are defaults for
// every other section of the file.
constexpr std::string_view kConfigparserDefaults = "DEFAULT";

// botocore: configparser takes the text between '[' and the last ']' of the stripped
// line, untrimmed; build_profile_map then keys off startswith("profile") and shlex.
HeaderReading botocore_reading(std::string_view stripped_line, ProfileFileKind kind) {
  const auto section = configparser_section(stripped_line);
  if (!section || *section == kConfigparserDefaults) return HeaderReading{};
  const std::string_view header = *section;
  if (kind == ProfileFileKind::Credentials) return HeaderReading{SectionKind::Profile, std::string(header)};
  auto second_word = [&](SectionKind k) {
    auto words = shell_split(header);
    if (!words || words->size() != 2) return HeaderReading{};
    return HeaderReading{k, (*words)[1]};
  };
  if (header.substr(0, 7) == "profile") return second_word(SectionKind::Profile);
  if (header.substr(0, 11) == "sso-session") return second_word(SectionKind::SsoSession);
  if (header.substr(0, 8) == "services") return second_word(SectionKind::Services);
  if (header == "default") return HeaderReading{SectionKind::Profile, "default"};
  return HeaderReading{};
}

// Go v2: the trimmed header; config sections need the "profile " prefix (the name is
// everything after the first run of blanks, quotes kept); credentials sections with it
// are dropped.
HeaderReading go_reading(std::string_view inner, ProfileFileKind kind) {
  const std::string_view content = core::trim_ascii_whitespace(inner);
  auto rest_after = [&](std::string_view word) -> std::optional<std::string_view> {
    return after_prefix(content, word);
  };
  if (kind == ProfileFileKind::Credentials) {
    if (rest_after("profile")) return HeaderReading{};
    return HeaderReading{SectionKind::Profile, std::string(content)};
  }
  if (content == "default") return HeaderReading{SectionKind::Profile, "default"};
  if (auto name = rest_after("profile")) return HeaderReading{SectionKind::Profile, std::string(*name)};
  if (auto name = rest_after("sso-session")) return HeaderReading{SectionKind::SsoSession, std::string(*name)};
  if (auto name = rest_after("services")) return HeaderReading{SectionKind::Services, std::string(*name)};
  return HeaderReading{};
}

// JS v3 (@smithy/shared-ini-file-loader): `prefix<one blank>['"]?name['"]?` with the
// SDK-std name charset; anything else keeps the raw text, which the config loader
// drops unless it is `default`. Credentials sections are used verbatim.
HeaderReading js_reading(std::string_view inner, ProfileFileKind kind) {
  std::optional<std::pair<std::string_view, std::string>> prefixed;
  const std::size_t blank = inner.find_first_of(" \t");
  if (blank != std::string_view::npos && blank > 0) {
    const std::string_view prefix = inner.substr(0, blank);
    std::string_view name = inner.substr(blank + 1);
    bool prefix_ok = true;
    for (char c : prefix) prefix_ok = prefix_ok && (is_profile_name_char(c) && c != '/' && c != '.' && c != '%' && c != '@' && c != ':' && c != '+');
    if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') && name.back() == name.front()) {
      name = name.substr(1, name.size() - 2);
    }
    bool name_ok = !name.empty();
    for (char c : name) name_ok = name_ok && is_profile_name_char(c);
    if (prefix_ok && name_ok) prefixed.emplace(prefix, std::string(name));
  }
  const bool known_prefix =
      prefixed && (prefixed->first == "profile" || prefixed->first == "sso-session" || prefixed->first == "services");
  // A header that matches `word name` with any other word leaves JS v3 with no current
  // section: its properties are dropped, in either file.
  if (prefixed && !known_prefix) return HeaderReading{};
  if (kind == ProfileFileKind::Credentials) {
    if (prefixed) return HeaderReading{SectionKind::Profile, std::string(prefixed->first) + "." + prefixed->second};
    return HeaderReading{SectionKind::Profile, std::string(inner)};
  }
  if (prefixed) {
    if (prefixed->first == "profile") return HeaderReading{SectionKind::Profile, prefixed->second};
    if (prefixed->first == "sso-session") return HeaderReading{SectionKind::SsoSession, prefixed->second};
    return HeaderReading{SectionKind::Services, prefixed->second};
  }
  if (inner == "default") return HeaderReading{SectionKind::Profile, "default"};
  return HeaderReading{};
}

// JS v3 strips `(^|\s)[;#].*` before looking at a line; a header is then recognised only
// when the rest still starts with '[' and ends with ']'.
bool js_sees_header(std::string_view line) {
  std::size_t cut = line.size();
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (is_comment_char(line[i]) && (i == 0 || core::is_blank_char(line[i - 1]))) { cut = i; break; }
  }
  const std::string_view kept = core::trim_ascii_whitespace(line.substr(0, cut));
  return kept.size() >= 2 && kept.front() == '[' && kept.back() == ']';
}

// ---- The reader -------------------------------------------------------------------------

class Reader {
 public:
  Reader(std::string_view bytes, ProfileFileKind kind) : bytes_(bytes) { doc_.kind = kind; }

  ProfileDocument run() {
    std::size_t start = 0;
    if (bytes_.substr(0, kBom.size()) == kBom) {
      doc_.byte_order_mark = true;
      start = kBom.size();
      // botocore: configparser sees "\ufeff[default]" and raises MissingSectionHeaderError.
      add(DiagnosticCode::ByteOrderMark, 1, Span{0, kBom.size()},
          "File starts with a UTF-8 byte order mark", /*fatal=*/false);
    }
    for (const Line& line : split_lines(bytes_, start)) {
      check_encoding(line);
      read_line(line);
    }
    return std::move(doc_);
  }

 private:
  void add(DiagnosticCode code, std::size_t line, Span span, std::string message, bool fatal = true) {
    doc_.diagnostics.push_back(Diagnostic{code, line, span, std::move(message), fatal});
  }

  // Python decodes the whole file before configparser sees it, so one bad byte makes
  // botocore refuse the file; the other SDKs read bytes. One diagnostic per line.
  void check_encoding(const Line& line) {
    const std::size_t bad = core::find_invalid_utf8(line.text);
    if (bad == std::string_view::npos) return;
    add(DiagnosticCode::InvalidUtf8, line.number, Span{line.begin + bad, line.begin + bad + 1},
        "Line is not valid UTF-8", /*fatal=*/false);
  }

  void read_line(const Line& line) {
    const std::string_view trimmed = core::trim_blanks(line.text);
    if (trimmed.empty()) return;                   // blank: keeps the continuation state
    if (is_comment_char(trimmed.front())) return;  // full-line comment
    if (line.text.front() == '[') {
      read_header(line);
    } else if (core::is_blank_char(line.text.front())) {
      read_continuation(line, trimmed);
    } else {
      read_property(line);
    }
  }

  void read_header(const Line& line) {
    current_property_ = nullptr;
    Section section;
    section.line = line.number;
    std::string_view text = core::trim_blanks(line.text);
    const std::size_t comment = find_inline_comment(text, /*needs_whitespace=*/false);
    std::string_view header = core::trim_blanks(text.substr(0, comment));
    // Views into the line (spans are computed from them), never into section.inner.
    std::string_view inner_in_line;
    if (header.size() < 2 || header.back() != ']') {
      add(DiagnosticCode::UnterminatedHeader, line.number, span_of(line, text),
          "Profile definition must end with ']'");
      inner_in_line = header.substr(1);  // keep the text after '[' as the section name
      section.header_span = span_of(line, header);
      section.name_span = span_of(line, inner_in_line);
    } else {
      inner_in_line = header.substr(1, header.size() - 2);
      section.header_span = span_of(line, header);
      const std::string_view content = core::trim_blanks(inner_in_line);
      section.name_span = span_of(line, content.empty() ? inner_in_line : content);
    }
    section.inner = std::string(inner_in_line);
    const std::string_view inner = inner_in_line;
    const bool terminated = header.size() >= 2 && header.back() == ']';
    const std::string_view stripped_line = core::trim_ascii_whitespace(line.text);
    if (const auto configparser_name = configparser_section(stripped_line)) {
      section.botocore_section = std::string(*configparser_name);
    }
    section.js_header_seen = js_sees_header(line.text);
    if (terminated) {
      section.readings[0] = standard_reading(inner, doc_.kind);
      section.readings[1] = botocore_reading(stripped_line, doc_.kind);
      section.readings[2] = go_reading(inner, doc_.kind);
      section.readings[3] = section.js_header_seen ? js_reading(inner, doc_.kind) : HeaderReading{};
    }
    const HeaderReading& standard = section.readings[0];
    section.kind = standard.kind;
    section.name = standard.name;
    const std::string_view content = core::trim_blanks(inner);
    if (doc_.kind == ProfileFileKind::Config) {
      section.bare_default = content == "default";
      for (auto word : {"profile", "sso-session", "services"}) {
        if (auto name = after_prefix(content, word)) {
          section.name_valid = is_valid_profile_name(*name);
          section.name_span = span_of(line, *name);
        }
      }
    } else {
      section.name_valid = is_valid_profile_name(content);
    }
    doc_.sections.push_back(std::move(section));
  }

  Section& current_section() {
    if (doc_.sections.empty()) {
      Section implicit;
      implicit.has_header = false;
      doc_.sections.push_back(std::move(implicit));
    }
    return doc_.sections.back();
  }

  void read_property(const Line& line) {
    const bool outside = doc_.sections.empty() || !doc_.sections.back().has_header;
    const std::string_view text = line.text;
    const std::size_t comment = find_inline_comment(text, /*needs_whitespace=*/true);
    const std::string_view uncommented = text.substr(0, comment);
    const std::size_t equals = uncommented.find('=');
    const std::size_t colon = text.find(':');
    Property property;
    property.line = line.number;
    if (outside) {
      add(DiagnosticCode::PropertyOutsideSection, line.number, span_of(line, core::trim_blanks(text)),
          "Expected a profile definition");
    }
    // botocore and Go v2 also accept ':' when it comes before any '='.
    const bool colon_first = colon != std::string_view::npos && (equals == std::string_view::npos || colon < equals);
    if (equals == std::string_view::npos && !colon_first) {
      add(DiagnosticCode::MissingEquals, line.number, span_of(line, core::trim_blanks(text)),
          "Expected an '=' sign defining a property");
      current_property_ = nullptr;
      return;
    }
    const std::size_t delimiter = colon_first ? colon : equals;
    property.delimiter = text[delimiter];
    if (colon_first) {
      add(DiagnosticCode::ColonDelimiter, line.number, Span{line.begin + delimiter, line.begin + delimiter + 1},
          "Expected an '=' sign defining a property");
    }
    const std::string_view name = core::trim_blanks(text.substr(0, delimiter));
    if (name.empty()) {
      add(DiagnosticCode::EmptyPropertyName, line.number, span_of(line, core::trim_blanks(text)),
          "Property did not have a name");
      current_property_ = nullptr;
      return;
    }
    property.name = std::string(name);
    property.key = core::ascii_lower(name);
    property.name_valid = is_valid_property_name(name);
    property.name_span = span_of(line, name);
    const std::string_view raw_value = text.substr(delimiter + 1);
    property.raw_value_span = span_of(line, raw_value);
    const std::size_t value_comment = find_inline_comment(raw_value, /*needs_whitespace=*/true);
    const std::string_view value = core::trim_blanks(raw_value.substr(0, value_comment));
    // A value starting with '#' after blanks is a comment to SDK-std (the blank counts).
    property.value_span = value.empty() ? Span{property.raw_value_span.begin, property.raw_value_span.begin}
                                        : span_of(line, value);
    if (value_comment != std::string_view::npos) {
      property.inline_comment = span_of(line, core::trim_blanks(raw_value.substr(value_comment)));
    }
    property.value = std::string(value);
    property.botocore_value = std::string(core::trim_ascii_whitespace(raw_value));
    property.opens_sub_properties = value.empty();
    Section& section = current_section();
    section.properties.push_back(std::move(property));
    current_property_ = &section.properties.back();
  }

  void read_continuation(const Line& line, std::string_view trimmed) {
    if (doc_.sections.empty() || !doc_.sections.back().has_header) {
      add(DiagnosticCode::PropertyOutsideSection, line.number, span_of(line, trimmed),
          "Expected a profile definition");
      return;
    }
    if (current_property_ == nullptr) {
      add(DiagnosticCode::ContinuationWithoutProperty, line.number, span_of(line, trimmed),
          "Expected a property definition, found continuation");
      return;
    }
    Property& property = *current_property_;
    property.continuations.push_back(span_of(line, trimmed));
    property.value += '\n';
    property.value += trimmed;
    property.botocore_value += '\n';
    property.botocore_value += trimmed;
    if (!property.opens_sub_properties) return;
    const std::size_t equals = trimmed.find('=');
    if (equals == std::string_view::npos) {
      add(DiagnosticCode::SubPropertyMissingEquals, line.number, span_of(line, trimmed),
          "Expected an '=' sign defining a sub-property");
      return;
    }
    const std::string_view name = core::trim_blanks(trimmed.substr(0, equals));
    if (name.empty()) {
      add(DiagnosticCode::EmptySubPropertyName, line.number, span_of(line, trimmed),
          "Sub-property did not have a name");
      return;
    }
    const std::string_view value = core::trim_blanks(trimmed.substr(equals + 1));
    SubProperty sub;
    sub.line = line.number;
    sub.key = core::ascii_lower(name);
    sub.value = std::string(value);
    sub.name_span = span_of(line, name);
    sub.value_span = value.empty() ? Span{sub.name_span.end, sub.name_span.end} : span_of(line, value);
    property.sub_properties.push_back(std::move(sub));
  }

  std::string_view bytes_;
  ProfileDocument doc_;
  Property* current_property_ = nullptr;
};

}  // namespace

const char* sdk_display_name(Sdk sdk) {
  switch (sdk) {
    case Sdk::Standard: return "the standard SDK parser (Java v2, Rust, Kotlin)";
    case Sdk::Botocore: return "botocore (AWS CLI, boto3)";
    case Sdk::GoV2: return "Go v2";
    case Sdk::JsV3: return "JS v3";
  }
  return "?";
}

bool is_valid_profile_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!is_profile_name_char(c)) return false;
  }
  return true;
}

bool is_valid_property_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool ProfileDocument::parsed_by_standard_sdks() const {
  for (const Diagnostic& d : diagnostics) {
    if (d.fatal) return false;
  }
  return true;
}

ProfileDocument read_profile_file(std::string_view bytes, ProfileFileKind kind) {
  return Reader(bytes, kind).run();
}

}  // namespace credlint::ini
