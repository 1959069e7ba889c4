// AWS407 config-syntax-error: lines the SDK parsers reject or skip, and section headers,
// property names and continuation lines that the SDKs read differently.
#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "aws/properties.h"
#include "core/text.h"
#include "parse/ini/profile_facts.h"
#include "rules/support/rule_support.h"
#include "rules/support/section_headers.h"

namespace credlint::rules {
namespace {

using ini::Diagnostic;
using ini::DiagnosticCode;
using ini::HeaderReading;
using ini::ProfileDocument;
using ini::ProfileFileKind;
using ini::Sdk;
using ini::Section;
using ini::SectionKind;

std::string_view sdk_label(Sdk sdk) {
  return sdk == Sdk::Standard ? kStandardParser : std::string_view(ini::sdk_display_name(sdk));
}

// Headers whose problem is another rule's: a config section without a known prefix
// (AWS401) and a credentials section with `profile ` (AWS402).
bool owned_by_prefix_rules(const Section& section, ProfileFileKind kind) {
  const std::string_view content = core::trim_blanks(section.inner);
  if (kind == ProfileFileKind::Config) return content != "default" && !section_prefix(content);
  return after_prefix(content, "profile").has_value();
}

// ---- Where JS v3 puts the properties under a header it does not see ----------------------

// JS v3 keeps adding properties to the last header it recognised (`currentSection`),
// dropping them when that header left it without a section.
std::string js_destination(const ProfileDocument& doc, std::size_t index) {
  for (std::size_t j = index; j-- > 0;) {
    const Section& previous = doc.sections[j];
    if (!previous.has_header || !previous.js_header_seen) continue;
    if (previous.reading(Sdk::JsV3).kind == SectionKind::Ignored) return "drops the properties below it";
    return fmt::format("adds the properties below it to [{}] (line {})", aws::scrub_text(previous.inner),
                       previous.line);
  }
  return "drops the properties below it";
}

std::optional<std::size_t> section_on_line(const ProfileDocument& doc, std::size_t line) {
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    if (doc.sections[i].has_header && doc.sections[i].line == line) return i;
  }
  return std::nullopt;
}

// ---- Parser diagnostics --------------------------------------------------------------------

std::string diagnostic_message(const Diagnostic& d, const ProfileDocument& doc, std::string_view line_text) {
  switch (d.code) {
    case DiagnosticCode::ByteOrderMark:
      return "file starts with a UTF-8 byte order mark: botocore (AWS CLI, boto3) refuses the whole file "
             "(MissingSectionHeaderError, \"Unable to parse config file\") and Go v2 does not recognise the first "
             "section header; only JS v3 strips the mark";
    case DiagnosticCode::UnterminatedHeader: {
      const auto index = section_on_line(doc, d.line);
      return fmt::format(
          "section header has no closing ']': {} rejects the whole file (\"{}\"), so does {} (\"Unable to parse "
          "config file\"); JS v3 {}",
          kStandardParser, d.message, kBotocore, index ? js_destination(doc, *index) : "ignores the line");
    }
    case DiagnosticCode::PropertyOutsideSection:
      return fmt::format(
          "property before the first section header: {} rejects the whole file (\"{}\"), {} too "
          "(MissingSectionHeaderError); Go v2 and JS v3 ignore the line",
          kStandardParser, d.message, kBotocore);
    case DiagnosticCode::MissingEquals:
      return fmt::format(
          "line is neither a section header nor `name = value`: {} rejects the whole file (\"{}\"), {} too "
          "(\"Unable to parse config file\"); JS v3 ignores the line, Go v2 ignores it or (older releases) "
          "refuses the file",
          kStandardParser, d.message, kBotocore);
    case DiagnosticCode::ColonDelimiter:
      return fmt::format(
          "property uses ':' instead of '=': {} and Go v2 accept it, but {} rejects the whole file (\"{}\") and "
          "JS v3 ignores the property",
          kBotocore, kStandardParser, d.message);
    case DiagnosticCode::EmptyPropertyName:
      return fmt::format(
          "property has no name: {} and {} reject the whole file (\"{}\"); Go v2 and JS v3 ignore the line",
          kStandardParser, kBotocore, d.message);
    case DiagnosticCode::ContinuationWithoutProperty: {
      // configparser starts a new option at an indented line when no option precedes it,
      // and JS v3 does not look at indentation at all.
      const std::size_t equals = line_text.find('=');
      const bool assignment =
          equals != std::string_view::npos && !core::trim_blanks(line_text.substr(0, equals)).empty();
      return fmt::format(
          "indented line before any property of its section: {} rejects the whole file (\"{}\"); Go v2 ignores "
          "it; {}",
          kStandardParser, d.message,
          assignment ? "botocore (AWS CLI, boto3) and JS v3 read it as a property of the section"
                     : "botocore (AWS CLI, boto3) refuses the file (\"Unable to parse config file\") and JS v3 "
                       "ignores it");
    }
    case DiagnosticCode::SubPropertyMissingEquals:
      return fmt::format(
          "indented line under an empty property is not `name = value`: {} rejects the whole file (\"{}\"), "
          "{} too (\"Unable to parse config file\"); Go v2 and JS v3 ignore it",
          kStandardParser, d.message, kBotocore);
    case DiagnosticCode::EmptySubPropertyName:
      return fmt::format(
          "sub-property has no name: {} rejects the whole file (\"{}\"); botocore, Go v2 and JS v3 read or skip "
          "it without complaint",
          kStandardParser, d.message);
    case DiagnosticCode::InvalidUtf8:
      break;
  }
  return d.message;
}

std::string_view diagnostic_identity(DiagnosticCode code) {
  switch (code) {
    case DiagnosticCode::ByteOrderMark:
      return "byte-order-mark";
    case DiagnosticCode::UnterminatedHeader:
      return "unterminated-header";
    case DiagnosticCode::PropertyOutsideSection:
      return "property-outside-section";
    case DiagnosticCode::MissingEquals:
      return "missing-equals";
    case DiagnosticCode::ColonDelimiter:
      return "colon-delimiter";
    case DiagnosticCode::EmptyPropertyName:
      return "empty-property-name";
    case DiagnosticCode::ContinuationWithoutProperty:
      return "continuation-without-property";
    case DiagnosticCode::SubPropertyMissingEquals:
      return "sub-property-missing-equals";
    case DiagnosticCode::EmptySubPropertyName:
      return "empty-sub-property-name";
    case DiagnosticCode::InvalidUtf8:
      return "invalid-utf8";
  }
  return "syntax";
}

// The section a line belongs to, for identities that survive lines moving.
std::string_view section_label(const ProfileDocument& doc, std::size_t line) {
  std::string_view label = "(before the first section)";
  for (const Section& section : doc.sections) {
    if (section.has_header && section.line <= line) label = section.inner;
  }
  return label;
}

void report_diagnostics(const AnalyzedFile& file, std::set<std::size_t>& reported_lines, FindingSink& out) {
  const ProfileDocument& doc = *file.profile;
  const Diagnostic* first_invalid_utf8 = nullptr;
  std::size_t invalid_utf8_lines = 0;
  for (const Diagnostic& d : doc.diagnostics) {
    if (d.code == DiagnosticCode::InvalidUtf8) {
      if (first_invalid_utf8 == nullptr) first_invalid_utf8 = &d;
      ++invalid_utf8_lines;
      continue;
    }
    // One finding per line: a stray line before any section is both outside a section
    // and without '='; the first diagnostic says the most.
    if (!reported_lines.insert(d.line).second) continue;
    out.report(*file.source, d.span, diagnostic_message(d, doc, file.source->line_text(d.line)),
               fmt::format("[{}]/{}", section_label(doc, d.line), diagnostic_identity(d.code)));
  }
  if (first_invalid_utf8 != nullptr) {
    const auto byte = static_cast<unsigned char>(file.source->bytes()[first_invalid_utf8->span.begin]);
    out.report(*file.source, first_invalid_utf8->span,
               fmt::format("byte 0x{:02X} on line {} is not valid UTF-8{}: botocore (AWS CLI, boto3) cannot decode "
                           "the file and refuses all of it (\"Unable to parse config file\"); save the file as UTF-8",
                           byte, first_invalid_utf8->line,
                           invalid_utf8_lines > 1 ? fmt::format(" ({} lines have such bytes)", invalid_utf8_lines)
                                                  : std::string()),
               "invalid-utf8");
  }
}

// ---- Section headers the SDKs read differently ------------------------------------------

std::string quoted_name(std::string_view name) {
  const std::string shown = aws::scrub_text(name);
  return name.find('"') == std::string_view::npos ? fmt::format("\"{}\"", shown) : fmt::format("`{}`", shown);
}

std::string describe_reading(const HeaderReading& reading) {
  switch (reading.kind) {
    case SectionKind::Profile:
      return "read profile " + quoted_name(reading.name);
    case SectionKind::SsoSession:
      return "read sso-session " + quoted_name(reading.name);
    case SectionKind::Services:
      return "read services " + quoted_name(reading.name);
    case SectionKind::Ignored:
      return "ignore the section";
  }
  return "ignore the section";
}

// "the standard parser (...) and Go v2 read profile "dev"; botocore (...) ignore the section"
// `skipped`: SDKs whose reading the message explains separately.
std::string describe_readings(const Section& section, const std::vector<Sdk>& skipped) {
  std::vector<std::pair<HeaderReading, std::vector<Sdk>>> groups;
  for (Sdk sdk : ini::kAllSdks) {
    if (std::find(skipped.begin(), skipped.end(), sdk) != skipped.end()) continue;
    const HeaderReading& reading = section.reading(sdk);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == reading; });
    if (it == groups.end()) {
      groups.push_back({reading, {sdk}});
    } else {
      it->second.push_back(sdk);
    }
  }
  std::string out;
  for (const auto& [reading, sdks] : groups) {
    if (!out.empty()) out += "; ";
    out += join_list_of(sdks, sdk_label);
    std::string verb = describe_reading(reading);
    if (sdks.size() == 1) verb = verb == "ignore the section" ? "ignores the section" : "reads" + verb.substr(4);
    out += " " + verb;
  }
  return out;
}

bool readings_differ(const Section& section) {
  for (Sdk sdk : ini::kAllSdks) {
    if (!(section.reading(sdk) == section.reading(Sdk::Standard))) return true;
  }
  return false;
}

bool is_configparser_defaults(const Section& section) { return section.botocore_section == "DEFAULT"; }

// Why the readings differ, in the words of the header itself.
std::string header_cause(const Section& section, ProfileFileKind kind) {
  const std::string_view inner = section.inner;
  const std::string_view content = core::trim_blanks(inner);
  if (is_configparser_defaults(section)) {
    return "botocore (AWS CLI, boto3) reads no profile DEFAULT: configparser treats [DEFAULT] as default values "
           "for every other section and adds these properties to every profile of the file";
  }
  if (!section.js_header_seen) return "a comment touches the closing ']'";
  if (content.size() != inner.size()) return "there are blanks inside the brackets";
  if (const auto prefix = section_prefix(content)) {
    if (kind == ProfileFileKind::Credentials) {
      return fmt::format("[{} ...] sections are only read from the config file", *prefix);
    }
    const std::string_view gap = content.substr(prefix->size());
    if (gap.size() > 1 && core::is_blank_char(gap[1])) {
      return fmt::format("there is more than one blank between `{}` and the name", *prefix);
    }
    const std::string_view name = core::trim_blanks(gap);
    if (!name.empty() && (name.front() == '"' || name.front() == '\'')) return "the name is in quotes";
  } else if (!content.empty() && (content.front() == '"' || content.front() == '\'')) {
    return "the name is in quotes";
  }
  if (!section.name_valid) {
    return "the name has characters the standard parser does not accept (only letters, digits and - _ / . % @ : "
           "+)";
  }
  return "";
}

void report_headers(const AnalyzedFile& file, const std::set<std::size_t>& reported_lines, FindingSink& out) {
  const ProfileDocument& doc = *file.profile;
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& section = doc.sections[i];
    if (!section.has_header || reported_lines.count(section.line) > 0) continue;
    if (owned_by_prefix_rules(section, doc.kind)) continue;
    if (!readings_differ(section)) continue;
    const std::string cause = header_cause(section, doc.kind);
    std::vector<Sdk> skipped;  // explained by the cause or the sentence about JS v3
    if (is_configparser_defaults(section)) skipped.push_back(Sdk::Botocore);
    if (!section.js_header_seen) skipped.push_back(Sdk::JsV3);
    std::string message = fmt::format("SDKs read section header [{}] differently: {}{}", aws::scrub_text(section.inner),
                                      cause.empty() ? "" : cause + "; ", describe_readings(section, skipped));
    if (!section.js_header_seen) {
      message += fmt::format("; JS v3 does not see the header at all and {}", js_destination(doc, i));
    }
    out.report(*file.source, section.header_span, std::move(message), identity(section, "header"));
  }
}

// ---- Property names and continuation lines --------------------------------------------------

struct Invisible {
  std::string_view what;
  bool trimmed_by_others;  // botocore, Go v2 and JS v3 trim it from the ends of a name
};

// Characters that make a name look right and read wrong (aws-semantics.md §1.4: the
// standard parser accepts only letters, digits, '-' and '_').
std::optional<Invisible> invisible_character(std::string_view name) {
  for (std::size_t i = 0; i + 1 < name.size(); ++i) {
    const auto c0 = static_cast<unsigned char>(name[i]);
    const auto c1 = static_cast<unsigned char>(name[i + 1]);
    if (c0 == 0xC2 && c1 == 0xA0) return Invisible{"a no-break space (U+00A0)", true};
    if (i + 2 < name.size()) {
      const auto c2 = static_cast<unsigned char>(name[i + 2]);
      if (c0 == 0xE2 && c1 == 0x80 && c2 >= 0x8B && c2 <= 0x8D) return Invisible{"a zero-width character", false};
      if (c0 == 0xEF && c1 == 0xBB && c2 == 0xBF) return Invisible{"a byte order mark (U+FEFF)", false};
    }
  }
  return std::nullopt;
}

// Python's str.strip, Go's strings.TrimSpace and JavaScript's trim all remove U+00A0.
std::string_view without_edge_nbsp(std::string_view name) {
  constexpr std::string_view kNbsp = "\xC2\xA0";
  while (name.substr(0, 2) == kNbsp) name.remove_prefix(2);
  while (name.size() >= 2 && name.substr(name.size() - 2) == kNbsp) name.remove_suffix(2);
  return name;
}

void report_property_name(const AnalyzedFile& file, const Section& section, const ini::Property& property,
                          FindingSink& out) {
  if (property.name_valid) return;
  // Only names that are an SDK setting once cleaned up: dotted names of tools
  // (`google_config.role_arn`) are nobody's credentials.
  const std::string cleaned = core::ascii_lower(ini::intended_value(property.name));
  if (cleaned == property.key || !aws::is_sdk_property(cleaned)) return;
  std::string message;
  if (const auto invisible = invisible_character(property.name)) {
    message = fmt::format(
        "property name `{}` contains {}: {} ignores the property; {}", cleaned, invisible->what, kStandardParser,
        invisible->trimmed_by_others && core::ascii_lower(without_edge_nbsp(property.name)) == cleaned
            ? fmt::format("botocore (AWS CLI, boto3), Go v2 and JS v3 trim it and read `{}`", cleaned)
            : fmt::format("botocore (AWS CLI, boto3), Go v2 and JS v3 keep it in the name, so no SDK reads `{}`",
                          cleaned));
  } else {
    message = fmt::format(
        "property name `{}` is written with quotes or other characters around it: {} ignores the property and "
        "botocore (AWS CLI, boto3), Go v2 and JS v3 read a property with the characters kept, so no SDK reads `{}`",
        aws::scrub_text(property.name), kStandardParser, cleaned);
  }
  out.report(*file.source, property.name_span, std::move(message), identity(section, cleaned));
}

void report_continuation(const AnalyzedFile& file, const Section& section, const ini::Property& property,
                         FindingSink& out) {
  if (property.continuations.empty() || property.opens_sub_properties) return;
  // A setting no SDK uses (a tool's `description`) is read differently to no effect.
  if (!aws::is_sdk_property(property.key)) return;
  const core::Span first = property.continuations.front();
  const std::string_view text = file.source->slice(first);
  const std::size_t equals = text.find('=');
  const bool assignment = equals != std::string_view::npos && equals > 0;
  const std::string name = aws::scrub_text(property.name);
  // The text before '=' is named only when it is a setting: a wrapped token ending in
  // '=' padding must not reach the message.
  const std::string assigned = core::ascii_lower(core::trim_blanks(text.substr(0, assignment ? equals : 0)));
  const std::string js_property = aws::is_known_property(assigned) ? fmt::format(" `{}`", assigned) : "";
  std::string others =
      assignment ? fmt::format(
                       "Go v2 drops the line (it holds '='), and JS v3 reads it as a separate property{} and keeps "
                       "only the first line as the value",
                       js_property)
                 : fmt::format("Go v2 appends {} too, but JS v3 ignores indented lines and reads only the first line",
                               property.continuations.size() > 1 ? "them" : "it");
  const std::size_t count = property.continuations.size();
  out.report(*file.source, first,
             fmt::format("the value of `{}` continues on {}: {} and {} append {} to the value with a line break; {}",
                         name, count > 1 ? fmt::format("{} indented lines", count) : std::string("an indented line"),
                         kStandardParser, kBotocore, count > 1 ? "them" : "it", others),
             identity(section, property.key + "/continuation"));
}

void report_properties(const AnalyzedFile& file, const std::set<std::size_t>& reported_lines, FindingSink& out) {
  for (const Section& section : file.profile->sections) {
    // Values of sections no SDK reads as a profile are nobody's settings.
    if (!section.has_header || section.kind == SectionKind::Ignored) continue;
    for (const ini::Property& property : section.properties) {
      if (reported_lines.count(property.line) > 0) continue;
      report_property_name(file, section, property, out);
      report_continuation(file, section, property, out);
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (!file.profile) return;
  std::set<std::size_t> reported_lines;
  report_diagnostics(file, reported_lines, out);
  report_headers(file, reported_lines, out);
  report_properties(file, reported_lines, out);
}

}  // namespace

extern const engine::RuleDef kAws407 = {
    .id = "AWS407",
    .name = "config-syntax-error",
    .level = engine::Level::Error,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::PerFile,
    .short_description =
        "A line of a shared config or credentials file that the SDK parsers reject, skip or read "
        "differently.",
    .full_description =
        "The AWS SDKs do not share one INI parser. The standard parser (Java v2, Rust, Kotlin) rejects a whole file "
        "for a stray line; botocore (AWS CLI, boto3) refuses it for other reasons (a byte order mark, invalid UTF-8, "
        "a line without '='); Go v2 and JS v3 silently skip what they do not understand. A header such as "
        "`[ profile dev ]`, `[profile  dev]` or `[profile dev]# comment` names a profile to some SDKs and nothing "
        "to others.",
    .help_markdown =
        R"md(A line of a shared config or credentials file that the SDK parsers reject, skip or read differently.

## What is wrong
Each SDK family reads `~/.aws/config` and `~/.aws/credentials` with its own parser
(see the AWS SDKs and Tools Reference Guide, "Shared config and credentials files"):

| line | standard parser (Java v2, Rust, Kotlin) | botocore (AWS CLI, boto3) | Go v2 | JS v3 |
|---|---|---|---|---|
| `region = us-east-1` before any `[section]` | whole file rejected | whole file rejected | ignored | ignored |
| a line without `=` (a pasted key, a stray word) | whole file rejected | whole file rejected | ignored (older releases: file refused) | ignored |
| `region : us-east-1` | whole file rejected | accepted | accepted | ignored |
| `[profile dev` (no `]`) | whole file rejected | whole file rejected | ignored (older releases: file refused) | properties go to the previous section |
| `[ profile dev ]` | profile `dev` | not a profile | profile `dev` | not a profile |
| `[profile  dev]` (two blanks) | profile `dev` | profile `dev` | profile `dev` | not a profile |
| `[profile dev]# comment` | profile `dev` | profile `dev` | profile `dev` | header not seen: properties go to the previous section |
| `[profile "dev"]` | not a profile | profile `dev` | profile `"dev"` | profile `dev` |
| `[DEFAULT]` in the credentials file | profile `DEFAULT` | defaults for every section | profile `DEFAULT` | profile `DEFAULT` |
| a value continued on an indented line | appended | appended | appended (dropped if it holds `=`) | ignored |
| a byte order mark at the start | not specified | whole file rejected | first header not seen | skipped |
| bytes that are not UTF-8 | not specified | whole file rejected | read as bytes | replaced by U+FFFD |

When botocore refuses either file, every AWS CLI command and every boto3 session fails
with "Unable to parse config file: PATH", while the same file works with another SDK;
when a header is read differently, a profile exists for one tool and "could not be
found" for another.

## How to fix
Write every line in the one form all SDKs agree on: `[profile NAME]` (config file) or
`[NAME]` (credentials file) with a single space and no blanks inside the brackets,
`name = value` with `=`, no indented continuation lines, and comments on their own line.
Save the file as UTF-8 without a byte order mark (in PowerShell:
`Set-Content -Encoding utf8NoBOM`, or `Out-File -Encoding ascii`).

Bad:
```ini
[ profile dev ]
region : eu-west-1
[profile prod]# production
role_arn = arn:aws:iam::123456789012:role/deploy
```

Fixed:
```ini
[profile dev]
region = eu-west-1
# production
[profile prod]
role_arn = arn:aws:iam::123456789012:role/deploy
```
)md",
    .precision = "very-high",
    .security_severity = "4.0",
    .check_file = &check,
};

}  // namespace credlint::rules
