// The tree-sitter runtime built from the pinned npm package loads the compiled grammars.
#include <catch2/catch.hpp>

#include "parse/source/languages.h"

using namespace credlint;

TEST_CASE("every compiled grammar has an ABI the runtime accepts") {
  const auto grammars = source::compiled_grammars();
  REQUIRE_FALSE(grammars.empty());
  for (const auto& grammar : grammars) {
    INFO(grammar.name);
    CHECK(grammar.abi_version >= source::runtime_min_abi());
    CHECK(grammar.abi_version <= source::runtime_max_abi());
  }
  // ABI 15 grammars (HCL) need the vendored runtime, not Debian's 0.20.7.
  CHECK(source::runtime_max_abi() >= 15);
}

TEST_CASE("the JSON grammar parses through the runtime") {
  const std::string tree = source::parse_to_sexp("json", R"({"region": "us-east-1"})");
  CHECK(tree == "(document (object (pair key: (string (string_content)) value: (string (string_content)))))");
  CHECK(source::parse_to_sexp("no-such-language", "x").empty());
}
