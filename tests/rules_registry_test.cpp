// The rule registry against its sources of truth: the rule files in rules/, the sorted
// CREDLINT_RULES list in rules/CMakeLists.txt, the catalog (tests/data/rules-catalog.md,
// a copy of the spec's tables) and the generated rules/README.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rules/registry.h"
#include "rules/rules_markdown.h"

namespace {
namespace fs = std::filesystem;
using credlint::engine::RuleDef;

const fs::path kSourceDir = CREDLINT_SOURCE_DIR;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The entries of `set(CREDLINT_RULES ...)`, in the order written.
std::vector<std::string> cmake_rule_list() {
  const std::string text = read_text(kSourceDir / "rules" / "CMakeLists.txt");
  std::smatch block;
  REQUIRE(std::regex_search(text, block, std::regex(R"(set\(CREDLINT_RULES([^)]*)\))")));
  std::vector<std::string> names;
  std::istringstream words(block[1].str());
  for (std::string word; words >> word;) names.push_back(word);
  return names;
}

// "aws201_temporary_key_without_session_token" for every rules/aws*.cpp.
std::set<std::string> rule_file_stems() {
  std::set<std::string> stems;
  for (const auto& entry : fs::directory_iterator(kSourceDir / "rules")) {
    const fs::path& path = entry.path();
    if (path.extension() == ".cpp" && path.stem().string().rfind("aws", 0) == 0) stems.insert(path.stem().string());
  }
  return stems;
}

struct CatalogRow {
  std::string name;
  std::string level;
};

// Rows `| AWS101 | malformed-access-key-id | error | ... |` of the catalog's tables.
std::map<std::string, CatalogRow> catalog() {
  std::map<std::string, CatalogRow> rows;
  std::istringstream lines(read_text(kSourceDir / "tests" / "data" / "rules-catalog.md"));
  const std::regex row(R"(^\|\s*(AWS\d{3})\s*\|\s*([a-z0-9-]+)\s*\|\s*(error|warning|note)\s*\|.*)");
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    INFO("catalog row " << m[1]);
    CHECK(rows.emplace(m[1], CatalogRow{m[2], m[3]}).second);
  }
  return rows;
}

}  // namespace

TEST_CASE("every rules/aws*.cpp file is listed in CREDLINT_RULES, sorted, and nothing else is") {
  const std::vector<std::string> listed = cmake_rule_list();
  REQUIRE_FALSE(listed.empty());
  CHECK(std::is_sorted(listed.begin(), listed.end()));
  CHECK(std::adjacent_find(listed.begin(), listed.end()) == listed.end());
  const std::set<std::string> files = rule_file_stems();
  for (const std::string& stem : files) {
    INFO("rules/" << stem << ".cpp is not listed in CREDLINT_RULES (rules/CMakeLists.txt)");
    CHECK(std::find(listed.begin(), listed.end(), stem) != listed.end());
  }
  for (const std::string& name : listed) {
    INFO("CREDLINT_RULES lists " << name << " but rules/" << name << ".cpp does not exist");
    CHECK(files.count(name) == 1);
  }
}

TEST_CASE("the registry holds exactly the catalog's rules, with its IDs, names and levels") {
  const auto rules = credlint::rules::all_rules();
  const std::map<std::string, CatalogRow> expected = catalog();
  REQUIRE(expected.size() >= 28);
  std::set<std::string> ids;
  for (const RuleDef* rule : rules) {
    const std::string id(rule->id);
    INFO("rule " << id);
    CHECK(ids.insert(id).second);  // unique
    const auto row = expected.find(id);
    REQUIRE(row != expected.end());
    CHECK(rule->name == row->second.name);
    CHECK(credlint::engine::to_string(rule->level) == row->second.level);
    CHECK(credlint::rules::find_rule(id) == rule);
  }
  for (const auto& [id, row] : expected) {
    INFO("catalog rule " << id << " is not registered");
    CHECK(ids.count(id) == 1);
  }
  // The registry's order follows the sorted file list, so IDs are sorted too.
  CHECK(std::is_sorted(rules.begin(), rules.end(), [](const RuleDef* a, const RuleDef* b) { return a->id < b->id; }));
}

TEST_CASE("every rule documents itself, and a rule that applies to a file kind has a check") {
  for (const RuleDef* rule : credlint::rules::all_rules()) {
    INFO("rule " << rule->id);
    CHECK_FALSE(rule->short_description.empty());
    CHECK_FALSE(rule->full_description.empty());
    CHECK_FALSE(rule->help_markdown.empty());
    if (!rule->applies_to.empty()) {
      CHECK((rule->phase == credlint::engine::Phase::PerFile ? rule->check_file != nullptr
                                                               : rule->check_project != nullptr));
    }
  }
}

TEST_CASE("rules/README.md is the generated rule documentation") {
  const std::string committed = read_text(kSourceDir / "rules" / "README.md");
  const std::string generated = credlint::rules::rules_markdown();
  if (committed == generated) return;
  // Name the first line that differs rather than printing two long documents.
  std::istringstream a(committed), b(generated);
  std::string line_a, line_b;
  std::size_t line = 1;
  while (std::getline(a, line_a) && std::getline(b, line_b) && line_a == line_b) ++line;
  FAIL("rules/README.md is stale from line " << line << " on (committed: \"" << line_a << "\", generated: \""
       << line_b << "\"); regenerate it with `make rules-readme` "
       "(or `build/credlint rules --markdown > rules/README.md`)");
}
