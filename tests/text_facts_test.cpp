// The RE2 layer for text files (Dockerfiles, shell scripts, properties, docs): which
// credential facts it finds, with exact spans, and what it leaves alone. Keys are built
// at run time so no credential-shaped literal sits in the repository.
#include <catch2/catch.hpp>

#include "core/source_file.h"
#include "parse/text/text_facts.h"

using credlint::facts::FactKind;

namespace {

std::string key_id(std::string_view prefix) { return std::string(prefix) + std::string(12, 'Q') + "WXYZ"; }
std::string secret() { return std::string(19, 'a') + "7/" + std::string(19, 'B'); }

credlint::facts::FactSet facts_of(const std::string& text) {
  static std::vector<std::unique_ptr<credlint::core::SourceFile>> keep;
  keep.push_back(std::make_unique<credlint::core::SourceFile>("f", text));
  return credlint::text::extract_facts(*keep.back());
}

}  // namespace

TEST_CASE("text layer: assignments in shell, Dockerfile and properties syntax give named facts", "[text]") {
  const std::string text = "FROM debian\nENV AWS_ACCESS_KEY_ID=" + key_id("ASIA") +
                           "\nexport AWS_SECRET_ACCESS_KEY=\"" + secret() +
                           "\"\naws.sessionToken=$TOKEN\nENV AWS_DEFAULT_REGION us-east-1\n";
  const auto set = facts_of(text);
  REQUIRE(set.scopes.size() == 1);
  const auto& facts = set.scopes[0].facts;
  REQUIRE(facts.size() == 3);
  CHECK(facts[0].kind == FactKind::AccessKeyId);
  CHECK(facts[0].name == "AWS_ACCESS_KEY_ID");
  CHECK(text.substr(facts[0].span.begin, facts[0].span.size()) == key_id("ASIA"));
  CHECK(facts[0].line == 2);
  CHECK(facts[1].kind == FactKind::SecretAccessKey);
  CHECK(facts[1].value == secret());
  CHECK(facts[1].line == 3);
  CHECK(facts[2].kind == FactKind::SessionToken);
  CHECK(facts[2].dynamic);
}

TEST_CASE("text layer: a key ID anywhere is a fact, once, and look-alikes are not", "[text]") {
  const std::string akia = key_id("AKIA");
  const std::string text = "see " + akia + " and " + akia + "\n" + "sha 3f786850e387550fdab836ed7e6dc881de23001b\n" +
                           "lower " + std::string("akia") + std::string(16, 'q') + "\nlonger " + akia + "Q\n";
  const auto set = facts_of(text);
  REQUIRE(set.scopes.size() == 1);
  REQUIRE(set.scopes[0].facts.size() == 2);
  CHECK(set.scopes[0].facts[0].value == akia);
  CHECK(set.scopes[0].facts[0].name.empty());
  CHECK(set.scopes[0].facts[1].span.begin == text.rfind(" and ") + 5);
}

TEST_CASE("text layer: prose and files without AWS words give nothing", "[text]") {
  CHECK(facts_of("The aws access key: see the wiki.\n").scopes.empty());
  CHECK(facts_of("no cloud words here, access_key=abc\n").scopes.empty());
  CHECK(facts_of("").scopes.empty());
  // A bare `secret_key` (no aws prefix) is too generic in free text.
  CHECK(facts_of("aws stuff\nsecret_key=" + secret() + "\n").scopes.empty());
}
