// Turns a source file into the common facts model with its language's facts.scm: each
// @scope.* capture becomes a Scope (one call, client constructor or block), each
// name/value pair or positional @fact.<kind> capture a Fact. Values are resolved the
// way a reader of the code would: string literals decoded, a variable assigned a
// literal exactly once in the file counts as that literal, concatenations of literals
// are folded, region enum constants become region codes; anything else (a call, an
// environment read, a parameter) is a `dynamic` fact: present, value unknown.
#pragma once

#include <string>
#include <string_view>

#include "core/source_file.h"
#include "facts/fact.h"

namespace credlint::source {

struct SourceAnalysis {
  facts::FactSet facts;
  std::string error;            // the query does not compile, or parsing was cut short
  std::size_t syntax_errors = 0;  // ERROR nodes in the tree (code newer than the grammar)
};

// `language` is a name from grammars/languages.cmake (see language_for_path).
[[nodiscard]] SourceAnalysis analyse_source(const core::SourceFile& file, std::string_view language);

// Every capture of the language's query over `text`, for the query tests: capture name,
// byte range. Empty with `error` set when the query does not compile.
struct CaptureRecord {
  std::string name;
  std::size_t begin = 0, end = 0;
};
class FactQuery;
// `query` replaces the language's own facts.scm when given (predicate tests).
[[nodiscard]] std::vector<CaptureRecord> list_captures(std::string_view language, std::string_view text,
                                                       std::string& error, const FactQuery* query = nullptr);

}  // namespace credlint::source
