// Helpers for tests that run `credlint` commands in-process (cli::parse_arguments +
// cli::run_command) in a temporary directory: standard output and error are captured,
// and the clock is the fixtures' (2026-06-01).
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"

namespace credlint::testing {

class TempDirectory {
 public:
  explicit TempDirectory(const std::string& label) {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("credlint-" + label + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDirectory() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }
  void write(const std::string& relative, const std::string& bytes) const {
    std::filesystem::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative, std::ios::binary) << bytes;
  }
  std::string read(const std::string& relative) const {
    std::ifstream in(path_ / relative, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }

 private:
  std::filesystem::path path_;
};

class ScopedWorkingDirectory {
 public:
  explicit ScopedWorkingDirectory(const std::filesystem::path& path) : previous_(std::filesystem::current_path()) {
    std::filesystem::current_path(path);
  }
  ~ScopedWorkingDirectory() { std::filesystem::current_path(previous_); }

 private:
  std::filesystem::path previous_;
};

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

// `credlint ARGS` in-process, in `cwd`. A usage error gives exit code 2 and the message in err.
inline CliRun run_cli(const std::filesystem::path& cwd, const std::vector<std::string>& args) {
  const ScopedWorkingDirectory here(cwd);
  const cli::ParseOutcome parsed = cli::parse_arguments(args);
  CliRun run;
  if (!parsed.options) {
    run.exit_code = cli::kExitUsage;
    run.err = parsed.error;
    return run;
  }
  std::ostringstream out, err;
  cli::Runtime runtime;
  runtime.now = 1780272000;  // 2026-06-01, the fixtures' clock
  run.exit_code = cli::run_command(*parsed.options, runtime, out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace credlint::testing
