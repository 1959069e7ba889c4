// credlint's command-line entry point: parse arguments, run one command, map the
// outcome to an exit code (0 clean, 1 findings, 2 usage or analysis errors).
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"

extern char** environ;

namespace {

credlint::engine::Environment read_environment() {
  credlint::engine::Environment env;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view name = text.substr(0, equals);
    if (name.substr(0, 4) == "AWS_" || name == "HOME" || name == "NO_COLOR" || name == "TERM" ||
        name == "CLICOLOR_FORCE" || name == "CI" || name == "PRE_COMMIT") {
      env.variables.emplace(name, text.substr(equals + 1));
    }
  }
  return env;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace credlint;
  std::vector<std::string> args(argv + 1, argv + argc);
  const cli::ParseOutcome parsed = cli::parse_arguments(args);
  if (!parsed.options) {
    std::cerr << "credlint: " << parsed.error << "\nRun `credlint --help` for usage.\n";
    return cli::kExitUsage;
  }
  cli::Runtime runtime;
  runtime.environment = read_environment();
  runtime.now = std::time(nullptr);
  runtime.stdout_is_terminal = isatty(STDOUT_FILENO) != 0;
  runtime.stderr_is_terminal = isatty(STDERR_FILENO) != 0;
  return cli::run_command(*parsed.options, runtime, std::cout, std::cerr);
}
