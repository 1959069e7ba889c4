// expand_fixtures TEMPLATE_DIR OUTPUT_DIR
//
// Writes a copy of TEMPLATE_DIR to OUTPUT_DIR with every fixture placeholder
// ({{akid:ASIA}}, {{secret}}, {{token}}, {{akid:AKIA#a}}, ...; tests/support/fixtures.h)
// replaced by a generated value, so that trees such as fixtures/demo/ and
// fixtures/botocore/ stay free of credential-shaped strings in the repository. Values
// are deterministic: seeded by the template's name, the file's relative path and the
// placeholder's text and occurrence; a labelled placeholder (`#a`) has one value in the
// whole tree. Bytes outside placeholders (CRLF line ends included) are copied as they are.
//
// OUTPUT_DIR is replaced as a whole. To make a mistyped argument harmless, the tool only
// deletes a directory that it created itself (it leaves a marker file there).
// Exit codes: 0 written, 2 usage error or unreadable / malformed template.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/fixtures.h"

namespace {
namespace fs = std::filesystem;

constexpr const char* kMarkerFile = ".expanded-fixtures";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// Empties OUTPUT_DIR, refusing to touch a non-empty directory this tool did not create.
void prepare_output(const fs::path& output) {
  if (fs::exists(output)) {
    if (!fs::is_directory(output)) throw std::runtime_error(output.string() + " exists and is not a directory");
    if (!fs::is_empty(output) && !fs::exists(output / kMarkerFile)) {
      throw std::runtime_error(output.string() + " is not empty and was not written by expand_fixtures; not deleting it");
    }
    fs::remove_all(output);
  }
  fs::create_directories(output);
  write_bytes(output / kMarkerFile, "Written by expand_fixtures; replaced on every run.\n");
}

// "fixtures/demo" for .../fixtures/demo/: the seed does not depend on where the clone is.
std::string tree_name(const fs::path& template_dir) {
  fs::path path = fs::absolute(template_dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return (path.parent_path().filename() / path.filename()).generic_string();
}

int run(const fs::path& template_dir, const fs::path& output) {
  if (!fs::is_directory(template_dir)) throw std::runtime_error(template_dir.string() + " is not a directory");
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(template_dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  // Expand everything first, so a malformed template leaves the old output in place.
  credlint::testing::PlaceholderExpander expander(tree_name(template_dir));
  std::vector<std::pair<std::string, std::string>> expanded;
  for (const fs::path& file : files) {
    const std::string relative = fs::relative(file, template_dir).generic_string();
    expanded.emplace_back(relative, expander.expand(read_bytes(file), relative).text);
  }
  prepare_output(output);
  for (const auto& [relative, bytes] : expanded) write_bytes(output / relative, bytes);
  std::cout << "expand_fixtures: wrote " << expanded.size() << " files to " << output.string() << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: expand_fixtures TEMPLATE_DIR OUTPUT_DIR\n";
    return 2;
  }
  try {
    return run(argv[1], argv[2]);
  } catch (const std::exception& e) {  // filesystem errors and unknown placeholders
    std::cerr << "expand_fixtures: " << e.what() << '\n';
    return 2;
  }
}
