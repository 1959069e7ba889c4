// SARIF as GitHub code scanning reads it (../shared/spec/integration.md §1 and the §5
// checklist): the shape of the SARIF of every fixture, columns in UTF-16 code units,
// fingerprints, CRLF, and notifications for files that could not be read. The schema and
// GitHub's ingestion rules are checked by Microsoft's validator in tests/sarif/; this file
// checks what the validator does not (rule index/id agreement, unique ids, fingerprints).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "discover/walk.h"
#include "report/fingerprint.h"
#include "report/positions.h"
#include "report/report.h"
#include "rules/registry.h"
#include "support/fixtures.h"

using namespace credlint;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json sarif_of(const engine::ScanResult& result) {
  std::ostringstream out;
  report::write_sarif(out, report::ReportContext{result, rules::all_rules(), "0.1.0"});
  return json::parse(out.str());
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// integration.md §5.3: relative, forward slashes, percent-encoded, never absolute, no "..".
void check_artifact_location(const json& location, const std::string& where) {
  INFO(where << ": " << location.dump());
  REQUIRE(location.contains("uri"));
  REQUIRE(location["uri"].is_string());
  const std::string uri = location["uri"];
  CHECK_FALSE(uri.empty());
  CHECK(uri.front() != '/');
  CHECK(uri.rfind("file:", 0) != 0);
  CHECK(uri.rfind("./", 0) != 0);
  CHECK_FALSE(std::regex_search(uri, std::regex("^[A-Za-z]:")));
  CHECK(uri.find(':') == std::string::npos);
  CHECK(uri.find('\\') == std::string::npos);
  CHECK(uri.find("//") == std::string::npos);
  CHECK_FALSE(std::regex_search(uri, std::regex("(^|/)\\.\\.(/|$)")));
  CHECK(uri.find_first_of(" #?") == std::string::npos);
  // Every '%' starts an escape.
  CHECK(std::regex_match(uri, std::regex("([^%]|%[0-9A-F]{2})*")));
  CHECK(location.contains("uriBaseId"));
}

void check_region(const json& region, const std::string& where) {
  INFO(where << ": " << region.dump());
  REQUIRE(region.is_object());
  for (const char* key : {"startLine", "startColumn", "endLine", "endColumn"}) {
    REQUIRE(region.contains(key));
    REQUIRE(region[key].is_number_unsigned());
  }
  CHECK(region["startLine"].get<std::size_t>() >= 1);
  CHECK(region["startColumn"].get<std::size_t>() >= 1);
  // Findings never run past their first line; endColumn is exclusive.
  CHECK(region["endLine"] == region["startLine"]);
  CHECK(region["endColumn"].get<std::size_t>() > region["startColumn"].get<std::size_t>());
}

void check_message(const json& message, const std::string& where) {
  INFO(where << ": " << message.dump());
  REQUIRE(message.contains("text"));
  const std::string text = message["text"];
  CHECK_FALSE(text.empty());
  CHECK(text.size() <= 1024);
  CHECK(ends_with(text, "."));
  CHECK(text.find('\x1b') == std::string::npos);
}

void check_rules(const json& driver) {
  const auto catalog = rules::all_rules();
  REQUIRE(driver["rules"].is_array());
  REQUIRE(driver["rules"].size() == catalog.size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    const json& rule = driver["rules"][i];
    INFO("rules[" << i << "] " << rule.value("id", std::string("?")));
    CHECK(rule["id"] == std::string(catalog[i]->id));  // order is the registry's, so ruleIndex is stable
    CHECK(ids.insert(rule["id"].get<std::string>()).second);
    const std::string name = rule["name"];
    CHECK(name == std::string(catalog[i]->name));
    CHECK(name.size() <= 255);
    for (const char* key : {"shortDescription", "fullDescription"}) {
      INFO(key);
      REQUIRE(rule[key]["text"].is_string());
      const std::string text = rule[key]["text"];
      CHECK_FALSE(text.empty());
      CHECK(text.size() <= 1024);
    }
    REQUIRE(rule["help"]["text"].is_string());
    CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
    REQUIRE(rule["help"]["markdown"].is_string());
    CHECK_FALSE(rule["help"]["markdown"].get<std::string>().empty());
    CHECK(rule["defaultConfiguration"]["level"] == std::string(engine::to_string(catalog[i]->level)));
    const json& properties = rule["properties"];
    REQUIRE(properties["tags"].is_array());
    CHECK(properties["tags"].size() <= 20);
    CHECK(std::find(properties["tags"].begin(), properties["tags"].end(), "security") != properties["tags"].end());
    const std::set<std::string> precisions = {"very-high", "high", "medium", "low"};
    CHECK(precisions.count(properties["precision"].get<std::string>()) == 1);
    REQUIRE(properties["security-severity"].is_string());
    const std::string severity = properties["security-severity"];
    CHECK(std::regex_match(severity, std::regex("[0-9]+(\\.[0-9]+)?")));
    const double score = std::strtod(severity.c_str(), nullptr);
    CHECK(score > 0.0);
    CHECK(score <= 10.0);
  }
}

// Everything the checklist asks of one SARIF log, whatever produced it.
void check_sarif(const json& log, const engine::ScanResult& result) {
  REQUIRE(log["version"] == "2.1.0");
  const std::string schema = log["$schema"];
  CHECK(schema.rfind("https://", 0) == 0);
  CHECK((ends_with(schema, "/sarif-2.1.0.json") || ends_with(schema, "/sarif-schema-2.1.0.json")));
  REQUIRE(log["runs"].is_array());
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "credlint");
  CHECK(driver["version"].is_string());
  CHECK(driver["informationUri"].is_string());
  check_rules(driver);

  REQUIRE(run["results"].is_array());
  REQUIRE(run["results"].size() == result.findings.size());
  for (std::size_t i = 0; i < run["results"].size(); ++i) {
    const json& item = run["results"][i];
    const std::string where = "results[" + std::to_string(i) + "]";
    INFO(where);
    REQUIRE(item["ruleId"].is_string());
    REQUIRE(item["ruleIndex"].is_number_unsigned());
    const std::size_t index = item["ruleIndex"];
    REQUIRE(index < driver["rules"].size());
    CHECK(driver["rules"][index]["id"] == item["ruleId"]);
    CHECK(item["level"] == std::string(engine::to_string(result.findings[i].level)));
    check_message(item["message"], where);
    REQUIRE(item["locations"].size() == 1);
    const json& physical = item["locations"][0]["physicalLocation"];
    check_artifact_location(physical["artifactLocation"], where);
    check_region(physical["region"], where);
    for (const json& related : item.value("relatedLocations", json::array())) {
      check_artifact_location(related["physicalLocation"]["artifactLocation"], where + " related");
      check_region(related["physicalLocation"]["region"], where + " related");
      check_message(related["message"], where + " related");
    }
    const json& fingerprints = item["partialFingerprints"];
    REQUIRE(fingerprints.contains("primaryLocationLineHash"));
    REQUIRE(fingerprints.contains("credlint/v1"));
    CHECK(std::regex_match(fingerprints["primaryLocationLineHash"].get<std::string>(), std::regex("[0-9a-f]{1,16}:[0-9]+")));
    CHECK(std::regex_match(fingerprints["credlint/v1"].get<std::string>(), std::regex("[0-9a-f]{16}:[0-9]+")));
    // The line hash is GitHub's, over the reported line of the very file.
    const core::SourceFile& source = *result.findings[i].location.file;
    const auto hashes = report::line_hashes(source.bytes());
    const std::size_t line = physical["region"]["startLine"];
    REQUIRE(line <= hashes.size());
    CHECK(fingerprints["primaryLocationLineHash"] == hashes[line - 1]);
  }

  REQUIRE(run["invocations"].size() == 1);
  const json& invocation = run["invocations"][0];
  REQUIRE(invocation["executionSuccessful"].is_boolean());
  bool any_error = false;
  for (const json& notification : invocation.value("toolExecutionNotifications", json::array())) {
    INFO(notification.dump());
    const std::string level = notification["level"];
    CHECK((level == "error" || level == "warning" || level == "note"));
    any_error = any_error || level == "error";
    check_message(notification["message"], "notification");
    CHECK(notification["descriptor"]["id"].is_string());
    check_artifact_location(notification["locations"][0]["physicalLocation"]["artifactLocation"], "notification");
  }
  CHECK(invocation["executionSuccessful"].get<bool>() == !any_error);
  CHECK(invocation.value("toolExecutionNotifications", json::array()).size() == result.notifications.size());
}

// Scans in-memory files the way the CLI would (explicit files, every rule).
engine::ScanResult scan_files(std::vector<std::pair<std::string, std::string>> files,
                              core::FileKind kind = core::FileKind::Credentials) {
  std::vector<engine::InputFile> inputs;
  for (auto& [path, bytes] : files) {
    engine::InputFile input;
    input.display_path = path;
    input.bytes = std::move(bytes);
    input.kind = kind;
    input.origin = engine::Origin::Explicit;
    input.home_key = "--files";
    inputs.push_back(std::move(input));
  }
  engine::ScanOptions options;
  options.rules = rules::all_rules();
  options.now = 1780272000;  // 2026-06-01
  return engine::scan(std::move(inputs), {}, options);
}

std::vector<json> results_of_rule(const json& log, std::string_view rule) {
  std::vector<json> out;
  for (const json& item : log["runs"][0]["results"]) {
    if (item["ruleId"] == rule) out.push_back(item);
  }
  return out;
}

const json& region_of_result(const json& item) { return item["locations"][0]["physicalLocation"]["region"]; }

std::string temporary_key_profile(const std::string& seed, const std::string& eol = "\n") {
  return "[dev]" + eol + "aws_access_key_id = " + testing::expand_placeholder("akid:ASIA", seed) + eol +
         "aws_secret_access_key = " + testing::expand_placeholder("secret", seed) + eol;
}

class ScopedDirectory {
 public:
  explicit ScopedDirectory(const std::string& label)
      : path_(fs::temp_directory_path() / ("credlint-sarif-" + label + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScopedDirectory() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

class ScopedWorkingDirectory {
 public:
  explicit ScopedWorkingDirectory(const fs::path& path) : previous_(fs::current_path()) { fs::current_path(path); }
  ~ScopedWorkingDirectory() { fs::current_path(previous_); }

 private:
  fs::path previous_;
};

void write_file(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("the SARIF of every fixture is what GitHub code scanning expects", "[sarif]") {
  const auto fixtures = testing::discover_fixture_cases();
  REQUIRE_FALSE(fixtures.empty());
  for (const testing::FixtureCase& fixture : fixtures) {
    INFO("fixture " << fixture.name);
    const testing::FixtureRun run = testing::run_fixture(fixture);
    check_sarif(sarif_of(run.result), run.result);
  }
}

TEST_CASE("a clean scan still lists every rule and an empty results array", "[sarif]") {
  const engine::ScanResult result = scan_files({});
  const json log = sarif_of(result);
  check_sarif(log, result);
  CHECK(log["runs"][0]["results"].is_array());
  CHECK(log["runs"][0]["results"].empty());
  CHECK(log["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("columns count UTF-16 code units: é and € are one, an emoji two", "[sarif]") {
  // "x = " is 4 units, é 1, € 1, 😀 2 (a surrogate pair), the space 1: KEY starts at
  // column 10. In bytes it would be column 15 (é 2, € 3, 😀 4 bytes).
  const std::string line = "x = \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 KEY rest";
  const std::string bytes = "[dev]\n" + line + "\n";
  engine::ScanResult result;
  auto file = std::make_unique<engine::AnalyzedFile>();
  file->source = std::make_unique<core::SourceFile>("dir/\xC3\xA9t\xC3\xA9 #1/.aws/config", bytes);
  file->kind = core::FileKind::Config;
  const core::SourceFile* source = file->source.get();
  result.context.files.push_back(std::move(file));
  const std::size_t begin = bytes.find("KEY");
  for (const char* rule : {"AWS201", "AWS301"}) {
    engine::Finding finding;
    finding.rule_id = rule;
    finding.level = engine::Level::Error;
    finding.location = engine::Location{source, core::Span{begin, begin + 3}, {}};
    finding.message = "value KEY is wrong";
    finding.identity = "profile dev/x";
    result.findings.push_back(finding);
  }

  const json log = sarif_of(result);
  check_sarif(log, result);
  const json& item = log["runs"][0]["results"][0];
  const json& region = region_of_result(item);
  CHECK(region["startLine"] == 2);
  CHECK(region["startColumn"] == 10);
  CHECK(region["endColumn"] == 13);
  CHECK(log["runs"][0]["columnKind"] == "utf16CodeUnits");
  // Non-ASCII, space and '#' in the path are percent-encoded.
  CHECK(item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/%C3%A9t%C3%A9%20%231/.aws/config");
  // Two rules on the same span stay distinct alerts.
  const json& other = log["runs"][0]["results"][1];
  CHECK(other["partialFingerprints"]["credlint/v1"] != item["partialFingerprints"]["credlint/v1"]);

  // JSON reports the same columns.
  std::ostringstream json_text;
  report::write_json(json_text, report::ReportContext{result, rules::all_rules(), "0.1.0"});
  const json document = json::parse(json_text.str());
  CHECK(document["findings"][0]["column"] == 10);
  CHECK(document["findings"][0]["end_column"] == 13);
}

TEST_CASE("fingerprints survive unrelated lines inserted above a finding", "[sarif]") {
  const std::string profile = temporary_key_profile("stable");
  const json before = sarif_of(scan_files({{"home/.aws/credentials", profile}}));
  const json after = sarif_of(scan_files({{"home/.aws/credentials", "# a note\n# another note\n\n" + profile}}));
  const auto first = results_of_rule(before, "AWS201");
  const auto second = results_of_rule(after, "AWS201");
  REQUIRE(first.size() == 1);
  REQUIRE(second.size() == 1);
  CHECK(region_of_result(second[0])["startLine"].get<int>() == region_of_result(first[0])["startLine"].get<int>() + 3);
  CHECK(first[0]["partialFingerprints"] == second[0]["partialFingerprints"]);
  // Also when the inserted lines sit right above the finding, inside its profile, and
  // another profile is added above it.
  std::string inside = "[ci]\n# nothing here yet\n\n" + profile;
  inside.insert(inside.find("aws_access_key_id"), "# rotated monthly\n\n");
  const auto third = results_of_rule(sarif_of(scan_files({{"home/.aws/credentials", inside}})), "AWS201");
  REQUIRE(third.size() == 1);
  CHECK(region_of_result(third[0])["startLine"].get<int>() == region_of_result(first[0])["startLine"].get<int>() + 5);
  CHECK(first[0]["partialFingerprints"] == third[0]["partialFingerprints"]);
}

TEST_CASE("two identical mistakes in one file get different fingerprints", "[sarif]") {
  // The same profile twice, same key: only the occurrence tells the findings apart.
  const std::string profile = temporary_key_profile("twice");
  const json log = sarif_of(scan_files({{"home/.aws/credentials", profile + "\n" + profile}}));
  const auto found = results_of_rule(log, "AWS201");
  REQUIRE(found.size() == 2);
  CHECK(found[0]["partialFingerprints"]["primaryLocationLineHash"] !=
        found[1]["partialFingerprints"]["primaryLocationLineHash"]);
  CHECK(found[0]["partialFingerprints"]["credlint/v1"] != found[1]["partialFingerprints"]["credlint/v1"]);
}

TEST_CASE("CRLF and LF files give the same lines, columns and fingerprints", "[sarif]") {
  const json lf = sarif_of(scan_files({{"home/.aws/credentials", "# note\n" + temporary_key_profile("eol")}}));
  const json crlf =
      sarif_of(scan_files({{"home/.aws/credentials", "# note\r\n" + temporary_key_profile("eol", "\r\n")}}));
  const auto a = results_of_rule(lf, "AWS201");
  const auto b = results_of_rule(crlf, "AWS201");
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(region_of_result(a[0]) == region_of_result(b[0]));
  CHECK(a[0]["partialFingerprints"] == b[0]["partialFingerprints"]);
}

TEST_CASE("primaryLocationLineHash matches GitHub's algorithm", "[sarif]") {
  // Golden values from a reimplementation of codeql-action's src/fingerprints.ts (the
  // upload-sarif fingerprinting) run under Node on the same bytes.
  struct Golden {
    std::string name, bytes;
    std::vector<std::string> hashes;
  };
  const std::vector<Golden> goldens = {
      {"lf", "[dev]\naws_access_key_id = KEY\naws_secret_access_key = x\n",
       {"d61957b907594c44:1", "b60b9e993ee76827:1", "35408f00877a0c17:1", "c129715d7a2bc9a3:1"}},
      {"crlf", "[dev]\r\naws_access_key_id = KEY\r\naws_secret_access_key = x\r\n",
       {"d61957b907594c44:1", "b60b9e993ee76827:1", "35408f00877a0c17:1", "c129715d7a2bc9a3:1"}},
      {"cr only", "[dev]\raws_access_key_id = KEY\r", {"8ecfb3e19799310:1", "324063db630d7e53:1", "c129715d7a2bc9a3:1"}},
      {"tabs and spaces", "  [dev]\n\t key\t=\tvalue  \n",
       {"ecf679679c754059:1", "fe4c76f236dd6ca4:1", "c129715d7a2bc9a3:1"}},
      {"duplicate lines", "same\nsame\nsame\n",
       {"55dfc028cbd34ba7:1", "54dd522503d971eb:1", "930af01a65e2307f:1", "c129715d7a2bc9a3:1"}},
      {"no final newline", "a = 1\nb = 2", {"6427f35fd5d27919:1", "925d366a134f6008:1"}},
      {"empty", "", {"c129715d7a2bc9a3:1"}},
      {"unicode", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 = x\nline2\n",
       {"f6973df62069fa58:1", "be45c2d33099e6f7:1", "c129715d7a2bc9a3:1"}},
      {"bom", "\xEF\xBB\xBF[default]\nregion = us-east-1\n",
       {"41f7ca67092f70c4:1", "a4709047d4b90986:1", "c129715d7a2bc9a3:1"}},
      {"invalid utf-8", "a\xE2\x82" "b\xFF\xC0\x80" "c\n\xF0\x9F\x98\n",
       {"283451ab43207b7e:1", "a88b3c201b7e6ebe:1", "c129715d7a2bc9a3:1"}},
      {"long identical lines", std::string(150, 'x') + "\n" + std::string(150, 'x') + "\n" + std::string(150, 'x') + "\n",
       {"52b56201ffb58620:1", "52b56201ffb58620:2", "52b56201ffb58620:3", "c129715d7a2bc9a3:1"}},
  };
  for (const Golden& golden : goldens) {
    INFO(golden.name);
    CHECK(report::line_hashes(golden.bytes) == golden.hashes);
  }
}

TEST_CASE("unreadable files become toolExecutionNotifications and executionSuccessful is false", "[sarif]") {
  ScopedDirectory tree("notifications");
  write_file(tree.path() / "good/.aws/credentials", temporary_key_profile("notified"));
  write_file(tree.path() / "binary/.aws/credentials", std::string("[dev]\0\x01\x02", 8));
  fs::create_directories(tree.path() / "dangling/.aws");
  fs::create_symlink("does-not-exist", tree.path() / "dangling/.aws/config");
  fs::create_directories(tree.path() / "directory");

  const ScopedWorkingDirectory cwd(tree.path());
  discover::DiscoverOptions options;
  options.paths = {"."};
  options.config_files = {"directory", "missing/config"};
  const engine::Environment environment;
  options.environment = &environment;
  discover::Discovered discovered = discover::discover_files(options);
  engine::ScanOptions scan_options;
  scan_options.rules = rules::all_rules();
  const engine::ScanResult result =
      engine::scan(std::move(discovered.inputs), std::move(discovered.notifications), scan_options);
  const json log = sarif_of(result);
  check_sarif(log, result);

  const json& invocation = log["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  std::set<std::string> uris;
  for (const json& notification : invocation["toolExecutionNotifications"]) {
    CHECK(notification["level"] == "error");
    uris.insert(notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>());
  }
  CHECK(uris == std::set<std::string>{"binary/.aws/credentials", "dangling/.aws/config", "directory",
                                      "missing/config"});
  // The readable file is still analysed.
  CHECK(results_of_rule(log, "AWS201").size() == 1);
}

// Not a test of its own: `ctest -R sarif` runs this to write the SARIF of every fixture
// (placeholders expanded in memory by the harness) into $CREDLINT_SARIF_OUT/fixtures,
// which tests/sarif/validate-sarif then checks with Microsoft's validator.
TEST_CASE("write the SARIF of every fixture for the validator", "[.][sarif-files]") {
  const char* out = std::getenv("CREDLINT_SARIF_OUT");
  REQUIRE(out != nullptr);
  const fs::path directory = fs::path(out) / "fixtures";
  fs::remove_all(directory);
  fs::create_directories(directory);
  std::size_t written = 0;
  for (const testing::FixtureCase& fixture : testing::discover_fixture_cases()) {
    const testing::FixtureRun run = testing::run_fixture(fixture);
    std::string name = fixture.name;
    std::replace(name.begin(), name.end(), '/', '_');
    std::ofstream file(directory / (name + ".sarif"), std::ios::binary);
    report::write_sarif(file, report::ReportContext{run.result, rules::all_rules(), "0.1.0"});
    REQUIRE(file.good());
    ++written;
  }
  CHECK(written > 0);
}
