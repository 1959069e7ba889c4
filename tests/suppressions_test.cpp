// Inline suppressions (analyzer/suppress): `credlint:ignore RULE -- reason` in each file
// kind's comment syntax, on the finding's line or alone on the line above; never inside a
// string literal, never for another rule, line or file; unused ignores counted and, with
// --warn-unused-ignores, reported and failing the run. The findings here are placed by
// hand on chosen lines (what a rule would report there does not matter to the matcher);
// the end-to-end cases at the bottom scan real files through `credlint scan`.
#include "suppress/suppressions.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "parse/dotenv/dotenv_reader.h"
#include "report/report.h"
#include "rules/registry.h"
#include "support/fixtures.h"
#include "support/in_process.h"
#include "suppress/comment_syntax.h"

using namespace credlint;
using nlohmann::json;
using testing::CliRun;
using testing::run_cli;
using testing::TempDirectory;
namespace fs = std::filesystem;

namespace {

struct PlacedFinding {
  std::size_t line;
  std::string rule;
};

// A scan result holding one file (kind from the caller, path decides the comment syntax)
// with findings at the given lines.
struct Synthetic {
  engine::ScanResult result;
  report::Review review;

  Synthetic(const std::string& path, core::FileKind kind, const std::string& bytes,
            const std::vector<PlacedFinding>& findings) {
    add_file(path, kind, bytes, findings);
  }

  void add_file(const std::string& path, core::FileKind kind, const std::string& bytes,
                const std::vector<PlacedFinding>& findings) {
    auto file = std::make_unique<engine::AnalyzedFile>();
    file->source = std::make_unique<core::SourceFile>(path, bytes);
    file->kind = kind;
    if (kind == core::FileKind::Dotenv) file->dotenv = dotenv::read_dotenv(bytes);
    const core::SourceFile* source = file->source.get();
    result.context.files.push_back(std::move(file));
    for (const PlacedFinding& placed : findings) {
      engine::Finding finding;
      finding.rule_id = placed.rule;
      finding.level = engine::Level::Error;
      finding.location = engine::Location{source, source->line_span(placed.line), {}};
      finding.message = "problem";
      finding.identity = "line " + std::to_string(placed.line);
      result.findings.push_back(std::move(finding));
    }
  }

  Synthetic& apply() {
    review = report::Review{};
    suppress::apply_suppressions(result, rules::all_rules(), review);
    return *this;
  }
  bool suppressed(std::size_t index) const { return review.findings.at(index).suppression.has_value(); }
};

bool suppressed_at(const std::string& path, core::FileKind kind, const std::string& text, std::size_t line,
                   const std::string& rule = "AWS201") {
  Synthetic s(path, kind, text, {{line, rule}});
  return s.apply().suppressed(0);
}

// A credentials profile whose key ID is temporary and has no token: AWS201 on `key_line`.
std::string temporary_profile(const std::string& seed, const std::string& above_key = "",
                              const std::string& after_key = "") {
  return "[dev]\n" + above_key + "aws_access_key_id = " + testing::expand_placeholder("akid:ASIA", seed) + after_key +
         "\naws_secret_access_key = " + testing::expand_placeholder("secret", seed) + "\n";
}

}  // namespace

TEST_CASE("INI profile files: a full-line # or semicolon comment on the line above suppresses", "[suppress]") {
  const std::string key = "aws_access_key_id = x\n";
  for (const core::FileKind kind : {core::FileKind::Config, core::FileKind::Credentials}) {
    INFO(core::to_string(kind));
    CHECK(suppressed_at("a/.aws/credentials", kind, "[dev]\n# credlint:ignore AWS201 -- fixture\n" + key, 3));
    CHECK(suppressed_at("a/.aws/credentials", kind, "[dev]\n; credlint:ignore AWS201\n" + key, 3));
    CHECK(suppressed_at("a/.aws/credentials", kind, "[dev]\n   #credlint:ignore AWS201\n" + key, 3));
    CHECK(suppressed_at("a/.aws/credentials", kind, "\xEF\xBB\xBF# credlint:ignore AWS201\n" + key, 2));  // after a BOM
    // Two lines above is not "the line above".
    CHECK_FALSE(suppressed_at("a/.aws/credentials", kind, "[dev]\n# credlint:ignore AWS201\n\n" + key, 4));
    // botocore keeps `# ...` after a value as part of the value: no trailing comments in INI.
    CHECK_FALSE(
        suppressed_at("a/.aws/credentials", kind, "[dev]\naws_access_key_id = x # credlint:ignore AWS201\n", 2));
    CHECK_FALSE(
        suppressed_at("a/.aws/credentials", kind, "[dev]\naws_access_key_id = x ; credlint:ignore AWS201\n", 2));
    // Another rule's ID suppresses nothing.
    CHECK_FALSE(suppressed_at("a/.aws/credentials", kind, "[dev]\n# credlint:ignore AWS101\n" + key, 3));
  }
}

TEST_CASE(".env: # on the line above or ` #` after the value, never inside a quoted value", "[suppress]") {
  const auto env = core::FileKind::Dotenv;
  CHECK(suppressed_at(".env", env, "# credlint:ignore AWS201 -- fixture\nAWS_ACCESS_KEY_ID=x\n", 2));
  CHECK(suppressed_at(".env", env, "\xEF\xBB\xBF# credlint:ignore AWS201\nAWS_ACCESS_KEY_ID=x\n", 2));
  CHECK(suppressed_at(".env", env, "AWS_ACCESS_KEY_ID=x # credlint:ignore AWS201 -- fixture\n", 1));
  CHECK(suppressed_at(".env", env, "AWS_ACCESS_KEY_ID=\"x\" # credlint:ignore AWS201\n", 1));
  // Inside quotes the text is part of the value.
  CHECK_FALSE(suppressed_at(".env", env, "AWS_ACCESS_KEY_ID=\"x # credlint:ignore AWS201\"\n", 1));
  CHECK_FALSE(suppressed_at(".env", env, "AWS_ACCESS_KEY_ID='x # credlint:ignore AWS201'\n", 1));
  // Without a blank before '#', python-dotenv, compose and a shell keep it in the value.
  CHECK_FALSE(suppressed_at(".env", env, "AWS_ACCESS_KEY_ID=x#credlint:ignore AWS201\n", 1));
  // A line of a multi-line quoted value that starts with '#' is value, not comment.
  CHECK_FALSE(suppressed_at(".env", env, "NOTE=\"first\n# credlint:ignore AWS201\nAWS_ACCESS_KEY_ID=x\"\n", 3));
  // A trailing comment governs its own line only.
  CHECK_FALSE(suppressed_at(".env", env, "A=1 # credlint:ignore AWS201\nAWS_ACCESS_KEY_ID=x\n", 2));
}

TEST_CASE("source files: the comment syntax of their language, same line or alone on the line above", "[suppress]") {
  struct Case {
    std::string path;
    std::string text;
    std::size_t line;
    bool suppressed;
  };
  const auto text_kind = core::FileKind::Source;
  const std::vector<Case> cases = {
      // `#` languages
      {"app/settings.py", "# credlint:ignore AWS201 -- fixture\nKEY = 'x'\n", 2, true},
      {"app/settings.py", "KEY = 'x'  # credlint:ignore AWS201\n", 1, true},
      {"app/settings.py", "KEY = \"# credlint:ignore AWS201\"\n", 1, false},
      {"app/settings.py", "KEY = 'x', \"#\"  # credlint:ignore AWS201\n", 1, true},
      {"app/settings.py", "DOC = \"\"\"\n# credlint:ignore AWS201\nKEY = x\n\"\"\"\n", 3, false},
      {"lib/config.rb", "# credlint:ignore AWS201\nKEY = 'x'\n", 2, true},
      {"deploy.sh", "export AWS_ACCESS_KEY_ID=x # credlint:ignore AWS201\n", 1, true},
      {"deploy.sh", "echo \"a\n# credlint:ignore AWS201\nb\"\nexport AWS_ACCESS_KEY_ID=x\n", 4, false},
      {"deploy.sh", "echo ${#x} credlint:ignore AWS201\n", 1, false},
      {"deploy.sh", "export AWS_ACCESS_KEY_ID=x#credlint:ignore AWS201\n", 1, false},  // a word, not a comment
      {"ci.yml", "key: x#credlint:ignore AWS201\n", 1, false},
      {"ci.yml", "# credlint:ignore AWS201\nkey: x\n", 2, true},
      {"ci.yml", "note: don't # credlint:ignore AWS201\n", 1, true},
      {"ci.yml", "key: \"x # credlint:ignore AWS201\"\n", 1, false},
      {"main.tf", "# credlint:ignore AWS201\naccess_key = \"x\"\n", 2, true},
      {"main.tf", "// credlint:ignore AWS201\naccess_key = \"x\"\n", 2, true},
      {"main.tf", "access_key = \"x\" /* credlint:ignore AWS201 */\n", 1, true},
      {"pyproject.toml", "key = \"x\" # credlint:ignore AWS201\n", 1, true},
      {"Dockerfile", "# credlint:ignore AWS201\nENV AWS_ACCESS_KEY_ID=x\n", 2, true},
      {"Dockerfile", "ENV AWS_ACCESS_KEY_ID=x # credlint:ignore AWS201\n", 1, false},
      {"app.properties", "# credlint:ignore AWS201\naws.key=x\n", 2, true},
      {"app.properties", "aws.key=x # credlint:ignore AWS201\n", 1, false},
      // `//` and `/* */` languages
      {"src/client.ts", "// credlint:ignore AWS201 -- fixture\nconst key = 'x';\n", 2, true},
      {"src/client.ts", "const key = 'x'; // credlint:ignore AWS201\n", 1, true},
      {"src/client.ts", "/* credlint:ignore AWS201 */\nconst key = 'x';\n", 2, true},
      {"src/client.ts", "/* credlint:ignore AWS201 */ const key = 'x';\n", 1, true},
      {"src/client.ts", "const url = 'http://x'; // credlint:ignore AWS201\n", 1, true},
      {"src/client.ts", "const s = '// credlint:ignore AWS201';\n", 1, false},
      {"src/client.ts", "const s = `\n// credlint:ignore AWS201\nkey`;\n", 3, false},
      {"src/client.js", "/*\n credlint:ignore AWS201 */\nconst key = 'x';\n", 3, false},
      {"main.go", "// credlint:ignore AWS201\nkey := \"x\"\n", 2, true},
      {"main.go", "s := `\n// credlint:ignore AWS201\nx`\n", 3, false},
      {"App.java", "String key = \"x\"; // credlint:ignore AWS201\n", 1, true},
      {"App.java", "String s = \"\"\"\n// credlint:ignore AWS201\nx\"\"\";\n", 3, false},
      {"Program.cs", "// credlint:ignore AWS201\nvar key = \"x\";\n", 2, true},
      {"main.rs", "fn f<'a>(k: &'a str) {} // credlint:ignore AWS201\n", 1, true},
      {"main.rs", "let s = \"\n// credlint:ignore AWS201\nx\";\n", 3, false},
      {"Main.kt", "val key = \"x\" // credlint:ignore AWS201\n", 1, true},
      {"index.php", "# credlint:ignore AWS201\n$key = 'x';\n", 2, true},
      {"index.php", "$key = 'x'; // credlint:ignore AWS201\n", 1, true},
      {"README.md", "<!-- credlint:ignore AWS201 -- docs example -->\nkey = x\n", 2, true},
      // No comment syntax at all.
      {"package.json", "{\"k\": \"# credlint:ignore AWS201\"}\n", 1, false},
      {"notes.txt", "# credlint:ignore AWS201\nkey = x\n", 2, false},
  };
  for (const Case& c : cases) {
    INFO(c.path << ": " << c.text);
    CHECK(suppressed_at(c.path, text_kind, c.text, c.line) == c.suppressed);
    // The same comment never governs a line two below it.
    if (c.suppressed) CHECK_FALSE(suppressed_at(c.path, text_kind, c.text + "\n\n", c.line + 2));
  }
}

TEST_CASE("the directive: IDs comma or blank separated, any case, reason after ` -- `", "[suppress]") {
  const auto kind = core::FileKind::Source;
  Synthetic s("app.py", kind, "# credlint:ignore aws201, AWS501 AWS101 -- rotated weekly, see TICKET-1\nKEY = 1\n",
              {{2, "AWS201"}, {2, "AWS501"}, {2, "AWS101"}, {2, "AWS301"}});
  s.apply();
  CHECK(s.suppressed(0));
  CHECK(s.suppressed(1));
  CHECK(s.suppressed(2));
  CHECK_FALSE(s.suppressed(3));  // not named
  REQUIRE(s.review.findings[0].suppression);
  CHECK(s.review.findings[0].suppression->justification == "rotated weekly, see TICKET-1");
  CHECK(s.review.findings[0].suppression->line == 1);
  CHECK(s.review.findings[0].suppression->column == 3);
  CHECK(s.review.unused_ignores.empty());

  CHECK(suppressed_at("app.py", kind, "# credlint:ignore[AWS201,AWS501]\nKEY = 1\n", 2));
  CHECK(suppressed_at("app.py", kind, "## credlint:ignore AWS201\nKEY = 1\n", 2));
  // Not a directive: another word first, or a longer word.
  CHECK_FALSE(suppressed_at("app.py", kind, "# see credlint:ignore AWS201\nKEY = 1\n", 2));
  CHECK_FALSE(suppressed_at("app.py", kind, "# credlint:ignored AWS201\nKEY = 1\n", 2));
}

TEST_CASE("malformed and unused ignores suppress nothing and are listed", "[suppress]") {
  const auto kind = core::FileKind::Source;
  Synthetic s("app.py", kind,
              "# credlint:ignore because it is a test\nKEY = 1\n"  // 1-2: no rule ID
              "# credlint:ignore\nKEY = 2\n"                       // 3-4: nothing named
              "# credlint:ignore AWS201, AWS101\nKEY = 3\n"        // 5-6: AWS101 unused
              "# credlint:ignore AWS999\nKEY = 4\n"                // 7-8: unknown rule
              "KEY = 5  # credlint:ignore AWS201\nKEY = 6\n",      // 9-10: trailing, governs line 9 only
              {{2, "AWS201"}, {4, "AWS201"}, {6, "AWS201"}, {8, "AWS201"}, {10, "AWS201"}});
  s.apply();
  CHECK_FALSE(s.suppressed(0));
  CHECK_FALSE(s.suppressed(1));
  CHECK(s.suppressed(2));
  CHECK_FALSE(s.suppressed(3));
  CHECK_FALSE(s.suppressed(4));
  REQUIRE(s.review.unused_ignores.size() == 5);
  const auto& u = s.review.unused_ignores;
  CHECK(u[0].line == 1);
  CHECK(u[0].problem.find("`because` in credlint:ignore is not a rule ID") != std::string::npos);
  CHECK(u[1].line == 3);
  CHECK(u[1].problem.find("names no rule ID") != std::string::npos);
  CHECK(u[2].line == 5);
  CHECK(u[2].rules == std::vector<std::string>{"AWS101"});
  CHECK(u[2].problem.find("no AWS101 finding on this line or the next") != std::string::npos);
  CHECK(u[3].line == 7);
  CHECK(u[3].problem.find("AWS999, which is not a credlint rule") != std::string::npos);
  CHECK(u[4].line == 9);
  CHECK(u[4].problem.find("on this line") != std::string::npos);
  CHECK(u[4].column == 12);
}

TEST_CASE("an ignore comment never reaches into another file", "[suppress]") {
  Synthetic s("a.py", core::FileKind::Source, "# credlint:ignore AWS201\nKEY = 1\n", {});
  s.add_file("b.py", core::FileKind::Source, "x = 0\nKEY = 1\n", {{2, "AWS201"}});
  s.apply();
  CHECK_FALSE(s.suppressed(0));
  REQUIRE(s.review.unused_ignores.size() == 1);
  CHECK(s.review.unused_ignores[0].path == "a.py");
}

TEST_CASE("the comment syntax table", "[suppress]") {
  using suppress::comment_syntax_for;
  CHECK(comment_syntax_for(core::FileKind::Credentials, "x/credentials").language == "ini");
  CHECK_FALSE(comment_syntax_for(core::FileKind::Config, "x/config").trailing);
  CHECK(comment_syntax_for(core::FileKind::Dotenv, "x/.env.local").language == "dotenv");
  CHECK(comment_syntax_for(core::FileKind::Source, "src/App.TSX").language == "javascript");
  CHECK(comment_syntax_for(core::FileKind::Text, "docker/Dockerfile.prod").language == "dockerfile");
  CHECK(comment_syntax_for(core::FileKind::Text, "Makefile").language == "shell");
  CHECK_FALSE(comment_syntax_for(core::FileKind::Source, "a/b.json").any());
  CHECK_FALSE(comment_syntax_for(core::FileKind::Text, "a/.bashrc").any());
}

// ---- end to end through `credlint scan` ------------------------------------------------

TEST_CASE("suppressed findings: hidden in text, counted, marked in JSON, kept in SARIF", "[suppress][cli]") {
  TempDirectory tree("e2e");
  tree.write("creds", temporary_profile("suppressed", "# credlint:ignore AWS201 -- rotated by the test harness\n"));
  const std::vector<std::string> base = {"scan", "--credentials-file", "creds"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(tree.path(), args);
  };
  const CliRun text = with({});
  INFO(text.out << text.err);
  CHECK(text.exit_code == 0);  // the only finding is suppressed
  CHECK(text.out.find("AWS201") == std::string::npos);
  CHECK(text.out.find("0 findings") != std::string::npos);
  CHECK(text.out.find("1 suppressed by credlint:ignore") != std::string::npos);

  const json report = json::parse(with({"--format", "json"}).out);
  CHECK(report["findings"].empty());
  REQUIRE(report["suppressed"].size() == 1);
  CHECK(report["suppressed"][0]["rule"] == "AWS201");
  CHECK(report["suppressed"][0]["suppression"]["justification"] == "rotated by the test harness");
  CHECK(report["suppressed"][0]["suppression"]["line"] == 2);
  CHECK(report["summary"]["suppressed"] == 1);
  CHECK(report["summary"]["findings"] == 0);

  const json sarif = json::parse(with({"--format", "sarif"}).out);
  const json& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 1);
  CHECK(results[0]["ruleId"] == "AWS201");
  REQUIRE(results[0]["suppressions"].size() == 1);
  CHECK(results[0]["suppressions"][0]["kind"] == "inSource");
  CHECK(results[0]["suppressions"][0]["justification"] == "rotated by the test harness");
  CHECK(results[0]["suppressions"][0]["location"]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK_FALSE(results[0].contains("baselineState"));  // no baseline given

  CHECK(with({"--format", "github"}).out.empty());
  CHECK(json::parse(with({"--format", "gitlab"}).out).empty());
}

TEST_CASE("unused ignores are counted, and --warn-unused-ignores lists them with file and line and fails",
          "[suppress][cli]") {
  TempDirectory tree("unused");
  // A clean config file with a stale ignore (the mistake it covered was fixed).
  tree.write("config", "[default]\n# credlint:ignore AWS301 -- was us-east1\nregion = us-east-1\n");
  const CliRun quiet = run_cli(tree.path(), {"scan", "--config-file", "config"});
  INFO(quiet.out << quiet.err);
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.out.find("1 unused ignore (--warn-unused-ignores lists them)") != std::string::npos);
  CHECK(quiet.out.find("config:2:") == std::string::npos);

  const CliRun loud = run_cli(tree.path(), {"scan", "--config-file", "config", "--warn-unused-ignores"});
  INFO(loud.out << loud.err);
  CHECK(loud.exit_code == 1);
  CHECK(loud.out.find("config:2:3: warning unused-ignore credlint:ignore AWS301 suppresses nothing") !=
        std::string::npos);

  const json sarif = json::parse(
      run_cli(tree.path(), {"scan", "--config-file", "config", "--warn-unused-ignores", "--format", "sarif"}).out);
  const json& notifications = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notifications.size() == 1);
  CHECK(notifications[0]["descriptor"]["id"] == "CLN010");
  CHECK(notifications[0]["level"] == "warning");
  CHECK(notifications[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == true);

  const std::string github =
      run_cli(tree.path(), {"scan", "--config-file", "config", "--warn-unused-ignores", "--format", "github"}).out;
  CHECK(github.rfind("::warning file=config,line=2,col=3,title=credlint unused-ignore::", 0) == 0);

  const json report = json::parse(run_cli(tree.path(), {"scan", "--config-file", "config", "--format", "json"}).out);
  REQUIRE(report["unused_ignores"].size() == 1);
  CHECK(report["unused_ignores"][0]["line"] == 2);
  CHECK(report["unused_ignores"][0]["rules"] == json::array({"AWS301"}));
  CHECK(report["summary"]["unused_ignores"] == 1);
}

TEST_CASE("a real .env and a real profile file suppress through the scan", "[suppress][cli]") {
  TempDirectory tree("real");
  const std::string key = testing::expand_placeholder("akid:ASIA", "real env");
  const std::string secret = testing::expand_placeholder("secret", "real env");
  tree.write("app/.env", "AWS_ACCESS_KEY_ID=" + key + " # credlint:ignore AWS201, AWS501 -- local test stack\n" +
                             "# credlint:ignore AWS501\nAWS_SECRET_ACCESS_KEY=" + secret + "\n");
  const CliRun run = run_cli(tree.path(), {"scan", "app", "--format", "json", "--warn-unused-ignores"});
  INFO(run.out << run.err);
  const json report = json::parse(run.out);
  CHECK(report["findings"].empty());
  CHECK(report["suppressed"].size() >= 2);
  CHECK(report["unused_ignores"].empty());
  CHECK(run.exit_code == 0);
}

TEST_CASE("source files suppress through the scan but an ignore inside a string does not", "[suppress][cli]") {
  TempDirectory tree("source");
  const auto akid = [](const std::string& seed) { return testing::expand_placeholder("akid:AKIA", seed); };
  const auto secret = [](const std::string& seed) { return testing::expand_placeholder("secret", seed); };
  tree.write("app.py",
             "import boto3\n\nclient = boto3.client(\n    \"s3\",\n"
             "    # credlint:ignore AWS501 -- test fixture key, never deployed\n"
             "    aws_access_key_id=\"" +
                 akid("py") +
                 "\",\n"
                 "    aws_secret_access_key=\"" +
                 secret("py") +
                 "\",  # credlint:ignore AWS501\n)\n"
                 "other = boto3.client(\n    \"s3\",\n    config=None, note=\"# credlint:ignore AWS501\",\n"
                 "    aws_access_key_id=\"" +
                 akid("py other") + "\", aws_secret_access_key=\"" + secret("py other") + "\",\n)\n");
  tree.write("index.js",
             "const { S3Client } = require(\"@aws-sdk/client-s3\");\n"
             "const client = new S3Client({\n  credentials: {\n    // credlint:ignore AWS501\n"
             "    accessKeyId: \"" +
                 akid("js") +
                 "\",\n"
                 "    secretAccessKey: \"" +
                 secret("js") + "\", // credlint:ignore AWS501\n  },\n});\n");
  const CliRun run = run_cli(tree.path(), {"scan", ".", "--format", "json", "--warn-unused-ignores"});
  INFO(run.out << run.err);
  const json report = json::parse(run.out);
  // The findings left are those below the string that merely contains the directive.
  REQUIRE_FALSE(report["findings"].empty());
  for (const json& finding : report["findings"]) {
    CHECK(finding["rule"] == "AWS501");
    CHECK(finding["file"] == "app.py");
    CHECK(finding["line"] == 12);
  }
  CHECK(report["suppressed"].size() == 4);
  CHECK(report["unused_ignores"].empty());
  CHECK(run.exit_code == 1);
}

// Not a test of its own: `ctest -R sarif` runs it to write SARIF with suppressions,
// baselineState and unused-ignore notifications into $CREDLINT_SARIF_OUT/review, which
// tests/sarif/validate-sarif then checks with Microsoft's validator.
TEST_CASE("write SARIF with suppressions and baselines for the validator", "[.][sarif-files]") {
  const char* out = std::getenv("CREDLINT_SARIF_OUT");
  REQUIRE(out != nullptr);
  const fs::path directory = fs::path(out) / "review";
  fs::remove_all(directory);
  fs::create_directories(directory);
  TempDirectory tree("sarif-review");
  tree.write("repo/.aws/credentials",
             temporary_profile("review", "# credlint:ignore AWS201 -- rotated by the test harness\n") +
                 "# credlint:ignore AWS999\n[other]\nregion = us-east-1\n");
  tree.write("repo/.env", "# credlint:ignore AWS501 -- local stack\nAWS_ACCESS_KEY_ID=" +
                              testing::expand_placeholder("akid:AKIA", "review env") + "\n");
  const fs::path baseline = tree.path() / "baseline.json";
  auto scan = [&](const std::string& name, std::vector<std::string> extra) {
    std::vector<std::string> args = {"scan", "repo", "--output", "sarif:" + (directory / (name + ".sarif")).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    const CliRun run = run_cli(tree.path(), args);
    INFO(name << ": " << run.err);
    CHECK((run.exit_code == 0 || run.exit_code == 1));
    CHECK(fs::exists(directory / (name + ".sarif")));
  };
  scan("suppressed", {"--warn-unused-ignores"});
  scan("baseline_written", {"--write-baseline", baseline.string()});
  tree.write("repo/.aws/config", "[profile x]\nregion = us-east1\n");  // a new finding
  scan("baseline_applied", {"--baseline", baseline.string(), "--warn-unused-ignores"});
  const json log = json::parse(std::ifstream(directory / "baseline_applied.sarif"));
  std::set<std::string> states;
  for (const json& result : log["runs"][0]["results"]) states.insert(result.value("baselineState", "missing"));
  CHECK(states == std::set<std::string>{"new", "unchanged"});
}
