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
// Placeholders ({{akid:ASIA}}, {{secret}}, {{token:len=40}}, {{akid:AKIA#a}}, ...) are
// expanded in memory with a generator seeded by fixture path and placeholder text, and
// finding positions are mapped back to the text as written.
#pragma once

#include <filesystem>
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

// Exposed for the harness's own tests.
[[nodiscard]] std::string expand_placeholder(const std::string& spec, const std::string& seed);

}  // namespace credlint::testing
