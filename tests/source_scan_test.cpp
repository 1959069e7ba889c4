// Source and text files through discover and the engine: which files become Source,
// Text or nothing, what a repository's odd files (binaries, dangling links) cost, and
// that parsing on several threads never changes the findings or their order.
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "discover/classify.h"
#include "discover/walk.h"
#include "engine/scanner.h"
#include "parse/source/languages.h"
#include "rules/registry.h"

namespace fs = std::filesystem;
using credlint::core::FileKind;

namespace {

std::string key_id(std::string_view prefix, char fill) {
  return std::string(prefix) + std::string(12, fill) + "WXYZ";
}

credlint::engine::ScanResult scan_inputs(std::vector<credlint::engine::InputFile> inputs) {
  credlint::engine::ScanOptions options;
  options.rules = credlint::rules::all_rules();
  options.now = 1'780'000'000;
  return credlint::engine::scan(std::move(inputs), {}, options);
}

credlint::engine::InputFile input(std::string path, std::string bytes) {
  credlint::engine::InputFile file;
  file.kind = credlint::discover::classify_path(path);
  file.display_path = std::move(path);
  file.bytes = std::move(bytes);
  return file;
}

std::string describe(const credlint::engine::ScanResult& result) {
  std::string out;
  for (const auto& f : result.findings) {
    out += f.location.file->path() + ":" + std::to_string(f.location.span.begin) + " " + f.rule_id + " " + f.message +
           "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("classify: grammar extensions are source, other text is text, binaries are skipped", "[source]") {
  using credlint::discover::classify_path;
  CHECK(classify_path("app/main.py") == FileKind::Source);
  CHECK(classify_path("web/index.tsx") == FileKind::Source);
  CHECK(classify_path("infra/main.tf") == FileKind::Source);
  CHECK(classify_path(".github/workflows/ci.yml") == FileKind::Source);
  CHECK(classify_path("Gemfile") == FileKind::Source);
  CHECK(classify_path("types/index.d.ts") == FileKind::Text);  // declarations hold no values
  CHECK(classify_path("Dockerfile") == FileKind::Text);
  CHECK(classify_path("deploy.sh") == FileKind::Text);
  CHECK(classify_path("logo.PNG") == FileKind::Unknown);
  CHECK(classify_path("lib.so") == FileKind::Unknown);
  CHECK(classify_path(".aws/config") == FileKind::Config);
  CHECK(classify_path(".env.production") == FileKind::Dotenv);
  CHECK(credlint::source::language_for_path("src/Main.java") == "java");
  CHECK(credlint::source::language_for_path("Program.cs") == "c_sharp");
  CHECK(credlint::source::language_for_path("README") == "");
}

TEST_CASE("a binary file among text files is a note and does not stop the scan", "[source]") {
  const std::string akid = key_id("ASIA", 'Q');
  auto result = scan_inputs({input("blob.bin.dat", std::string("\x7f" "ELF\0\0", 6)),
                             input("deploy.sh", "export AWS_ACCESS_KEY_ID=" + akid + "\n")});
  REQUIRE(result.notifications.size() == 1);
  CHECK(result.notifications[0].id == "CLN005");
  CHECK(result.notifications[0].level == credlint::engine::Level::Note);
  CHECK(result.context.files.size() == 1);
}

TEST_CASE("parsing on several threads gives the findings of file-by-file scans, in order", "[source]") {
  // 40 files (more than one thread's share) of several kinds, each with its own mistakes.
  std::vector<credlint::engine::InputFile> all;
  std::string expected;
  for (int i = 0; i < 40; ++i) {
    const char fill = static_cast<char>('A' + i % 20);
    auto make = [&] {
      switch (i % 4) {
        case 0:
          return input("f" + std::to_string(i) + ".py",
                       "import boto3\nboto3.client('s3', region_name='us-east" + std::to_string(i) + "')\n");
        case 1: return input("f" + std::to_string(i) + ".sh", "export AWS_ACCESS_KEY_ID=" + key_id("ASIA", fill) + "\n");
        case 2: return input("f" + std::to_string(i) + ".env", "AWS_REGION=eu-west" + std::to_string(i) + "\n");
        default: return input("f" + std::to_string(i) + ".txt", "nothing here\n");
      }
    };
    expected += describe(scan_inputs({make()}));
    all.push_back(make());
  }
  // The whole scan sorts by path; the single scans were made in index order, so sort both.
  auto sorted_lines = [](const std::string& text) {
    std::vector<std::string> lines;
    std::stringstream stream(text);
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  const auto whole = scan_inputs(std::move(all));
  CHECK(whole.context.files.size() == 40);
  CHECK_FALSE(expected.empty());
  CHECK(sorted_lines(describe(whole)) == sorted_lines(expected));
  // Files keep their input order in the context (reports and project rules rely on it).
  CHECK(whole.context.files[0]->source->path() == "f0.py");
  CHECK(whole.context.files[39]->source->path() == "f39.txt");
}

TEST_CASE("a dangling link with an ordinary name is a note, named like a profile file it is an error", "[source]") {
  const fs::path root = fs::temp_directory_path() / ("credlint-source-scan-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / ".aws");
  fs::create_symlink("missing.py", root / "link.py");
  fs::create_symlink("../missing", root / ".aws/credentials");
  {
    std::ofstream(root / "app.py") << "print('hello')\n";
  }
  credlint::discover::DiscoverOptions options;
  options.paths = {root.string()};
  options.no_ignore = true;
  const auto discovered = credlint::discover::discover_files(options);
  REQUIRE(discovered.notifications.size() == 2);
  for (const auto& n : discovered.notifications) {
    if (n.path.find("link.py") != std::string::npos) {
      CHECK(n.level == credlint::engine::Level::Note);
    } else {
      CHECK(n.path.find(".aws/credentials") != std::string::npos);
      CHECK(n.level == credlint::engine::Level::Error);
    }
  }
  CHECK(discovered.inputs.size() == 1);
  fs::remove_all(root);
}
