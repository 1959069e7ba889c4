// Baselines (analyzer/suppress/baseline): written, read back and applied. A finding stays
// `unchanged` when lines are inserted above it and when its file is renamed with the
// content unchanged; a new mistake is `new`. A baseline file holds no secret, no line
// number and no message; a broken one is an error naming the file (and line).
#include "suppress/baseline.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "report/report.h"
#include "rules/registry.h"
#include "support/fixtures.h"
#include "support/in_process.h"
#include "suppress/suppressions.h"

using namespace credlint;
using nlohmann::json;
using testing::run_cli;
using testing::TempDirectory;

namespace {

engine::ScanResult scan_tree(std::vector<std::pair<std::string, std::string>> files) {
  std::vector<engine::InputFile> inputs;
  for (auto& [path, bytes] : files) {
    engine::InputFile input;
    input.display_path = path;
    input.bytes = std::move(bytes);
    input.kind = path.find(".env") != std::string::npos ? core::FileKind::Dotenv : core::FileKind::Credentials;
    input.origin = engine::Origin::Tree;
    input.home_key = path.substr(0, path.rfind('/'));
    inputs.push_back(std::move(input));
  }
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  options.now = 1780272000;
  return engine::scan(std::move(inputs), {}, options);
}

std::string profile(const std::string& name, const std::string& seed) {
  return "[" + name + "]\naws_access_key_id = " + testing::expand_placeholder("akid:ASIA", seed) +
         "\naws_secret_access_key = " + testing::expand_placeholder("secret", seed) + "\n";
}

// Writes the baseline of `before` as the CLI would, reads it back and applies it to `after`.
report::Review baseline_review(const engine::ScanResult& before, const engine::ScanResult& after) {
  const report::Review none;
  const std::string text = suppress::baseline_document(suppress::baseline_entries(before, none), "0.1.0");
  const suppress::BaselineOutcome read = suppress::parse_baseline(text, "baseline.json");
  REQUIRE(read.baseline);
  report::Review review;
  suppress::apply_baseline(*read.baseline, after, review);
  return review;
}

std::size_t count_state(const report::Review& review, report::BaselineState state) {
  std::size_t n = 0;
  for (const auto& r : review.findings) n += r.baseline == state ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a baseline round-trips and holds no secret, line or message", "[baseline]") {
  const engine::ScanResult result = scan_tree({{"repo/.aws/credentials", profile("dev", "round trip")}});
  REQUIRE(result.findings.size() >= 2);
  const auto entries = suppress::baseline_entries(result, report::Review{});
  REQUIRE(entries.size() == result.findings.size());
  const std::string text = suppress::baseline_document(entries, "9.9.9");
  const json document = json::parse(text);
  CHECK(document["version"] == 1);
  CHECK(document["tool"]["version"] == "9.9.9");
  for (const json& entry : document["findings"]) {
    INFO(entry.dump());
    CHECK(entry.size() == 4);
    CHECK(std::regex_match(entry["fingerprint"].get<std::string>(), std::regex("[0-9a-f]{16}:[0-9]+")));
    CHECK(std::regex_match(entry["content_fingerprint"].get<std::string>(), std::regex("[0-9a-f]{16}:[0-9]+")));
  }
  const std::string key = testing::expand_placeholder("akid:ASIA", "round trip");
  const std::string secret = testing::expand_placeholder("secret", "round trip");
  CHECK(text.find(key.substr(4, 8)) == std::string::npos);
  CHECK(text.find(secret.substr(0, 8)) == std::string::npos);
  const auto read = suppress::parse_baseline(text, "b.json");
  REQUIRE(read.baseline);
  REQUIRE(read.baseline->entries.size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    CHECK(read.baseline->entries[i].rule == entries[i].rule);
    CHECK(read.baseline->entries[i].path == entries[i].path);
    CHECK(read.baseline->entries[i].fingerprint == entries[i].fingerprint);
    CHECK(read.baseline->entries[i].content_fingerprint == entries[i].content_fingerprint);
  }
}

TEST_CASE("baselined findings stay unchanged when lines are inserted above", "[baseline]") {
  const std::string dev = profile("dev", "moved");
  const engine::ScanResult before = scan_tree({{"repo/.aws/credentials", dev}});
  // Unrelated lines above the profile and inside it, right above the key.
  std::string moved = "# a note\n\n[other]\nregion = us-east-1\n\n" + dev;
  moved.insert(moved.find("aws_access_key_id"), "# the test account\n");
  const engine::ScanResult after = scan_tree({{"repo/.aws/credentials", moved}});
  REQUIRE(after.findings.size() == before.findings.size());
  const report::Review review = baseline_review(before, after);
  CHECK(review.baseline_applied);
  CHECK(count_state(review, report::BaselineState::Unchanged) == after.findings.size());
}

TEST_CASE("baselined findings stay unchanged when the file is renamed with the same content", "[baseline]") {
  const std::string dev = profile("dev", "renamed");
  const engine::ScanResult before = scan_tree({{"old/.aws/credentials", dev}});
  const engine::ScanResult after = scan_tree({{"new-name/.aws/credentials", "# moved here\n" + dev}});
  REQUIRE(after.findings.size() == before.findings.size());
  // The credlint/v1 fingerprints differ (they include the path); the content ones match.
  CHECK(report::fingerprints_for(before)[0].stable != report::fingerprints_for(after)[0].stable);
  const report::Review review = baseline_review(before, after);
  CHECK(count_state(review, report::BaselineState::Unchanged) == after.findings.size());
  // Renamed and changed (another key ID in the same profile): the key line no longer matches.
  // (The secret's line is masked whole, so a finding there still matches.)
  const engine::ScanResult changed = scan_tree({{"new-name/.aws/credentials", profile("dev", "another key")}});
  const report::Review changed_review = baseline_review(before, changed);
  std::size_t key_line_findings = 0;
  for (std::size_t i = 0; i < changed.findings.size(); ++i) {
    if (changed.findings[i].location.file->position(changed.findings[i].location.span.begin).line != 2) continue;
    ++key_line_findings;
    CHECK(changed_review.findings[i].baseline == report::BaselineState::New);
  }
  CHECK(key_line_findings >= 2);
}

TEST_CASE("a new mistake is new and each baseline entry matches one finding at most", "[baseline]") {
  const std::string dev = profile("dev", "old mistake");
  const engine::ScanResult before = scan_tree({{"repo/.aws/credentials", dev}});
  const engine::ScanResult after = scan_tree({{"repo/.aws/credentials", dev + "\n" + profile("ci", "new mistake")}});
  const report::Review review = baseline_review(before, after);
  CHECK(count_state(review, report::BaselineState::Unchanged) == before.findings.size());
  CHECK(count_state(review, report::BaselineState::New) == after.findings.size() - before.findings.size());
  CHECK(count_state(review, report::BaselineState::New) > 0);
  for (std::size_t i = 0; i < after.findings.size(); ++i) {
    const bool in_new_profile = after.findings[i].message.find("\"ci\"") != std::string::npos;
    INFO(after.findings[i].message);
    CHECK((review.findings[i].baseline == report::BaselineState::New) == in_new_profile);
  }
  // The same file twice (a copy): the copy's findings are new, not matched twice.
  const engine::ScanResult copied = scan_tree({{"repo/.aws/credentials", dev}, {"copy/.aws/credentials", dev}});
  const report::Review copy_review = baseline_review(before, copied);
  CHECK(count_state(copy_review, report::BaselineState::Unchanged) == before.findings.size());
  CHECK(count_state(copy_review, report::BaselineState::New) == copied.findings.size() - before.findings.size());
}

TEST_CASE("a broken baseline file is an error naming the file and the line", "[baseline]") {
  const auto error_of = [](std::string_view text) {
    const auto read = suppress::parse_baseline(text, "ci/baseline.json");
    CHECK_FALSE(read.baseline);
    return read.error;
  };
  CHECK(error_of("{\n  \"version\": 1,\n  \"findings\": [,]\n}\n").find("baseline ci/baseline.json:3:") == 0);
  CHECK(error_of("{\"version\": 1, \"findings\": [").find("not valid JSON") != std::string::npos);
  CHECK(error_of("[]").find("top level is not an object") != std::string::npos);
  CHECK(error_of("{\"findings\": []}").find("no integer `version`") != std::string::npos);
  CHECK(error_of("{\"version\": 2, \"findings\": []}").find("version 2 is not supported") != std::string::npos);
  CHECK(error_of("{\"version\": 1}").find("no `findings` array") != std::string::npos);
  CHECK(error_of("{\"version\": 1, \"findings\": [{\"rule\": \"AWS201\"}]}").find("findings[0].path") !=
        std::string::npos);
  CHECK(suppress::parse_baseline("{\"version\": 1, \"findings\": [], \"extra\": true}", "b").baseline);
  const auto missing = suppress::read_baseline("/nonexistent/credlint-baseline.json");
  CHECK_FALSE(missing.baseline);
  CHECK(missing.error.find("/nonexistent/credlint-baseline.json") != std::string::npos);
}

TEST_CASE("`scan --write-baseline` then `--baseline`: only new findings are reported", "[baseline][cli]") {
  TempDirectory tree("baseline-cli");
  tree.write("repo/.aws/credentials", profile("dev", "cli old"));
  const auto written = run_cli(tree.path(), {"scan", "repo", "--write-baseline", "baseline.json"});
  INFO(written.out << written.err);
  CHECK(written.exit_code == 0);  // every current finding is accepted now
  CHECK(written.out.find("already in the baseline") != std::string::npos);
  REQUIRE_NOTHROW(json::parse(tree.read("baseline.json")));
  CHECK_FALSE(std::filesystem::exists(tree.path() / "baseline.json.tmp"));

  const auto same = run_cli(tree.path(), {"scan", "repo", "--baseline", "baseline.json"});
  CHECK(same.exit_code == 0);
  CHECK(same.out.find("0 findings") != std::string::npos);

  // Rename the directory, insert lines, and add a new mistake.
  std::filesystem::rename(tree.path() / "repo", tree.path() / "moved");
  tree.write("moved/.aws/credentials", "# moved\n\n" + profile("dev", "cli old") + "\n" + profile("ci", "cli new"));
  const auto after = run_cli(tree.path(), {"scan", "moved", "--baseline", "baseline.json", "--format", "json"});
  INFO(after.out << after.err);
  CHECK(after.exit_code == 1);
  const json report = json::parse(after.out);
  REQUIRE_FALSE(report["findings"].empty());
  for (const json& finding : report["findings"]) {
    CHECK(finding["baseline"] == "new");
    CHECK(finding["message"].get<std::string>().find("\"ci\"") != std::string::npos);
  }
  CHECK(report["summary"]["in_baseline"].get<std::size_t>() > 0);

  const auto sarif =
      json::parse(run_cli(tree.path(), {"scan", "moved", "--baseline", "baseline.json", "--format", "sarif"}).out);
  std::set<std::string> states;
  for (const json& result : sarif["runs"][0]["results"]) states.insert(result.value("baselineState", "missing"));
  CHECK(states == std::set<std::string>{"new", "unchanged"});

  const auto text = run_cli(tree.path(), {"scan", "moved", "--baseline", "baseline.json"});
  CHECK(text.out.find("already in the baseline") != std::string::npos);
  CHECK(text.out.find("\"dev\"") == std::string::npos);  // unchanged findings are not shown

  tree.write("broken.json", "{\n  \"version\": 1,\n  \"findings\": [\n}\n");
  const auto broken = run_cli(tree.path(), {"scan", "moved", "--baseline", "broken.json"});
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.empty());
  CHECK(broken.err.find("baseline broken.json:4:") != std::string::npos);
  const auto absent = run_cli(tree.path(), {"scan", "moved", "--baseline", "missing.json"});
  CHECK(absent.exit_code == 2);
  CHECK(absent.err.find("missing.json") != std::string::npos);
}
