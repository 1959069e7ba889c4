// `--format gitlab`: GitLab Code Quality JSON, the subset GitLab reads from
// `artifacts: reports: codequality:`. Checked: the shape of every issue, the severity
// mapping, fingerprints (32 hex digits, unique per finding, unchanged when lines are
// inserted above, derived from credlint/v1), and that only reported findings appear.
#include "report/gitlab_report.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "report/report.h"
#include "rules/registry.h"
#include "support/fixtures.h"

using namespace credlint;
using nlohmann::json;

namespace {

engine::ScanResult scan_credentials(const std::string& path, const std::string& bytes) {
  engine::InputFile input;
  input.display_path = path;
  input.bytes = bytes;
  input.kind = core::FileKind::Credentials;
  input.origin = engine::Origin::Tree;
  input.home_key = "home";
  std::vector<engine::InputFile> inputs;
  inputs.push_back(std::move(input));
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  options.now = 1780272000;  // 2026-06-01
  return engine::scan(std::move(inputs), {}, options);
}

json gitlab_of(const engine::ScanResult& result, const report::Review* review = nullptr) {
  std::ostringstream out;
  report::write_gitlab(out, report::ReportContext{result, rules::all_rules(), "0.1.0", review});
  return json::parse(out.str());
}

std::string profile(const std::string& name, const std::string& seed) {
  return "[" + name + "]\naws_access_key_id = " + testing::expand_placeholder("akid:ASIA", seed) +
         "\naws_secret_access_key = " + testing::expand_placeholder("secret", seed) + "\n";
}

// Every issue has exactly the fields GitLab reads, with the types it expects.
void check_shape(const json& report) {
  REQUIRE(report.is_array());
  const std::set<std::string> severities = {"info", "minor", "major", "critical", "blocker"};
  std::set<std::string> fingerprints;
  for (const json& issue : report) {
    INFO(issue.dump());
    REQUIRE(issue.is_object());
    CHECK(issue.size() == 5);
    CHECK(issue["description"].is_string());
    CHECK_FALSE(issue["description"].get<std::string>().empty());
    CHECK(issue["check_name"].is_string());
    REQUIRE(issue["fingerprint"].is_string());
    CHECK(std::regex_match(issue["fingerprint"].get<std::string>(), std::regex("[0-9a-f]{32}")));
    CHECK(fingerprints.insert(issue["fingerprint"].get<std::string>()).second);  // unique
    CHECK(severities.count(issue["severity"].get<std::string>()) == 1);
    const json& location = issue["location"];
    CHECK(location.size() == 2);
    CHECK(location["path"].is_string());
    CHECK(location["path"].get<std::string>().front() != '/');
    REQUIRE(location["lines"]["begin"].is_number_unsigned());
    CHECK(location["lines"]["begin"].get<std::size_t>() >= 1);
  }
}

}  // namespace

TEST_CASE("GitLab Code Quality: the shape, severities and fingerprints of every issue", "[gitlab]") {
  const engine::ScanResult result = scan_credentials("repo/.aws/credentials", profile("dev", "gitlab"));
  const json report = gitlab_of(result);
  check_shape(report);
  REQUIRE(report.size() == result.findings.size());
  const auto fingerprints = report::fingerprints_for(result);
  for (std::size_t i = 0; i < report.size(); ++i) {
    CHECK(report[i]["check_name"] == result.findings[i].rule_id);
    CHECK(report[i]["location"]["path"] == "repo/.aws/credentials");
    CHECK(report[i]["severity"] == std::string(report::gitlab_severity(result.findings[i].level)));
    CHECK(report[i]["fingerprint"] == report::gitlab_fingerprint(fingerprints[i].stable));
    CHECK(report[i]["description"].get<std::string>().rfind(result.findings[i].rule_id + ": ", 0) == 0);
  }
  CHECK(report::gitlab_severity(engine::Level::Error) == "critical");
  CHECK(report::gitlab_severity(engine::Level::Warning) == "major");
  CHECK(report::gitlab_severity(engine::Level::Note) == "minor");
  CHECK(report::gitlab_fingerprint("23e7d81f01d9a1bd:1") == "23e7d81f01d9a1bd0000000000000001");
  CHECK(report::gitlab_fingerprint("23e7d81f01d9a1bd:12") == "23e7d81f01d9a1bd000000000000000c");
  CHECK(gitlab_of(scan_credentials("repo/.aws/credentials", "[default]\n")).empty());
}

TEST_CASE("GitLab fingerprints survive lines inserted above and tell identical mistakes apart", "[gitlab]") {
  const std::string one = profile("dev", "gitlab stable");
  const json before = gitlab_of(scan_credentials("repo/.aws/credentials", one));
  const json after = gitlab_of(scan_credentials("repo/.aws/credentials", "# moved\n\n" + one));
  REQUIRE(before.size() == after.size());
  REQUIRE_FALSE(before.empty());
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(after[i]["location"]["lines"]["begin"].get<int>() == before[i]["location"]["lines"]["begin"].get<int>() + 2);
    CHECK(after[i]["fingerprint"] == before[i]["fingerprint"]);
  }
  // The same profile twice: the same mistakes twice, each with its own fingerprint.
  const json twice = gitlab_of(scan_credentials("repo/.aws/credentials", one + one));
  check_shape(twice);
  CHECK(twice.size() > before.size());
}

TEST_CASE("GitLab Code Quality holds only reported findings", "[gitlab]") {
  const engine::ScanResult result = scan_credentials("repo/.aws/credentials", profile("dev", "gitlab review"));
  REQUIRE(result.findings.size() >= 2);
  report::Review review;
  review.findings.resize(result.findings.size());
  review.findings[0].suppression = report::Suppression{"test", 1, 1};
  review.findings[1].baseline = report::BaselineState::Unchanged;
  const json report = gitlab_of(result, &review);
  check_shape(report);
  CHECK(report.size() == result.findings.size() - 2);
  // Unused ignores appear only with --warn-unused-ignores.
  review.unused_ignores.push_back(
      {"repo/.aws/credentials", 1, 3, {"AWS101"}, "credlint:ignore AWS101 suppresses nothing"});
  CHECK(gitlab_of(result, &review).size() == report.size());
  review.warn_unused_ignores = true;
  const json with_unused = gitlab_of(result, &review);
  check_shape(with_unused);
  REQUIRE(with_unused.size() == report.size() + 1);
  CHECK(with_unused.back()["check_name"] == "credlint/unused-ignore");
  CHECK(with_unused.back()["severity"] == "info");
}
