// The rule-fixture harness (STYLE.md §5). A fixture is a file under fixtures/rules/ID/
// (or a directory: a small tree scanned as one scenario) whose comments state the
// findings it expects:
//   # expect: AWS201 "substring"   a finding of AWS201 starts on the next non-comment line
//   # ok: AWS201                   a look-alike: AWS201 must not fire on the next line
//   # todo: AWS201                 known false negative: fails once the rule fires
//   #                    ^^^^ AWS103   caret line under the line above: exact columns
//   # <- AWS601                    the finding on the line above starts at column 1
// Front matter (any comment line): `credlint-fixture: kind=credentials origin=tree`
// (kind: config|credentials; origin: tree|explicit|aws-home; default explicit),
// `env: AWS_PROFILE=dev`, `now: 2026-06-01T00:00:00Z`.
// Placeholders ({{akid:ASIA}}, {{secret}}, {{token:len=40}}, {{akid:AKIA#a}}, and AWS's documented
// example key IDs {{example:akid:aws}} / {{example:asia:aws}}, ...) are
// expanded in memory with a generator seeded by fixture path and placeholder text, and
// finding positions are mapped back to the text as written.
#pragma once

#include <filesystem>
#include <map>
#include <string_view>
#include <string>
#include <vector>

#include "engine/scanner.h"

namespace credlint::testing {

struct FixtureCase {
  std::string name;            // "AWS201/asia_without_token.credentials"
  std::filesystem::path path;  // file or scenario directory
};

[[nodiscard]] std::filesystem::path fixtures_root();
[[nodiscard]] std::vector<FixtureCase> discover_fixture_cases();

struct PreparedFixture;

struct FixtureRun {
  engine::ScanResult result;
  std::vector<std::string> failures;          // empty when the fixture holds
  std::vector<std::string> generated_secrets; // every expanded secret and token
  std::vector<std::string> generated_key_ids; // every expanded access key ID
};

// Expands, scans with every rule and compares findings with the markers.
[[nodiscard]] FixtureRun run_fixture(const FixtureCase& fixture);

// One placeholder (`{{spec}}`) expanded: the value generated for `spec` from `seed`.
// Exposed for the harness's own tests and for expand_fixtures.
[[nodiscard]] std::string expand_placeholder(const std::string& spec, const std::string& seed);

// One placeholder replaced in a text: where it stood, where its value stands, what it was.
struct ExpandedPlaceholder {
  std::size_t original_begin = 0, original_end = 0;
  std::size_t expanded_begin = 0, expanded_end = 0;
  std::string spec;
  std::string value;
};

struct ExpandedText {
  std::string text;
  std::vector<ExpandedPlaceholder> placeholders;
};

// Expands every placeholder of the texts of one fixture or tree. Values are fixed by
// `seed_base`, the text's key and the placeholder; a labelled placeholder (`{{akid:ASIA#a}}`)
// gets the same value in every text this expander expands. Throws on an unterminated `{{`.
class PlaceholderExpander {
 public:
  explicit PlaceholderExpander(std::string seed_base) : seed_base_(std::move(seed_base)) {}
  [[nodiscard]] ExpandedText expand(std::string_view text, std::string_view text_key);

 private:
  std::string seed_base_;
  std::map<std::string, std::string> labelled_;
};

}  // namespace credlint::testing
