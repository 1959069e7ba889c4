// The .env reader: loader semantics and spans.
#include <catch2/catch.hpp>

#include "parse/dotenv/dotenv_reader.h"

using namespace credlint;
using dotenv::Loader;

namespace {

const dotenv::Entry& only_entry(const dotenv::DotenvDocument& doc) {
  REQUIRE(doc.entries.size() == 1);
  return doc.entries[0];
}

std::string reading(const dotenv::Entry& entry, Loader loader) {
  const auto& value = entry.reading(loader);
  return value ? *value : std::string("<none>");
}

}  // namespace

TEST_CASE("plain, exported and quoted assignments", "[dotenv]") {
  const auto doc = dotenv::read_dotenv("A=1\nexport B=two\nC='lit $X'\nD=\"a\\nb\"\n");
  REQUIRE(doc.entries.size() == 4);
  CHECK(doc.issues.empty());
  CHECK(doc.entries[0].name == "A");
  CHECK(doc.entries[0].value == "1");
  CHECK(doc.entries[1].exported);
  CHECK(doc.entries[1].value == "two");
  CHECK(doc.entries[2].quote == dotenv::Quote::Single);
  CHECK(doc.entries[2].value == "lit $X");
  CHECK(reading(doc.entries[3], Loader::Node) == "a\nb");
  CHECK(reading(doc.entries[3], Loader::Shell) == "a\\nb");
  CHECK(doc.entries[3].line == 4);
}

TEST_CASE("inline comments: Node cuts at any #, the others need a blank before it", "[dotenv]") {
  const auto glued_doc = dotenv::read_dotenv("REGION=us-east-1#prod\n");
  const auto& glued = only_entry(glued_doc);
  CHECK(reading(glued, Loader::Node) == "us-east-1");
  CHECK(reading(glued, Loader::Python) == "us-east-1#prod");
  CHECK_FALSE(glued.inline_comment);
  const auto spaced_doc = dotenv::read_dotenv("REGION=us-east-1 # prod\n");
  const auto& spaced = only_entry(spaced_doc);
  CHECK(spaced.value == "us-east-1");
  CHECK(spaced.inline_comment);
}

TEST_CASE("multi-line double-quoted values keep their lines", "[dotenv]") {
  const auto doc = dotenv::read_dotenv("KEY=\"line1\nline2\"\nNEXT=x\n");
  REQUIRE(doc.entries.size() == 2);
  CHECK(doc.entries[0].value == "line1\nline2");
  CHECK(doc.entries[0].end_line == 2);
  CHECK(doc.entries[1].line == 3);
}

TEST_CASE("problems become issues and reading goes on", "[dotenv]") {
  const auto doc = dotenv::read_dotenv("JUSTAWORD\nA = b\nB=\"open\nAWS-REGION=x\nOK=1\n");
  std::vector<dotenv::IssueCode> codes;
  for (const auto& issue : doc.issues) codes.push_back(issue.code);
  CHECK(codes == std::vector<dotenv::IssueCode>{dotenv::IssueCode::MissingEquals, dotenv::IssueCode::SpacesAroundEquals,
                                                dotenv::IssueCode::UnterminatedQuote, dotenv::IssueCode::InvalidName});
  REQUIRE(doc.entries.size() == 4);
  CHECK(reading(doc.entries[0], Loader::Shell) == "<none>");  // `A = b` runs a command
  CHECK(reading(doc.entries[1], Loader::Node) == "\"open");
  CHECK(reading(doc.entries[1], Loader::Python) == "<none>");
  CHECK(doc.entries[3].value == "1");
}

TEST_CASE("CRLF, BOM and references", "[dotenv]") {
  const auto doc = dotenv::read_dotenv("\xEF\xBB\xBF" "A=1\r\nB=${A}\r\nC=$A\r\nD=x${A}\r\n");
  CHECK(doc.byte_order_mark);
  REQUIRE(doc.entries.size() == 4);
  CHECK(doc.entries[0].value == "1");
  CHECK(doc.entries[1].only_reference);
  CHECK(doc.entries[2].only_reference);
  CHECK_FALSE(doc.entries[3].only_reference);
}
