// End-to-end tests of the real `credlint` binary (CREDLINT_BINARY), run in temporary
// directories: exit codes, --output, --quiet, colour, usage errors, `rules`, `explain`,
// `.credlint.ini`, and hostile inputs (binary, invalid UTF-8, BOM, CRLF, huge files and
// lines, symlink loops, dangling symlinks, FIFOs, directories where files belong). One bad
// file never stops the others: it becomes a notification naming it and the exit code is 2.
// As root `chmod 000` does not make a file unreadable, so no test relies on it.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "rules/registry.h"
#include "support/fixtures.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// ---- running the binary ------------------------------------------------------------------

struct Run {
  int exit_code = -1;  // -1 when killed by a signal or the timeout
  bool timed_out = false;
  std::string out, err;
};

struct RunOptions {
  fs::path cwd;
  std::map<std::string, std::string> env;  // set on top of a minimal environment
  std::chrono::seconds timeout{60};
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// fork + exec with stdout and stderr sent to files (no pipe can fill up and block), a
// minimal environment (so the developer's AWS_* and NO_COLOR do not leak into results),
// and a timeout after which the child is killed: a hang is a failure, not a stuck suite.
Run run_credlint(const std::vector<std::string>& args, const RunOptions& options = {}) {
  static int counter = 0;
  const fs::path capture = fs::temp_directory_path() / ("credlint-cli-capture-" + std::to_string(::getpid()) + "-" +
                                                        std::to_string(counter++));
  const std::string out_path = capture.string() + ".out", err_path = capture.string() + ".err";
  std::vector<std::string> argv_storage = {CREDLINT_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<std::string> env_storage = {"PATH=/usr/bin:/bin", "HOME=" + fs::temp_directory_path().string() +
                                                                    "/credlint-cli-no-home"};
  for (const auto& [name, value] : options.env) {
    if (name == "HOME") env_storage[1] = "HOME=" + value;
    else env_storage.push_back(name + "=" + value);
  }
  std::vector<char*> argv, envp;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (std::string& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  const pid_t child = ::fork();
  if (child == 0) {
    if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0) ::_exit(126);
    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (in < 0 || out < 0 || err < 0) ::_exit(126);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  Run run;
  REQUIRE(child > 0);
  const auto deadline = std::chrono::steady_clock::now() + options.timeout;
  int status = 0;
  while (true) {
    const pid_t done = ::waitpid(child, &status, WNOHANG);
    if (done == child) break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
      run.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (!run.timed_out && WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  run.out = read_all(out_path);
  run.err = read_all(err_path);
  std::error_code ec;
  fs::remove(out_path, ec);
  fs::remove(err_path, ec);
  return run;
}

// ---- trees -----------------------------------------------------------------------------

class TempTree {
 public:
  explicit TempTree(const std::string& label) {
    static int counter = 0;
    root_ = fs::temp_directory_path() /
            ("credlint-cli-" + label + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  const fs::path& path() const { return root_; }
  fs::path operator/(const std::string& relative) const { return root_ / relative; }

  void write(const std::string& relative, std::string_view bytes) const {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative, std::ios::binary) << bytes;
  }

 private:
  fs::path root_;
};

// A string literal with its embedded NUL bytes.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

std::string key_id(const std::string& seed) { return credlint::testing::expand_placeholder("akid:ASIA", seed); }
std::string secret(const std::string& seed) { return credlint::testing::expand_placeholder("secret", seed); }

// A credentials file with one AWS201 finding (temporary key, no token) on line 3.
std::string temporary_key_file(const std::string& seed, const std::string& eol = "\n") {
  return "# credentials" + eol + "[dev]" + eol + "aws_access_key_id = " + key_id(seed) + eol +
         "aws_secret_access_key = " + secret(seed) + eol;
}

// A clean config file.
constexpr std::string_view kCleanConfig = "[default]\nregion = us-east-1\noutput = json\n";

json parse_json(const Run& run) {
  INFO("stdout: " << run.out.substr(0, 2000) << "\nstderr: " << run.err.substr(0, 2000));
  return json::parse(run.out);
}

std::vector<json> findings_of_rule(const json& report, std::string_view rule) {
  std::vector<json> out;
  for (const json& finding : report["findings"]) {
    if (finding["rule"] == rule) out.push_back(finding);
  }
  return out;
}

std::vector<json> notifications_for(const json& report, std::string_view file) {
  std::vector<json> out;
  for (const json& n : report["notifications"]) {
    if (n["file"] == file) out.push_back(n);
  }
  return out;
}

#define CHECK_RUN(run, expected_exit)                                                          \
  do {                                                                                          \
    INFO("stdout: " << (run).out.substr(0, 3000) << "\nstderr: " << (run).err.substr(0, 3000)); \
    CHECK_FALSE((run).timed_out);                                                               \
    CHECK((run).exit_code == (expected_exit));                                                  \
  } while (false)

}  // namespace

// ---- exit codes and output --------------------------------------------------------------

TEST_CASE("exit code 0 when clean, 1 with findings, 2 when a file cannot be analysed", "[cli]") {
  TempTree tree("exit");
  tree.write("clean/.aws/config", kCleanConfig);
  tree.write("finding/.aws/credentials", temporary_key_file("exit"));
  tree.write("binary/.aws/credentials", bytes("\x7f" "ELF\0\0\0"));

  CHECK_RUN(run_credlint({"scan", "clean"}, {tree.path()}), 0);
  const Run finding = run_credlint({"scan", "finding"}, {tree.path()});
  CHECK_RUN(finding, 1);
  CHECK(finding.out.find("finding/.aws/credentials:3:") != std::string::npos);
  CHECK(finding.out.find("AWS201") != std::string::npos);
  CHECK_RUN(run_credlint({"scan", "binary"}, {tree.path()}), 2);
  // An analysis error outranks findings.
  CHECK_RUN(run_credlint({"scan", "."}, {tree.path()}), 2);
}

TEST_CASE("the fail level (--fail-level) sets the lowest level that fails", "[cli]") {
  TempTree tree("fail-level");
  // A file named with --credentials-file (not one found in a tree, which AWS501 would
  // also report): its only finding is AWS201, an error.
  tree.write("creds", temporary_key_file("fail-level"));
  auto scan = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = {"scan", "--credentials-file", "creds"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_credlint(args, {tree.path()});
  };
  CHECK_RUN(scan({"--fail-level", "error"}), 1);
  CHECK_RUN(scan({"--fail-level", "note"}), 1);
  // Lowered to a warning by the settings file: fails at warning, passes at error.
  tree.write(".credlint.ini", "[levels]\nAWS201 = warning\n");
  CHECK_RUN(scan({"--fail-level", "error"}), 0);
  CHECK_RUN(scan({}), 1);
  tree.write(".credlint.ini", "[levels]\nAWS201 = note\n");
  CHECK_RUN(scan({}), 0);
  CHECK_RUN(scan({"--fail-level", "warning"}), 0);
  CHECK_RUN(scan({"--fail-level", "note"}), 1);
  const Run bad = scan({"--fail-level", "fatal"});
  CHECK_RUN(bad, 2);
  CHECK(bad.err.find("fatal") != std::string::npos);
}

TEST_CASE("the report goes to the --output file, also when the scan is clean", "[cli]") {
  TempTree tree("output");
  tree.write("repo/.aws/config", kCleanConfig);
  for (const char* format : {"text", "json", "sarif"}) {
    INFO(format);
    const std::string name = std::string("report.") + format;
    const Run run = run_credlint({"scan", "repo", "--format", format, "--output", name}, {tree.path()});
    CHECK_RUN(run, 0);
    CHECK(run.out.empty());
    REQUIRE(fs::exists(tree / name));
    const std::string written = read_all(tree / name);
    CHECK_FALSE(written.empty());
    if (std::string(format) != "text") CHECK_NOTHROW(json::parse(written));
    CHECK_FALSE(fs::exists(tree / (name + ".tmp")));
  }
  tree.write("repo/.aws/credentials", temporary_key_file("output"));
  const Run run = run_credlint({"scan", "repo", "--format", "json", "--output", "findings.json"}, {tree.path()});
  CHECK_RUN(run, 1);
  CHECK(findings_of_rule(json::parse(read_all(tree / "findings.json")), "AWS201").size() == 1);
  // An output path that cannot be written is an error, not a silent loss.
  CHECK_RUN(run_credlint({"scan", "repo", "--output", "no/such/dir/report.txt"}, {tree.path()}), 2);
}

TEST_CASE("quiet mode (--quiet) prints one line per finding and nothing else", "[cli]") {
  TempTree tree("quiet");
  tree.write(".aws/credentials", temporary_key_file("quiet"));
  const std::size_t findings = parse_json(run_credlint({"scan", ".", "--format", "json"}, {tree.path()}))["findings"].size();
  REQUIRE(findings > 0);
  const Run loud = run_credlint({"scan", "."}, {tree.path()});
  const Run quiet = run_credlint({"scan", ".", "--quiet"}, {tree.path()});
  CHECK_RUN(quiet, 1);
  CHECK(quiet.out.find(".aws/credentials:3:") == 0);
  CHECK(static_cast<std::size_t>(std::count(quiet.out.begin(), quiet.out.end(), '\n')) == findings);
  CHECK(quiet.out.find(" | ") == std::string::npos);           // no snippet
  CHECK(quiet.out.find("= help:") == std::string::npos);       // no help line
  CHECK(quiet.out.find("file scanned") == std::string::npos);  // no summary
  CHECK(loud.out.find(" | ") != std::string::npos);
  CHECK(loud.out.find("in 1 file scanned") != std::string::npos);
}

TEST_CASE("colour follows --color, NO_COLOR and CLICOLOR_FORCE, and never reaches JSON or SARIF", "[cli]") {
  TempTree tree("colour");
  tree.write(".aws/credentials", temporary_key_file("colour"));
  auto coloured = [&](std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(), {"scan", "."});
    const Run run = run_credlint(args, {tree.path(), env});
    CHECK(run.exit_code == 1);
    return run.out.find('\x1b') != std::string::npos;
  };
  CHECK_FALSE(coloured({}));  // not a terminal
  CHECK(coloured({"--color", "always"}));
  CHECK_FALSE(coloured({"--color", "never"}, {{"CLICOLOR_FORCE", "1"}}));
  CHECK(coloured({}, {{"CLICOLOR_FORCE", "1"}}));
  CHECK_FALSE(coloured({}, {{"CLICOLOR_FORCE", "0"}}));
  CHECK_FALSE(coloured({}, {{"NO_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}}));
  CHECK(coloured({}, {{"NO_COLOR", ""}, {"CLICOLOR_FORCE", "1"}}));  // an empty NO_COLOR does not count
  // An explicit flag beats the environment (no-color.org).
  CHECK(coloured({"--color", "always"}, {{"NO_COLOR", "1"}}));
  CHECK_FALSE(coloured({"--format", "json", "--color", "always"}));
  CHECK_FALSE(coloured({"--format", "sarif", "--color", "always"}));
  const Run bad = run_credlint({"scan", ".", "--color", "sometimes"}, {tree.path()});
  CHECK_RUN(bad, 2);
  CHECK(bad.err.find("sometimes") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message", "[cli]") {
  TempTree tree("usage");
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"scan", "--no-such-option"}, "unknown option '--no-such-option'"},
      {{"scan", "--format", "xml"}, "unknown format 'xml'"},
      {{"scan", "--format"}, "--format needs a value"},
      {{"frobnicate"}, "unknown command 'frobnicate'"},
      {{"explain"}, "explain needs a rule ID"},
      {{"explain", "AWS999"}, "unknown rule 'AWS999'"},
      {{"rules", "extra"}, "unexpected argument 'extra'"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args[0] << " " << (args.size() > 1 ? args[1] : ""));
    const Run run = run_credlint(args, {tree.path()});
    CHECK_RUN(run, 2);
    CHECK(run.out.empty());
    CHECK(run.err.find(message) != std::string::npos);
  }
  CHECK_RUN(run_credlint({"--help"}, {tree.path()}), 0);
  CHECK_RUN(run_credlint({"--version"}, {tree.path()}), 0);
}

TEST_CASE("`credlint rules --format json` is an array of {id, name, level, description}", "[cli]") {
  const Run run = run_credlint({"rules", "--format", "json"});
  CHECK_RUN(run, 0);
  const json rules = parse_json(run);
  REQUIRE(rules.is_array());
  const auto catalog = credlint::rules::all_rules();
  REQUIRE(rules.size() == catalog.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    INFO(rules[i].dump());
    REQUIRE(rules[i].is_object());
    CHECK(rules[i].size() == 4);
    CHECK(rules[i]["id"] == std::string(catalog[i]->id));
    CHECK(rules[i]["name"] == std::string(catalog[i]->name));
    CHECK(rules[i]["level"] == std::string(credlint::engine::to_string(catalog[i]->level)));
    CHECK(rules[i]["description"].is_string());
    CHECK_FALSE(rules[i]["description"].get<std::string>().empty());
  }
  const Run text = run_credlint({"rules"});
  CHECK_RUN(text, 0);
  CHECK(std::count(text.out.begin(), text.out.end(), '\n') == static_cast<long>(catalog.size()));
}

TEST_CASE("`credlint explain AWS201` prints the rule's help", "[cli]") {
  const Run run = run_credlint({"explain", "AWS201"});
  CHECK_RUN(run, 0);
  CHECK(run.out.rfind("AWS201 temporary-key-without-session-token (error)", 0) == 0);
  CHECK(run.out.find("## How to fix") != std::string::npos);
}

TEST_CASE("`credlint profiles --format json` has the documented shape and redacts credentials", "[cli]") {
  TempTree tree("profiles");
  tree.write("config", "[default]\nregion = us-east-1\n[sso-session corp]\nsso_region = us-east-1\n");
  tree.write("credentials", temporary_key_file("profiles"));
  const Run run = run_credlint({"profiles", "--config-file", "config", "--credentials-file", "credentials",
                                "--format", "json"},
                               {tree.path()});
  CHECK_RUN(run, 0);
  const json document = parse_json(run);
  for (const char* key : {"profiles", "sso_sessions", "services"}) CHECK(document[key].is_object());
  CHECK(document["errors"].is_array());
  CHECK(document["profiles"]["default"]["region"] == "us-east-1");
  CHECK(document["sso_sessions"]["corp"]["sso_region"] == "us-east-1");
  const std::string key = key_id("profiles");
  CHECK(document["profiles"]["dev"]["aws_access_key_id"] == key.substr(0, 4) + "************" + key.substr(16));
  CHECK(document["profiles"]["dev"]["aws_secret_access_key"] == "<redacted, 40 characters>");
}

// ---- .credlint.ini ------------------------------------------------------------------------

TEST_CASE(".credlint.ini disables rules, changes levels and excludes paths", "[cli]") {
  TempTree tree("settings");
  tree.write("a/.aws/credentials", temporary_key_file("settings-a"));
  tree.write("vendor/b/.aws/credentials", temporary_key_file("settings-b"));
  auto scan = [&] { return run_credlint({"scan", ".", "--format", "json"}, {tree.path()}); };

  const Run all = scan();
  CHECK_RUN(all, 1);
  CHECK(findings_of_rule(parse_json(all), "AWS201").size() == 2);

  tree.write(".credlint.ini", "# comment\n[rules]\ndisable = AWS201  ; too noisy here\n");
  const Run disabled = scan();
  CHECK(findings_of_rule(parse_json(disabled), "AWS201").empty());

  tree.write(".credlint.ini", "[levels]\nAWS201 = note\n");
  const Run lowered = scan();
  const auto notes = findings_of_rule(parse_json(lowered), "AWS201");
  REQUIRE(notes.size() == 2);
  CHECK(notes[0]["level"] == "note");

  tree.write(".credlint.ini", "[scan]\nexclude = vendor/**\n");
  const auto kept = findings_of_rule(parse_json(scan()), "AWS201");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]["file"] == "a/.aws/credentials");

  // Globs are relative to the scan root, also when credlint runs from elsewhere.
  const Run from_parent = run_credlint({"scan", tree.path().filename().string(), "--format", "json"},
                                       {tree.path().parent_path()});
  const auto kept_from_parent = findings_of_rule(parse_json(from_parent), "AWS201");
  REQUIRE(kept_from_parent.size() == 1);
  CHECK(kept_from_parent[0]["file"] == tree.path().filename().string() + "/a/.aws/credentials");

  // Lists may continue on indented lines; CRLF and a BOM are fine.
  tree.write(".credlint.ini", "\xEF\xBB\xBF[rules]\r\ndisable =\r\n    AWS101,\r\n    AWS201\r\n");
  const Run continued = scan();
  CHECK(findings_of_rule(parse_json(continued), "AWS201").empty());

  // --settings names another file.
  tree.write("custom.ini", "[rules]\ndisable = AWS201\n");
  tree.write(".credlint.ini", "[unknown]\n");
  const Run custom = run_credlint({"scan", ".", "--format", "json", "--settings", "custom.ini"}, {tree.path()});
  CHECK(findings_of_rule(parse_json(custom), "AWS201").empty());
}

TEST_CASE("a wrong .credlint.ini is an error naming FILE:LINE", "[cli]") {
  TempTree tree("bad-settings");
  tree.write(".aws/config", kCleanConfig);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[rules]\ndisable = AWS201\n\n[foo]\n", ".credlint.ini:4: unknown section [foo]"},
      {"[foo]\nkey = value\n", ".credlint.ini:1: unknown section [foo]"},
      {"[rules]\nenable = AWS201\n", ".credlint.ini:2: unknown key 'enable' in [rules]"},
      {"[scan]\ninclude = x\n", ".credlint.ini:2: unknown key 'include' in [scan]"},
      {"[rules]\ndisable = AWS201, AWS999\n", ".credlint.ini:2: unknown rule 'AWS999'"},
      {"[levels]\nAWS998 = note\n", ".credlint.ini:2: unknown rule 'AWS998'"},
      {"[levels]\n\nAWS201 = fatal\n", ".credlint.ini:3: unknown level 'fatal'"},
      {"[rules]\ndisable AWS201\n", ".credlint.ini:2: expected 'key = value'"},
      {"disable = AWS201\n", ".credlint.ini:1: setting outside a section"},
      {"[rules\n", ".credlint.ini:1: malformed section header"},
      // The first problem wins, whatever its kind.
      {"[levels]\nAWS201 = fatal\n[foo]\n", ".credlint.ini:2: unknown level 'fatal'"},
  };
  for (const auto& [content, message] : cases) {
    INFO(content);
    tree.write(".credlint.ini", content);
    const Run run = run_credlint({"scan", "."}, {tree.path()});
    CHECK_RUN(run, 2);
    CHECK(run.err.find(message) != std::string::npos);
  }
  // A settings file named on the command line must exist and be a file.
  const Run missing = run_credlint({"scan", ".", "--settings", "nope.ini"}, {tree.path()});
  CHECK_RUN(missing, 2);
  CHECK(missing.err.find("nope.ini") != std::string::npos);
  const Run directory = run_credlint({"scan", ".", "--settings", ".aws"}, {tree.path()});
  CHECK_RUN(directory, 2);
  CHECK(directory.err.find(".aws") != std::string::npos);
}

// ---- hostile inputs -------------------------------------------------------------------------

TEST_CASE("a binary file named .aws/credentials is a notification, the others are still scanned", "[cli]") {
  TempTree tree("binary");
  tree.write("bin/.aws/credentials", bytes("[default]\nx = \0\x01\x02\xff\n"));
  tree.write("good/.aws/credentials", temporary_key_file("binary"));
  const Run run = run_credlint({"scan", ".", "--format", "json"}, {tree.path()});
  CHECK_RUN(run, 2);
  const json report = parse_json(run);
  const auto notes = notifications_for(report, "bin/.aws/credentials");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "error");
  CHECK(notes[0]["line"] == 2);
  CHECK(findings_of_rule(report, "AWS201").size() == 1);
  // The text report names the file and line too.
  const Run text = run_credlint({"scan", "."}, {tree.path()});
  CHECK(text.out.find("bin/.aws/credentials:2: error") != std::string::npos);
}

TEST_CASE("invalid UTF-8, a BOM and CRLF never break the scan or the reports", "[cli]") {
  TempTree tree("encoding");
  tree.write("latin1/.aws/config", "[default]\nregion = us-east-1\n# caf\xe9 \xff\xfe\n");
  tree.write("bom/.aws/config", "\xEF\xBB\xBF[default]\nregion = us-east-1\n");
  tree.write("lf/.aws/credentials", temporary_key_file("eol"));
  tree.write("crlf/.aws/credentials", temporary_key_file("eol", "\r\n"));
  for (const char* format : {"text", "json", "sarif"}) {
    INFO(format);
    const Run run = run_credlint({"scan", ".", "--format", format}, {tree.path()});
    CHECK_FALSE(run.timed_out);
    CHECK((run.exit_code == 1 || run.exit_code == 2));
    if (std::string(format) != "text") {
      const json report = parse_json(run);
      // The output is valid UTF-8 JSON even though an input was not.
      CHECK_NOTHROW(report.dump());
    }
  }
  const json report = parse_json(run_credlint({"scan", ".", "--format", "json"}, {tree.path()}));
  const auto found = findings_of_rule(report, "AWS201");
  REQUIRE(found.size() == 2);
  // CRLF and LF give the same line, columns and fingerprint (paths differ, so compare the rest).
  for (const char* key : {"line", "column", "end_line", "end_column"}) CHECK(found[0][key] == found[1][key]);
}

TEST_CASE("a file over the size limit and a 1 MB line are handled", "[cli]") {
  TempTree tree("big");
  tree.write("huge/.aws/config", "[default]\n" + std::string(17u * 1024u * 1024u, '#') + "\n");
  tree.write("wide/.aws/config", "[default]\nregion = us-east-1\nnote = " + std::string(1024u * 1024u, 'x') + "\n");
  tree.write("good/.aws/credentials", temporary_key_file("big"));
  const auto started = std::chrono::steady_clock::now();
  const Run run = run_credlint({"scan", ".", "--format", "json"}, {tree.path()});
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
  CHECK_RUN(run, 2);
  const json report = parse_json(run);
  const auto notes = notifications_for(report, "huge/.aws/config");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["id"] == "CLN003");
  CHECK(findings_of_rule(report, "AWS201").size() == 1);
  // Nothing quotes the megabyte line in full.
  CHECK(run.out.size() < 256u * 1024u);
  const Run text = run_credlint({"scan", "wide"}, {tree.path()});
  CHECK_FALSE(text.timed_out);
  CHECK(text.out.size() < 256u * 1024u);
}

TEST_CASE("symlink loops do not hang, and dangling symlinks and FIFOs are notifications", "[cli]") {
  TempTree tree("links");
  tree.write("good/.aws/credentials", temporary_key_file("links"));
  fs::create_directory_symlink("..", tree / "good/loop");
  fs::create_directory_symlink(".", tree / "self");
  fs::create_directories(tree / "dangling/.aws");
  fs::create_symlink("../nowhere", tree / "dangling/.aws/config");
  fs::create_directories(tree / "fifo/.aws");
  REQUIRE(::mkfifo((tree / "fifo/.aws/config").c_str(), 0600) == 0);
  const Run run = run_credlint({"scan", ".", "--format", "json"}, {tree.path(), {}, std::chrono::seconds(30)});
  CHECK_RUN(run, 2);
  const json report = parse_json(run);
  CHECK(findings_of_rule(report, "AWS201").size() == 1);
  const auto dangling = notifications_for(report, "dangling/.aws/config");
  REQUIRE(dangling.size() == 1);
  CHECK(dangling[0]["message"].get<std::string>().find("dangling/.aws/config") != std::string::npos);
  CHECK(notifications_for(report, "fifo/.aws/config").size() == 1);
}

TEST_CASE("a directory or a missing file where a file is expected is a notification", "[cli]") {
  TempTree tree("not-a-file");
  tree.write("creds", temporary_key_file("not-a-file"));
  fs::create_directories(tree / "adir");
  const Run run = run_credlint({"scan", "--config-file", "adir", "--config-file", "missing.config",
                                "--credentials-file", "creds", "--format", "json"},
                               {tree.path()});
  CHECK_RUN(run, 2);
  const json report = parse_json(run);
  const auto directory = notifications_for(report, "adir");
  REQUIRE(directory.size() == 1);
  CHECK(directory[0]["message"].get<std::string>().find("directory") != std::string::npos);
  const auto missing = notifications_for(report, "missing.config");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0]["message"].get<std::string>().find("missing.config") != std::string::npos);
  CHECK(findings_of_rule(report, "AWS201").size() == 1);
  // Text output lists every notification with its file.
  const Run text = run_credlint({"scan", "--config-file", "adir", "--config-file", "missing.config"}, {tree.path()});
  CHECK_RUN(text, 2);
  CHECK(text.out.find("adir: error") != std::string::npos);
  CHECK(text.out.find("missing.config: error") != std::string::npos);
}

// ---- SARIF files from the real binary, for the validator ----------------------------------

namespace {

// Every kind of trouble in one tree, next to a file with a finding.
void build_hostile_tree(const TempTree& tree) {
  tree.write("good/.aws/credentials", temporary_key_file("hostile"));
  tree.write("crlf/.aws/credentials", temporary_key_file("hostile-crlf", "\r\n"));
  tree.write("binary/.aws/credentials", bytes("[default]\n\0\0\0"));
  tree.write("latin1/.aws/config", "[default]\nregion = us-east-1\n# caf\xe9\n");
  tree.write("bom/.aws/config", "\xEF\xBB\xBF[default]\nregion = us-east-1\n");
  tree.write("huge/.aws/config", "[default]\n" + std::string(17u * 1024u * 1024u, '#') + "\n");
  tree.write("wide/.aws/config", "[default]\nnote = " + std::string(1024u * 1024u, 'x') + "\n");
  tree.write("space dir/#1/\xC3\xA9/.aws/credentials", temporary_key_file("encoded path"));
  fs::create_directory_symlink("..", tree / "good/loop");
  fs::create_directories(tree / "dangling/.aws");
  fs::create_symlink("../nowhere", tree / "dangling/.aws/config");
  fs::create_directories(tree / "fifo/.aws");
  REQUIRE(::mkfifo((tree / "fifo/.aws/config").c_str(), 0600) == 0);
}

}  // namespace

// Not a test of its own: `ctest -R sarif` runs this to write SARIF made by the real binary
// into $CREDLINT_SARIF_OUT/binary (every scenario tree under fixtures/rules/*/, as written,
// placeholders and all; a hostile tree; a clean tree; files named on the command line),
// which tests/sarif/validate-sarif then checks with Microsoft's validator.
TEST_CASE("write SARIF from the real binary for the validator", "[.][sarif-files]") {
  const char* out = std::getenv("CREDLINT_SARIF_OUT");
  REQUIRE(out != nullptr);
  const fs::path directory = fs::path(out) / "binary";
  fs::remove_all(directory);
  fs::create_directories(directory);
  auto scan_to = [&](const std::string& name, const fs::path& cwd, std::vector<std::string> args,
                     std::map<std::string, std::string> env = {}) {
    const fs::path target = directory / (name + ".sarif");
    args.insert(args.begin(), "scan");
    args.insert(args.end(), {"--format", "sarif", "--output", target.string()});
    const Run run = run_credlint(args, {cwd, env});
    INFO(name << "\nstderr: " << run.err);
    CHECK_FALSE(run.timed_out);
    CHECK((run.exit_code >= 0 && run.exit_code <= 2));
    CHECK(fs::exists(target));
    return run;
  };

  std::size_t scenarios = 0;
  for (const auto& rule_dir : fs::directory_iterator(credlint::testing::fixtures_root())) {
    if (!rule_dir.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(rule_dir.path())) {
      if (!entry.is_directory()) continue;
      scan_to("scenario_" + rule_dir.path().filename().string() + "_" + entry.path().filename().string(),
              entry.path(), {"."});
      ++scenarios;
    }
  }
  TempTree hostile("sarif-hostile");
  build_hostile_tree(hostile);
  CHECK(scan_to("hostile_tree", hostile.path(), {"."}).exit_code == 2);
  CHECK(scan_to("hostile_files", hostile.path(), {"--config-file", "fifo", "--config-file", "missing",
                                                  "--config-file", "latin1", "--credentials-file",
                                                  "good/.aws/credentials"})
            .exit_code == 2);
  // Files outside the working directory: the user's own (`~/...`, uriBaseId USERHOME)
  // and an absolute path elsewhere (FILESYSTEMROOT); never an absolute URI.
  TempTree elsewhere("sarif-elsewhere");
  elsewhere.write("home/.aws/credentials", temporary_key_file("home"));
  elsewhere.write("other/creds", temporary_key_file("other"));
  fs::create_directories(elsewhere / "work");
  CHECK(scan_to("outside_working_directory", elsewhere / "work",
                {"--aws-home", "--credentials-file", (elsewhere / "other/creds").string()},
                {{"HOME", (elsewhere / "home").string()}})
            .exit_code == 1);
  TempTree clean("sarif-clean");
  clean.write(".aws/config", kCleanConfig);
  CHECK(scan_to("clean_tree", clean.path(), {"."}).exit_code == 0);
  INFO(scenarios << " scenario trees");
}
