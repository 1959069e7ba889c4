// A secret never leaves its type unredacted (STYLE.md §1): for every fixture, the text
// report (with and without colour, and --quiet), JSON, SARIF, github, gitlab, the baseline
// file and `credlint profiles` (text and JSON) must not contain any generated secret or
// session token, nor any 8 characters of one in a row, and generated key IDs may appear
// only as prefix + last four (no 8 characters of a key ID in a row). The generator fills
// fixtures with fresh random values, so a match is a leak, not a coincidence.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "aws/redaction.h"
#include "cli/commands.h"
#include "report/report.h"
#include "rules/registry.h"
#include "suppress/baseline.h"
#include "support/fixtures.h"

using namespace credlint;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kWindow = 8;
// Every generated session token starts with this public constant (the base64 of the STS
// token header, also quoted in AWS201's help); only the characters after it are secret.
constexpr std::string_view kTokenPrefix = "IQoJb3JpZ2luX2Vj";

std::uint64_t pack(std::string_view eight) {
  std::uint64_t value = 0;
  std::memcpy(&value, eight.data(), kWindow);
  return value;
}

// All 8-byte windows of an output, for fast look-ups.
class Windows {
 public:
  explicit Windows(std::string_view text) {
    for (std::size_t i = 0; i + kWindow <= text.size(); ++i) windows_.insert(pack(text.substr(i, kWindow)));
  }
  // The first window of `value` at or after `from` that the output contains, or "".
  std::string leaked_part(std::string_view value, std::size_t from = 0) const {
    for (std::size_t i = from; i + kWindow <= value.size(); ++i) {
      if (windows_.count(pack(value.substr(i, kWindow))) > 0) return std::string(value.substr(i, kWindow));
    }
    return {};
  }

 private:
  std::unordered_set<std::uint64_t> windows_;
};

void check_no_leak(const std::string& output, const testing::FixtureRun& run, const std::string& what) {
  const Windows windows(output);
  for (const std::string& secret : run.generated_secrets) {
    // Skip the public token header: only windows that reach past it count.
    const std::size_t from = secret.rfind(kTokenPrefix, 0) == 0 ? kTokenPrefix.size() - kWindow + 1 : 0;
    const std::string part = windows.leaked_part(secret, from);
    INFO(what << " shows 8 characters of a generated secret or token (" << secret.size() << " characters long)");
    CHECK(part.empty());
  }
  for (const std::string& key : run.generated_key_ids) {
    // A redacted key ID is "ASIA************WXYZ": no 8 characters of the key in a row.
    const std::string part = windows.leaked_part(key);
    INFO(what << " shows more of a key ID than its prefix and last four: " << part);
    CHECK(part.empty());
  }
}

class TempDirectory {
 public:
  TempDirectory() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("credlint-redaction-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDirectory() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// `credlint profiles` over the fixture's expanded files, written to a temporary directory.
std::vector<std::pair<std::string, std::string>> profiles_outputs(const testing::FixtureRun& run) {
  const TempDirectory directory;
  cli::Options options;
  options.command = cli::Command::Profiles;
  std::size_t index = 0;
  for (const auto& file : run.result.context.files) {
    if (file->kind != core::FileKind::Config && file->kind != core::FileKind::Credentials) continue;
    const fs::path path = directory.path() / std::to_string(index++);
    std::ofstream(path, std::ios::binary) << file->source->bytes();
    (file->kind == core::FileKind::Config ? options.config_files : options.credentials_files).push_back(path.string());
  }
  std::vector<std::pair<std::string, std::string>> outputs;
  if (index == 0) return outputs;
  for (const cli::Format format : {cli::Format::Text, cli::Format::Json}) {
    options.format = format;
    std::ostringstream out, err;
    CHECK(cli::run_command(options, cli::Runtime{}, out, err) == cli::kExitClean);
    outputs.emplace_back(format == cli::Format::Json ? "profiles --format json" : "profiles", out.str() + err.str());
  }
  return outputs;
}

}  // namespace

TEST_CASE("no report shows a generated secret, token or full key ID", "[redaction]") {
  const auto fixtures = testing::discover_fixture_cases();
  REQUIRE_FALSE(fixtures.empty());
  std::size_t secrets_checked = 0;
  for (const testing::FixtureCase& fixture : fixtures) {
    INFO("fixture " << fixture.name);
    const testing::FixtureRun run = testing::run_fixture(fixture);
    secrets_checked += run.generated_secrets.size() + run.generated_key_ids.size();
    const report::ReportContext context{run.result, rules::all_rules(), "0.1.0"};
    std::vector<std::pair<std::string, std::string>> outputs;
    for (const report::TextOptions options : {report::TextOptions{false, false}, report::TextOptions{true, false},
                                              report::TextOptions{false, true}}) {
      std::ostringstream text;
      report::write_text(text, context, options);
      outputs.emplace_back(options.color ? "text (colour)" : options.quiet ? "text --quiet" : "text", text.str());
    }
    std::ostringstream json, sarif, github, gitlab;
    report::write_json(json, context);
    report::write_sarif(sarif, context);
    report::write_github(github, context);
    report::write_gitlab(gitlab, context);
    outputs.emplace_back("json", json.str());
    outputs.emplace_back("sarif", sarif.str());
    outputs.emplace_back("github", github.str());
    outputs.emplace_back("gitlab", gitlab.str());
    // The same with every other finding suppressed and the rest baselined.
    report::Review review;
    review.baseline_applied = true;
    review.findings.resize(run.result.findings.size());
    for (std::size_t i = 0; i < review.findings.size(); ++i) {
      if (i % 2 == 0) review.findings[i].suppression = report::Suppression{"test", 1, 1};
      review.findings[i].baseline = report::BaselineState::Unchanged;
    }
    const report::ReportContext reviewed{run.result, rules::all_rules(), "0.1.0", &review};
    std::ostringstream reviewed_json, reviewed_sarif;
    report::write_json(reviewed_json, reviewed);
    report::write_sarif(reviewed_sarif, reviewed);
    outputs.emplace_back("json (suppressed)", reviewed_json.str());
    outputs.emplace_back("sarif (suppressed)", reviewed_sarif.str());
    // A baseline file records fingerprints only.
    outputs.emplace_back("baseline", suppress::baseline_document(
                                         suppress::baseline_entries(run.result, report::Review{}), "0.1.0"));
    for (auto& profiles : profiles_outputs(run)) outputs.push_back(std::move(profiles));
    for (const auto& [what, output] : outputs) check_no_leak(output, run, what);
  }
  // The check must have had something to find.
  CHECK(secrets_checked > 0);
}

TEST_CASE("the leak check itself finds a leak", "[redaction]") {
  testing::FixtureRun run;
  run.generated_secrets = {testing::expand_placeholder("secret", "self-test"),
                           testing::expand_placeholder("token", "self-test token")};
  run.generated_key_ids = {testing::expand_placeholder("akid:ASIA", "self-test")};
  const std::string& secret = run.generated_secrets[0];
  const std::string& token = run.generated_secrets[1];
  const std::string& key = run.generated_key_ids[0];
  const Windows windows("x " + secret.substr(10, 8) + " " + key.substr(0, 4) + "************" + key.substr(16) + " " +
                        std::string(kTokenPrefix) + "...");
  CHECK(windows.leaked_part(secret) == secret.substr(10, 8));
  CHECK(windows.leaked_part(key).empty());  // prefix + last four is allowed
  CHECK(windows.leaked_part(token, kTokenPrefix.size() - kWindow + 1).empty());  // the public header is not a leak
  CHECK(Windows(key.substr(2, 9)).leaked_part(key) == key.substr(2, 8));
}

TEST_CASE("scrub_text masks secret-shaped runs and keeps identifiers readable", "[redaction]") {
  const std::string secret = testing::expand_placeholder("secret", "scrub");
  const std::string key_id = testing::expand_placeholder("akid:AKIA", "scrub");
  const std::string scrubbed = aws::scrub_text("secret " + secret + " key " + key_id);
  CHECK(scrubbed.find(secret.substr(0, 8)) == std::string::npos);
  CHECK(scrubbed.find(key_id.substr(4, 12)) == std::string::npos);
  CHECK(scrubbed.find(key_id.substr(0, 4)) != std::string::npos);  // the prefix stays
  for (const char* identifier : {"Ec2InstanceMetadata", "EcsContainer", "SignatureDoesNotMatch", "InvalidClientTokenId"}) {
    CHECK(aws::scrub_text(identifier) == identifier);
  }
}
