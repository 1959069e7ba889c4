// Repository integration: directory scans inside a git work tree (ignore files applied by
// git itself, --no-ignore, .git/ skipped, tracked-but-deleted files), `scan --staged` (the
// index, not the work tree), `install-hook`, and progress on standard error. Every test
// builds a scratch repository with `git init` in a temporary directory, with HOME and
// XDG_CONFIG_HOME pointing into it so the developer's own git configuration cannot leak in.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/install_hook.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "discover/git.h"
#include "discover/walk.h"
#include "support/fixtures.h"

namespace fs = std::filesystem;
using namespace credlint;

namespace {

// Sets (or, with nullptr, unsets) environment variables for one test and restores them.
class ScopedEnvironment {
 public:
  void set(const std::string& name, const char* value) {
    if (saved_.find(name) == saved_.end()) {
      const char* old = std::getenv(name.c_str());
      saved_.emplace(name, old == nullptr ? std::optional<std::string>() : std::optional<std::string>(old));
    }
    if (value == nullptr)
      ::unsetenv(name.c_str());
    else
      ::setenv(name.c_str(), value, 1);
  }
  ScopedEnvironment() = default;
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;
  ~ScopedEnvironment() {
    for (const auto& [name, value] : saved_) {
      if (value)
        ::setenv(name.c_str(), value->c_str(), 1);
      else
        ::unsetenv(name.c_str());
    }
  }

 private:
  std::map<std::string, std::optional<std::string>> saved_;
};

class ScopedCwd {
 public:
  explicit ScopedCwd(const fs::path& to) : previous_(fs::current_path()) { fs::current_path(to); }
  ScopedCwd(const ScopedCwd&) = delete;
  ScopedCwd& operator=(const ScopedCwd&) = delete;
  ~ScopedCwd() { fs::current_path(previous_); }

 private:
  fs::path previous_;
};

// A temporary directory with an isolated git configuration; `repository()` runs git init.
class Scratch {
 public:
  explicit Scratch(const std::string& label)
      : root_(fs::temp_directory_path() / ("credlint-git-" + label + "-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "work");
    fs::create_directories(root_ / "home");
    fs::create_directories(root_ / "xdg" / "git");
    environment_.set("HOME", (root_ / "home").c_str());
    environment_.set("XDG_CONFIG_HOME", (root_ / "xdg").c_str());
    environment_.set("GIT_CONFIG_NOSYSTEM", "1");
    for (const char* name :
         {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CONFIG_GLOBAL", "GIT_CEILING_DIRECTORIES"}) {
      environment_.set(name, nullptr);
    }
    // The scratch directory must not be taken for part of an enclosing repository.
    environment_.set("GIT_CEILING_DIRECTORIES", root_.c_str());
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  [[nodiscard]] const fs::path& work() const { return work_; }
  [[nodiscard]] const fs::path& root() const { return root_; }

  Scratch& repository() {
    git({"init", "-q", "."});
    git({"config", "user.email", "test@example.com"});
    git({"config", "user.name", "credlint test"});
    git({"config", "commit.gpgsign", "false"});
    return *this;
  }

  void git(std::vector<std::string> args) const {
    args.insert(args.begin(), {"git", "-C", work_.string()});
    const discover::CapturedProcess result = discover::run_captured(args);
    INFO("git " << args[3] << ": " << result.err << result.start_error);
    REQUIRE(result.exit_code == 0);
  }

  void write(const std::string& relative, const std::string& text) const {
    const fs::path path = work_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

 private:
  fs::path root_;
  fs::path work_ = root_ / "work";
  ScopedEnvironment environment_;
};

// A credentials file whose ASIA key has no session token (AWS201), built at run time.
std::string leaky_credentials() {
  return "[default]\naws_access_key_id = " + testing::expand_placeholder("akid:ASIA", "git-discover") +
         "\naws_secret_access_key = " + testing::expand_placeholder("secret", "git-discover") + "\n";
}
const std::string kCleanConfig = "[default]\nregion = us-east-1\n";

std::set<std::string> paths_of(const discover::Discovered& discovered) {
  std::set<std::string> paths;
  for (const engine::InputFile& input : discovered.inputs) paths.insert(input.display_path);
  return paths;
}

discover::Discovered scan_directory(const std::string& path, bool no_ignore, std::vector<std::string> exclude = {}) {
  discover::DiscoverOptions options;
  options.paths = {path};
  options.no_ignore = no_ignore;
  options.exclude = std::move(exclude);
  return discover::discover_files(options);
}

discover::Discovered scan_staged(std::vector<std::string> pathspecs = {}, std::size_t max_bytes = 1u << 20) {
  discover::DiscoverOptions options;
  options.paths = std::move(pathspecs);
  options.staged = true;
  options.max_file_bytes = max_bytes;
  return discover::discover_files(options);
}

const engine::InputFile* find_input(const discover::Discovered& discovered, const std::string& path) {
  for (const engine::InputFile& input : discovered.inputs) {
    if (input.display_path == path) return &input;
  }
  return nullptr;
}

// A tree with one file per way of being ignored, plus files that must be scanned.
void write_ignore_tree(const Scratch& scratch) {
  scratch.write("tracked/.env", "A=1\n");
  scratch.write("untracked/.env", "B=1\n");
  scratch.write("by_gitignore/.env", "C=1\n");
  scratch.write("by_info_exclude/.env", "D=1\n");
  scratch.write("by_global_excludes/.env", "E=1\n");
  scratch.write("logs/app.env", "F=1\n");
  scratch.write(".gitignore", "by_gitignore/\n*.env\n!/tracked/.env\n!/untracked/.env\n!/by_*/.env\n");
  scratch.write(".git/info/exclude", "by_info_exclude/\n");
  std::ofstream(scratch.root() / "xdg" / "git" / "ignore") << "by_global_excludes/\n";
  // Looks like a dotenv file, but lives in .git/: never scanned, with or without ignores.
  scratch.write(".git/leftover.env", "G=1\n");
}

cli::Options parse(const std::vector<std::string>& args) {
  const cli::ParseOutcome parsed = cli::parse_arguments(args);
  REQUIRE(parsed.options);
  return *parsed.options;
}

}  // namespace

TEST_CASE("a directory scan in a git work tree skips what .gitignore, info/exclude and the global excludes ignore",
          "[git]") {
  Scratch scratch("ignore");
  scratch.repository();
  write_ignore_tree(scratch);
  scratch.git({"add", "tracked/.env", ".gitignore"});
  ScopedCwd cwd(scratch.work());

  const discover::Discovered discovered = scan_directory(".", false);
  const std::set<std::string> paths = paths_of(discovered);
  CHECK(paths.count("tracked/.env") == 1);
  CHECK(paths.count("untracked/.env") == 1);  // untracked but not ignored: scanned
  CHECK(paths.count(".gitignore") == 1);      // a Text file like any other
  CHECK(paths.count("by_gitignore/.env") == 0);
  CHECK(paths.count("by_info_exclude/.env") == 0);
  CHECK(paths.count("by_global_excludes/.env") == 0);
  CHECK(paths.count("logs/app.env") == 0);  // *.env in .gitignore
  for (const std::string& path : paths) CHECK(path.rfind(".git/", 0) != 0);
  CHECK(discovered.notifications.empty());
}

TEST_CASE("scan --no-ignore scans the files git ignores, but never .git/", "[git]") {
  Scratch scratch("no-ignore");
  scratch.repository();
  write_ignore_tree(scratch);
  ScopedCwd cwd(scratch.work());

  const std::set<std::string> paths = paths_of(scan_directory(".", true));
  for (const char* path : {"tracked/.env", "untracked/.env", "by_gitignore/.env", "by_info_exclude/.env",
                           "by_global_excludes/.env", "logs/app.env"}) {
    CHECK(paths.count(path) == 1);
  }
  for (const std::string& path : paths) CHECK(path.rfind(".git/", 0) != 0);
}

TEST_CASE("scan --exclude applies inside a git work tree too", "[git]") {
  Scratch scratch("exclude");
  scratch.repository();
  scratch.write("keep/.env", "A=1\n");
  scratch.write("skip/.env", "B=1\n");
  ScopedCwd cwd(scratch.work());

  const std::set<std::string> paths = paths_of(scan_directory(".", false, {"skip/**"}));
  CHECK(paths.count("keep/.env") == 1);
  CHECK(paths.count("skip/.env") == 0);
}

TEST_CASE("a directory that is itself ignored is scanned whole when named, and outside a repository nothing is ignored",
          "[git]") {
  Scratch scratch("named");
  scratch.repository();
  scratch.write(".gitignore", "generated/\n");
  scratch.write("generated/.env", "A=1\n");
  scratch.write("generated/.gitignore", ".env\n");
  {
    ScopedCwd cwd(scratch.work());
    CHECK(paths_of(scan_directory(".", false)).count("generated/.env") == 0);
    CHECK(paths_of(scan_directory("generated", false)).count("generated/.env") == 1);
  }
  // Not a repository: a .gitignore is just a file, and git is not asked.
  fs::remove_all(scratch.work() / ".git");
  ScopedCwd cwd(scratch.work());
  CHECK(paths_of(scan_directory(".", false)).count("generated/.env") == 1);
}

TEST_CASE("a tracked file deleted from the work tree is a warning naming it, and the scan goes on", "[git]") {
  Scratch scratch("deleted");
  scratch.repository();
  scratch.write("gone/.env", "A=1\n");
  scratch.write("here/.env", "B=1\n");
  scratch.git({"add", "."});
  scratch.git({"commit", "-q", "-m", "two files"});
  fs::remove(scratch.work() / "gone" / ".env");
  ScopedCwd cwd(scratch.work());

  const discover::Discovered discovered = scan_directory(".", false);
  CHECK(paths_of(discovered) == std::set<std::string>{"here/.env"});
  REQUIRE(discovered.notifications.size() == 1);
  CHECK(discovered.notifications[0].path == "gone/.env");
  CHECK(discovered.notifications[0].level == engine::Level::Warning);
  CHECK_THAT(discovered.notifications[0].message, Catch::Contains("missing from the work tree"));
}

TEST_CASE("directory symlinks are neither followed nor reported, with or without git", "[git]") {
  Scratch scratch("dir-symlinks");
  scratch.repository();
  scratch.write("real/.env", "A=1\n");
  fs::create_directory_symlink("real", scratch.work() / "alias");
  fs::create_directory_symlink(".", scratch.work() / "self");
  scratch.git({"add", "."});  // git tracks the links themselves
  ScopedCwd cwd(scratch.work());
  for (bool no_ignore : {false, true}) {
    const discover::Discovered discovered = scan_directory(".", no_ignore);
    CHECK(paths_of(discovered) == std::set<std::string>{"real/.env"});
    CHECK(discovered.notifications.empty());
  }
}

TEST_CASE("scan --staged reads the staged content, not the work tree, with repository-relative paths", "[git]") {
  Scratch scratch("staged");
  scratch.repository();
  scratch.write("app/.aws/credentials", leaky_credentials());
  scratch.write("app/.aws/config", kCleanConfig);
  scratch.write("committed/.env", "A=1\n");
  scratch.git({"add", "committed/.env"});
  scratch.git({"commit", "-q", "-m", "base"});
  scratch.git({"add", "app/.aws/credentials", "app/.aws/config"});
  // The work tree moves on after staging: clean credentials, a change to a committed file,
  // and a file never staged. The commit holds only what was staged.
  scratch.write("app/.aws/credentials", kCleanConfig);
  scratch.write("committed/.env", "A=2\n");
  scratch.write("unstaged/.env", "C=1\n");

  // Larger than a pipe buffer, so cat-file's output arrives in many chunks.
  std::string large;
  for (int i = 0; large.size() < 600'000; ++i) large += "SETTING_" + std::to_string(i) + "=value\n";
  scratch.write("app/large.env", large);
  scratch.git({"add", "app/large.env"});
  ScopedCwd cwd(scratch.work());

  const discover::Discovered discovered = scan_staged();
  REQUIRE(discovered.error.empty());
  CHECK(paths_of(discovered) == std::set<std::string>{"app/.aws/config", "app/.aws/credentials", "app/large.env"});
  REQUIRE(find_input(discovered, "app/large.env") != nullptr);
  CHECK(find_input(discovered, "app/large.env")->bytes == large);
  const engine::InputFile* credentials = find_input(discovered, "app/.aws/credentials");
  REQUIRE(credentials != nullptr);
  CHECK(credentials->bytes == leaky_credentials());
  CHECK(credentials->kind == core::FileKind::Credentials);
  CHECK(credentials->home_key == "app/.aws");

  // And the scan of it finds the staged key, which the work tree no longer holds.
  std::ostringstream out, err;
  cli::Runtime runtime;
  CHECK(cli::run_command(parse({"scan", "--staged", "--quiet", "--color", "never"}), runtime, out, err) ==
        cli::kExitFindings);
  CHECK_THAT(out.str(), Catch::Contains("app/.aws/credentials:2:21: error AWS201"));
  std::ostringstream tree_out, tree_err;
  CHECK(cli::run_command(parse({"scan", "app", "--quiet"}), runtime, tree_out, tree_err) == cli::kExitClean);
}

TEST_CASE("scan --staged: paths narrow it, stay repository-relative from a subdirectory, big files are a notification",
          "[git]") {
  Scratch scratch("staged-narrow");
  scratch.repository();
  scratch.write("one/.env", "A=1\n");
  scratch.write("two/.env", "B=1\n");
  scratch.write("two/big.env", std::string(200, 'x') + "\n");
  scratch.write("name with spaces/.env", "C=1\n");
  scratch.git({"add", "."});
  {
    ScopedCwd cwd(scratch.work());
    CHECK(paths_of(scan_staged({"one/.env", "name with spaces"})) ==
          std::set<std::string>{"one/.env", "name with spaces/.env"});
  }
  ScopedCwd cwd(scratch.work() / "two");
  const discover::Discovered discovered = scan_staged({"."}, 100);
  CHECK(paths_of(discovered) == std::set<std::string>{"two/.env"});
  REQUIRE(discovered.notifications.size() == 1);
  CHECK(discovered.notifications[0].path == "two/big.env");
  CHECK(discovered.notifications[0].id == "CLN003");
  CHECK(paths_of(scan_staged()).size() == 4);  // no path: the whole commit, not only this directory
}

TEST_CASE("scan --staged outside a git work tree is a usage error", "[git]") {
  Scratch scratch("staged-no-repo");
  ScopedCwd cwd(scratch.work());
  std::ostringstream out, err;
  CHECK(cli::run_command(parse({"scan", "--staged"}), cli::Runtime{}, out, err) == cli::kExitUsage);
  CHECK_THAT(err.str(), Catch::Contains("--staged") && Catch::Contains("git work tree"));
  CHECK(out.str().empty());
}

TEST_CASE("install-hook writes an executable hook and refuses to replace one without --force", "[git]") {
  Scratch scratch("install-hook");
  scratch.repository();
  ScopedCwd cwd(scratch.work());
  const fs::path hook = scratch.work() / ".git" / "hooks" / "pre-commit";
  fs::create_directories(hook.parent_path());
  std::ofstream(hook) << "#!/bin/sh\necho the team's own hook\n";

  std::ostringstream out, err;
  CHECK(cli::install_hook(false, "/opt/credlint/bin/credlint", out, err) == cli::kExitUsage);
  CHECK_THAT(err.str(), Catch::Contains("already exists") && Catch::Contains("--force"));
  std::ifstream kept(hook);
  CHECK(std::string(std::istreambuf_iterator<char>(kept), {}) == "#!/bin/sh\necho the team's own hook\n");

  CHECK(cli::install_hook(true, "/opt/credlint/bin/credlint", out, err) == cli::kExitClean);
  std::ifstream written(hook);
  const std::string script(std::istreambuf_iterator<char>(written), {});
  CHECK(script == cli::pre_commit_hook_script("/opt/credlint/bin/credlint"));
  CHECK_THAT(script, Catch::Contains("scan --staged") && Catch::Contains("'/opt/credlint/bin/credlint'"));
  CHECK((fs::status(hook).permissions() & fs::perms::owner_exec) != fs::perms::none);

  // core.hooksPath is where git looks, so that is where the hook goes.
  scratch.git({"config", "core.hooksPath", "team-hooks"});
  CHECK(cli::install_hook(false, "/opt/credlint/bin/credlint", out, err) == cli::kExitClean);
  CHECK(fs::exists(scratch.work() / "team-hooks" / "pre-commit"));

  // Through the command line, outside a repository: a usage error.
  Scratch elsewhere("install-hook-no-repo");
  ScopedCwd outside(elsewhere.work());
  std::ostringstream no_out, no_err;
  CHECK(cli::run_command(parse({"install-hook"}), cli::Runtime{}, no_out, no_err) == cli::kExitUsage);
  CHECK_THAT(no_err.str(), Catch::Contains("git repository"));
  CHECK_FALSE(cli::parse_arguments({"install-hook", "somewhere"}).options);
  CHECK_FALSE(cli::parse_arguments({"scan", "--force"}).options);
}

TEST_CASE("the hook script quotes the binary's path for sh", "[git]") {
  const std::string script = cli::pre_commit_hook_script("/tmp/it's here/credlint");
  CHECK_THAT(script, Catch::Contains("credlint='/tmp/it'\\''s here/credlint'"));
}

TEST_CASE("progress is drawn only on a terminal, without --quiet, CI or PRE_COMMIT", "[git][progress]") {
  engine::Environment plain;
  CHECK(cli::progress_wanted(false, true, plain));
  CHECK_FALSE(cli::progress_wanted(false, false, plain));
  CHECK_FALSE(cli::progress_wanted(true, true, plain));
  for (const char* name : {"CI", "PRE_COMMIT"}) {
    engine::Environment environment;
    environment.variables[name] = "1";
    CHECK_FALSE(cli::progress_wanted(false, true, environment));
  }
  engine::Environment dumb;
  dumb.variables["TERM"] = "dumb";
  CHECK_FALSE(cli::progress_wanted(false, true, dumb));

  // Through a real scan: with no delay, a terminal gets a redrawn line that is cleared at
  // the end; anything else gets nothing at all.
  Scratch scratch("progress");
  for (int i = 0; i < 3; ++i) scratch.write("d" + std::to_string(i) + "/.env", "A=1\n");
  ScopedCwd cwd(scratch.work());
  auto stderr_of = [&](bool terminal, const std::vector<std::string>& args) {
    cli::Runtime runtime;
    runtime.stderr_is_terminal = terminal;
    runtime.progress_delay = std::chrono::milliseconds(0);
    std::ostringstream out, err;
    CHECK(cli::run_command(parse(args), runtime, out, err) == cli::kExitClean);
    return err.str();
  };
  const std::string on_terminal = stderr_of(true, {"scan", "."});
  CHECK_THAT(on_terminal, Catch::Contains("\r\x1b[Kcredlint: "));
  CHECK_THAT(on_terminal, Catch::EndsWith("\r\x1b[K"));
  CHECK(stderr_of(false, {"scan", "."}).empty());
  CHECK(stderr_of(true, {"scan", ".", "--quiet"}).empty());
}

TEST_CASE("progress waits for its delay and redraws at most ten times a second", "[git][progress]") {
  using namespace std::chrono;
  steady_clock::time_point now{};
  std::ostringstream err;
  auto draws = [&] {
    const std::string text = err.str();
    return std::count(text.begin(), text.end(), '\r');
  };
  {
    cli::Progress progress(&err, milliseconds(300), [&] { return now; });
    for (int i = 0; i < 250; ++i) {  // 250 files in 250 ms: shorter than the delay
      progress.analysed(static_cast<std::size_t>(i), 1000);
      now += milliseconds(1);
    }
    CHECK(draws() == 0);
    for (int i = 250; i < 1000; ++i) {  // 750 ms more, from 300 ms on: 7 redraws at most
      progress.analysed(static_cast<std::size_t>(i), 1000);
      now += milliseconds(1);
    }
    CHECK(draws() >= 5);
    CHECK(draws() <= 7);
    CHECK_THAT(err.str(), Catch::Contains("/1000 files, ") && Catch::Contains(" files/s"));
  }
  CHECK_THAT(err.str(), Catch::EndsWith("\r\x1b[K"));  // cleared when it goes away
}

TEST_CASE("a child process gets its whole input and returns its whole output, without deadlock", "[git]") {
  // 4 MB through `cat`: far more than a pipe buffer in each direction at once.
  std::string input;
  for (int i = 0; input.size() < 4u << 20; ++i) input += "line " + std::to_string(i) + "\n";
  const discover::CapturedProcess cat = discover::run_captured({"cat"}, input);
  CHECK(cat.started);
  CHECK(cat.exit_code == 0);
  CHECK(cat.out == input);

  const discover::CapturedProcess missing = discover::run_captured({"credlint-no-such-program"});
  CHECK_FALSE(missing.started);
  CHECK_THAT(missing.start_error, Catch::Contains("credlint-no-such-program"));
}
