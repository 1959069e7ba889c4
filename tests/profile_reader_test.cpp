// The profile-file reader's per-SDK readings of section headers (aws-semantics.md §1.3,
// §1.6) and what it records for rules beyond the standard reading: configparser's raw
// section name, whether JS v3 sees a header, byte order marks and invalid UTF-8.
#include "parse/ini/profile_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "core/source_file.h"
#include "engine/scanner.h"
#include "rules/registry.h"

using namespace credlint;
using ini::HeaderReading;
using ini::ProfileFileKind;
using ini::Sdk;
using ini::SectionKind;

namespace {

const ini::Section& only_section(const ini::ProfileDocument& doc) {
  REQUIRE(doc.sections.size() == 1);
  return doc.sections.front();
}

ini::ProfileDocument read_config(const std::string& text) {
  return ini::read_profile_file(text, ProfileFileKind::Config);
}

ini::ProfileDocument read_credentials(const std::string& text) {
  return ini::read_profile_file(text, ProfileFileKind::Credentials);
}

HeaderReading profile(const std::string& name) { return HeaderReading{SectionKind::Profile, name}; }
const HeaderReading kIgnored{};

void check_readings(const ini::Section& section, const HeaderReading& standard, const HeaderReading& botocore,
                    const HeaderReading& go, const HeaderReading& js) {
  CHECK(section.reading(Sdk::Standard) == standard);
  CHECK(section.reading(Sdk::Botocore) == botocore);
  CHECK(section.reading(Sdk::GoV2) == go);
  CHECK(section.reading(Sdk::JsV3) == js);
}

std::vector<engine::Finding> scan_with_all_rules(const std::string& bytes, core::FileKind kind) {
  engine::InputFile input;
  input.display_path = kind == core::FileKind::Config ? "config" : "credentials";
  input.bytes = bytes;
  input.kind = kind;
  input.origin = engine::Origin::Explicit;
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  std::vector<engine::InputFile> inputs;
  inputs.push_back(std::move(input));
  return engine::scan(std::move(inputs), {}, options).findings;
}

}  // namespace

TEST_CASE("profile reader: blanks inside the brackets are another section to botocore and JS v3") {
  const auto doc = read_config("[ profile dev ]\nregion = us-east-1\n");
  const ini::Section& section = only_section(doc);
  check_readings(section, profile("dev"), kIgnored, profile("dev"), kIgnored);
  CHECK(section.botocore_section == " profile dev ");
  CHECK(section.js_header_seen);
}

TEST_CASE("profile reader: JS v3 needs exactly one blank after the prefix") {
  const auto doc = read_config("[profile  dev]\n");
  check_readings(only_section(doc), profile("dev"), profile("dev"), profile("dev"), kIgnored);
  const auto tab = read_config("[profile\tdev]\n");
  check_readings(only_section(tab), profile("dev"), profile("dev"), profile("dev"), profile("dev"));
}

TEST_CASE("profile reader: JS v3 does not see a header whose comment touches the bracket") {
  const auto touching = read_config("[profile dev]# production\n");
  const ini::Section& section = only_section(touching);
  CHECK_FALSE(section.js_header_seen);
  check_readings(section, profile("dev"), profile("dev"), profile("dev"), kIgnored);
  const auto spaced = read_config("[profile dev] # production\n");
  CHECK(only_section(spaced).js_header_seen);
  check_readings(only_section(spaced), profile("dev"), profile("dev"), profile("dev"), profile("dev"));
}

TEST_CASE("profile reader: quoted and multi-word profile names") {
  const auto quoted = read_config("[profile \"dev\"]\n");
  check_readings(only_section(quoted), kIgnored, profile("dev"), profile("\"dev\""), profile("dev"));
  const auto words = read_config("[profile foo bar]\n");
  check_readings(only_section(words), kIgnored, kIgnored, profile("foo bar"), kIgnored);
}

TEST_CASE("profile reader: credentials-file headers") {
  const auto prefixed = read_credentials("[profile foo]\n");
  check_readings(only_section(prefixed), kIgnored, profile("profile foo"), kIgnored, profile("profile.foo"));
  // configparser's default section is no section: its keys go to every other section.
  const auto defaults = read_credentials("[DEFAULT]\n");
  check_readings(only_section(defaults), profile("DEFAULT"), kIgnored, profile("DEFAULT"), profile("DEFAULT"));
  // JS v3 matches `word name` and, with an unknown word, has no current section.
  const auto words = read_credentials("[my profile]\n");
  check_readings(only_section(words), kIgnored, profile("my profile"), profile("my profile"), kIgnored);
}

TEST_CASE("profile reader: configparser's section name runs to the last closing bracket") {
  const auto doc = read_config("[profile a] # see [docs]\n");
  const ini::Section& section = only_section(doc);
  CHECK(section.botocore_section == "profile a] # see [docs");
  CHECK(section.reading(Sdk::Standard) == profile("a"));
  CHECK(section.reading(Sdk::Botocore) == kIgnored);
}

TEST_CASE("profile reader: name spans point into the file") {
  const std::string text = "# comment\n[profile dev]\n[sso-session corp]\n[ default ]\n";
  const core::SourceFile source("config", text);
  const auto doc = ini::read_profile_file(source.bytes(), ProfileFileKind::Config);
  REQUIRE(doc.sections.size() == 3);
  CHECK(source.slice(doc.sections[0].name_span) == "dev");
  CHECK(source.slice(doc.sections[1].name_span) == "corp");
  CHECK(source.slice(doc.sections[2].name_span) == "default");
  CHECK(source.slice(doc.sections[2].header_span) == "[ default ]");
}

TEST_CASE("profile reader: invalid UTF-8 is recorded per line, not as a fatal error") {
  const auto doc = read_config("[profile dev]\nsso_role_name = D\xE9veloppeur\nregion = us-east-1\n");
  const auto it = std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                               [](const ini::Diagnostic& d) { return d.code == ini::DiagnosticCode::InvalidUtf8; });
  REQUIRE(it != doc.diagnostics.end());
  CHECK(it->line == 2);
  CHECK(it->span.begin == std::string("[profile dev]\nsso_role_name = D").size());
  CHECK(doc.parsed_by_standard_sdks());
  CHECK(doc.sections.front().properties.size() == 2);
}

TEST_CASE("profile reader: a byte order mark is skipped but recorded, and AWS407 reports it on line 1") {
  const std::string text = "\xEF\xBB\xBF[default]\nregion = us-east-1\n";
  const auto doc = read_credentials(text);
  CHECK(doc.byte_order_mark);
  CHECK(only_section(doc).reading(Sdk::Standard) == profile("default"));
  // A fixture cannot hold a marker before line 1, so the finding is checked here.
  const auto findings = scan_with_all_rules(text, core::FileKind::Credentials);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "AWS407");
  CHECK(findings[0].location.span.begin == 0);
  CHECK(findings[0].location.span.end == 3);
  CHECK(findings[0].message.find("byte order mark") != std::string::npos);
  CHECK(findings[0].message.find("MissingSectionHeaderError") != std::string::npos);
}
