// A grammar's facts.scm compiled once, with the query predicates the tree-sitter C API
// leaves to its host (#eq?, #not-eq?, #any-of?, #not-any-of?, #match?, #not-match?; the
// regexes are RE2). Capture names are checked against the shared vocabulary
// (STYLE.md §6); names starting with `_` are private to the query (predicate operands).
// Queries compile lazily: a scan pays only for the languages it meets.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace credlint::source {

// The captures a facts.scm may use, besides `_private` ones.
[[nodiscard]] const std::vector<std::string_view>& capture_vocabulary();

class FactQuery {
 public:
  struct Capture {
    std::string_view name;  // "fact.value"
    TSNode node;
  };
  struct Match {
    unsigned pattern = 0;
    std::vector<Capture> captures;  // in the query's order, private captures left out
  };

  // nullptr with `error` set when the query does not compile against its grammar or uses
  // an unknown capture or predicate.
  [[nodiscard]] static std::unique_ptr<FactQuery> compile(std::string_view language, std::string& error);
  // The same with another query text (tests of the predicate and capture checks).
  [[nodiscard]] static std::unique_ptr<FactQuery> compile_text(std::string_view language, std::string_view query_text,
                                                               std::string& error);
  ~FactQuery();
  FactQuery(const FactQuery&) = delete;
  FactQuery& operator=(const FactQuery&) = delete;

  // Every match under `root` whose predicates hold, in document order.
  void for_each_match(TSNode root, std::string_view text, const std::function<void(const Match&)>& on_match) const;
  [[nodiscard]] unsigned pattern_count() const;

 private:
  struct Impl;
  explicit FactQuery(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The language's query, compiled on first use and cached for the process (thread-safe).
// nullptr with `error` set when it does not compile.
[[nodiscard]] const FactQuery* fact_query_for(std::string_view language, std::string& error);

// The grammar of a language (nullptr when unknown).
[[nodiscard]] const TSLanguage* ts_language_for(std::string_view language);

}  // namespace credlint::source
