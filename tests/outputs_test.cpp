// Several reports from one scan: `--output FORMAT:PATH` (repeatable; `-` is standard
// output) beside the old `--format X --output PATH`, each file written whole through a
// temporary file; two reports on standard output, unknown formats and empty paths are
// usage errors (exit 2) that write nothing.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/options.h"
#include "support/fixtures.h"
#include "support/in_process.h"

using namespace credlint;
using nlohmann::json;
using testing::run_cli;
using testing::TempDirectory;
namespace fs = std::filesystem;

namespace {

std::string temporary_profile(const std::string& seed) {
  return "[dev]\naws_access_key_id = " + testing::expand_placeholder("akid:ASIA", seed) +
         "\naws_secret_access_key = " + testing::expand_placeholder("secret", seed) + "\n";
}

std::vector<cli::OutputTarget> targets_of(const std::vector<std::string>& args) {
  const cli::ParseOutcome parsed = cli::parse_arguments(args);
  INFO(parsed.error);
  REQUIRE(parsed.options);
  return cli::report_targets(*parsed.options);
}

std::string usage_error(const std::vector<std::string>& args) {
  const cli::ParseOutcome parsed = cli::parse_arguments(args);
  CHECK_FALSE(parsed.options);
  return parsed.error;
}

}  // namespace

TEST_CASE("which reports a scan writes", "[outputs]") {
  using cli::Format;
  using T = cli::OutputTarget;
  CHECK(targets_of({"scan"}) == std::vector<T>{{Format::Text, "-"}});
  CHECK(targets_of({"scan", "--format", "json", "--output", "r.json"}) == std::vector<T>{{Format::Json, "r.json"}});
  CHECK(targets_of({"scan", "--output", "sarif:r.sarif", "--output", "text:-"}) ==
        std::vector<T>{{Format::Sarif, "r.sarif"}, {Format::Text, "-"}});
  // --format with FORMAT:PATH outputs: the --format report goes to standard output.
  CHECK(targets_of({"scan", "--format", "github", "--output", "sarif:r.sarif"}) ==
        std::vector<T>{{Format::Github, "-"}, {Format::Sarif, "r.sarif"}});
  // FORMAT:PATH alone: nothing on standard output.
  CHECK(targets_of({"scan", "-o", "gitlab:cq.json"}) == std::vector<T>{{Format::Gitlab, "cq.json"}});
  // A plain path and FORMAT:PATH outputs together.
  CHECK(targets_of({"scan", "--output", "report.txt", "--output", "json:-"}) ==
        std::vector<T>{{Format::Text, "report.txt"}, {Format::Json, "-"}});
  // A path with a colon that is not a format: ./ makes it a plain path.
  CHECK(targets_of({"scan", "--output", "./notes:1.txt"}) == std::vector<T>{{Format::Text, "./notes:1.txt"}});
  CHECK(targets_of({"scan", "--output", "dir/a:b"}) == std::vector<T>{{Format::Text, "dir/a:b"}});
}

TEST_CASE("output usage errors", "[outputs]") {
  CHECK(usage_error({"scan", "--output", "sarif:-", "--output", "text:-"})
            .find("two reports would go to standard "
                  "output (sarif and text)") == 0);
  CHECK(usage_error({"scan", "--format", "github", "--output", "text:-"}).find("standard output") != std::string::npos);
  CHECK(usage_error({"scan", "--output", "xml:r.xml"}).find("unknown format 'xml' in --output xml:r.xml") == 0);
  CHECK(usage_error({"scan", "--output", "sarif:"}).find("needs a path after the colon") != std::string::npos);
  CHECK(usage_error({"scan", "--output", ""}).find("--output needs a file name") == 0);
  CHECK(usage_error({"scan", "--output", "json:r", "--output", "sarif:r"}).find("two reports would be written to r") ==
        0);
  CHECK(usage_error({"scan", "--format", "yaml"}).find("unknown format 'yaml' (text, json, sarif, github, gitlab)") ==
        0);
  CHECK(usage_error({"rules", "--output", "json:r"}).find("for `credlint scan`") != std::string::npos);
  CHECK(usage_error({"profiles", "--format", "github"}).find("for `credlint scan`") != std::string::npos);
  CHECK(usage_error({"scan", "--baseline", "a", "--write-baseline", "b"}).find("cannot be combined") !=
        std::string::npos);
  CHECK(usage_error({"scan", "--write-baseline", "-"}).find("needs a file name") != std::string::npos);
  CHECK(usage_error({"scan", "--write-baseline", "b.json", "--output", "json:b.json"}).find("overwrite the baseline") !=
        std::string::npos);
  CHECK(usage_error({"scan", "--baseline", "b.json", "--format", "json", "--output", "b.json"})
            .find("overwrite the baseline") != std::string::npos);
  CHECK(usage_error({"scan", "--baseline"}).find("needs a value") != std::string::npos);
}

TEST_CASE("one scan writes several formats, each file whole", "[outputs][cli]") {
  TempDirectory tree("outputs");
  tree.write("repo/.aws/credentials", temporary_profile("outputs"));
  const auto run = run_cli(tree.path(), {"scan", "repo", "--output", "sarif:out/results.sarif", "--output",
                                         "gitlab:cq.json", "--output", "json:report.json", "--output", "text:-"});
  INFO(run.out << run.err);
  // out/ does not exist: that report is an error (exit 2), the others are still written.
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("cannot write out/results.sarif") != std::string::npos);
  CHECK(run.out.find("repo/.aws/credentials:2:21: error AWS201") == 0);  // the text report on stdout
  CHECK(run.out.find("\"version\"") == std::string::npos);
  CHECK(fs::exists(tree.path() / "cq.json"));
  CHECK(fs::exists(tree.path() / "report.json"));
  // Into existing places: every report equals the one a single-format run writes.
  fs::create_directories(tree.path() / "out");
  const auto again = run_cli(tree.path(), {"scan", "repo", "--output", "sarif:out/results.sarif", "--output",
                                           "gitlab:cq.json", "--output", "json:report.json", "--output", "text:-"});
  CHECK(again.exit_code == 1);
  const json sarif = json::parse(tree.read("out/results.sarif"));
  const json gitlab = json::parse(tree.read("cq.json"));
  const json report = json::parse(tree.read("report.json"));
  CHECK(sarif == json::parse(run_cli(tree.path(), {"scan", "repo", "--format", "sarif"}).out));
  CHECK(gitlab == json::parse(run_cli(tree.path(), {"scan", "repo", "--format", "gitlab"}).out));
  CHECK(report == json::parse(run_cli(tree.path(), {"scan", "repo", "--format", "json"}).out));
  CHECK(again.out == run_cli(tree.path(), {"scan", "repo"}).out);
  for (const char* name : {"out/results.sarif.tmp", "cq.json.tmp", "report.json.tmp"}) {
    CHECK_FALSE(fs::exists(tree.path() / name));
  }
  // The old form still works.
  CHECK(run_cli(tree.path(), {"scan", "repo", "--format", "sarif", "--output", "old.sarif"}).exit_code == 1);
  CHECK(json::parse(tree.read("old.sarif")) == sarif);
}
