#include "parse/text/text_facts.h"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "aws/source_names.h"

namespace credlint::text {
namespace {

using facts::Fact;
using facts::FactKind;

// NAME=value, NAME: value, NAME value (Dockerfile's old ENV form), `export NAME="value"`,
// Java system properties (aws.accessKeyId=...). The name decides the kind (only the
// credential names: regions in free text are left to the languages that have structure).
const RE2& assignment_pattern() {
  static const RE2 pattern(
      R"((?i)(?:^|[^A-Za-z0-9_.])((?:aws[._]?)?(?:access[._]?key(?:[._]?id)?|secret[._]?(?:access[._]?)?key|session[._]?token|security[._]?token))["']?[ \t]*(?:=|:|[ \t])[ \t]*)"
      R"((["']?)([^\s"'#;,]*))");
  return pattern;
}

// A key ID anywhere, whole word: the shapes AWS issues for access keys.
const RE2& key_id_pattern() {
  static const RE2 pattern(R"((?:^|[^A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?:[^A-Za-z0-9]|$))");
  return pattern;
}

// Cheap test before any regex: no key ID prefix and no "aws" anywhere means no facts.
bool worth_scanning(std::string_view text) {
  for (std::string_view prefix : {"AKIA", "ASIA", "ABIA", "ACCA"}) {
    if (text.find(prefix) != std::string_view::npos) return true;
  }
  for (std::size_t at = text.find_first_of("aA"); at != std::string_view::npos && at + 2 < text.size();
       at = text.find_first_of("aA", at + 1)) {
    if ((text[at + 1] == 'w' || text[at + 1] == 'W') && (text[at + 2] == 's' || text[at + 2] == 'S')) return true;
  }
  return false;
}

// `$VAR`, `${VAR}`, `$(cmd)`, `%VAR%`, `{{ secrets.X }}`: present, value unknown.
bool is_reference(std::string_view value) {
  return value.starts_with("$") || value.starts_with("%") || value.starts_with("{{") || value.starts_with("`");
}

// Names that only look like credentials when prefixed: a bare `access_key` or
// `secret_key` in a random text file is often not AWS, so those need the aws prefix.
std::optional<FactKind> kind_of(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c != '.') key.push_back(c);
  }
  auto kind = aws::fact_kind_for_name(key);
  if (kind == FactKind::AccessKeyId || kind == FactKind::SecretAccessKey || kind == FactKind::SessionToken) return kind;
  return std::nullopt;
}

// Free text is full of names that look like settings (`AccessKeyId: AccessKeyIdType;` in a
// TypeScript declaration, `aws_access_key_id: see below` in a README). A value is taken only
// when it could be the credential, even a malformed one: a key ID in upper case and digits,
// a secret or token from the base64 alphabet with letters of both cases and a digit.
bool plausible_value(FactKind kind, std::string_view value) {
  auto all_of = [&](auto predicate) { return std::all_of(value.begin(), value.end(), predicate); };
  auto any_of = [&](auto predicate) { return std::any_of(value.begin(), value.end(), predicate); };
  auto is_upper_or_digit = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  auto is_base64 = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '+' ||
           c == '=';
  };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  switch (kind) {
    case FactKind::AccessKeyId:
      // A known key ID prefix (also with a lower-case tail, which AWS101 reports), or upper
      // case and digits; never a CamelCase word such as AccessKeyIdType.
      if (value.size() < 8 || value.size() > 32) return false;
      for (std::string_view prefix : {"AKIA", "ASIA", "ABIA", "ACCA", "AIDA", "AROA", "AIPA", "ANPA", "AGPA"}) {
        if (value.starts_with(prefix) &&
            all_of([](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; })) {
          return true;
        }
      }
      return all_of(is_upper_or_digit) && any_of(is_digit);
    case FactKind::SecretAccessKey:
    case FactKind::SessionToken:
      return value.size() >= 20 && all_of(is_base64) && any_of(is_digit) && any_of(is_lower) && any_of(is_upper);
    default:
      return false;
  }
}

}  // namespace

facts::FactSet extract_facts(const core::SourceFile& file) {
  facts::FactSet set;
  set.file_kind = core::FileKind::Text;
  const std::string_view text = file.bytes();
  if (!worth_scanning(text)) return set;
  facts::Scope scope;
  scope.description = "the file " + file.path();
  std::vector<core::Span> claimed;  // values already taken by an assignment

  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece name, quote, value;
  while (RE2::FindAndConsume(&input, assignment_pattern(), &name, &quote, &value)) {
    const auto kind = kind_of(std::string_view(name.data(), name.size()));
    if (!kind) continue;
    const std::size_t begin = static_cast<std::size_t>(value.data() - text.data());
    Fact fact;
    fact.kind = *kind;
    fact.name = std::string(name.data(), name.size());
    fact.value = std::string(value.data(), value.size());
    fact.intended = fact.value;
    fact.span = {begin, begin + value.size()};
    fact.name_span = {static_cast<std::size_t>(name.data() - text.data()),
                      static_cast<std::size_t>(name.data() - text.data()) + name.size()};
    fact.use_span = fact.span;
    fact.line = file.position(begin).line;
    fact.dynamic = fact.value.empty() || is_reference(fact.value);
    if (fact.value.empty() && quote.empty()) continue;  // `NAME=` alone or prose ("aws access key: see below")
    if (!fact.dynamic && !plausible_value(*kind, fact.value)) continue;
    claimed.push_back(fact.span);
    scope.facts.push_back(std::move(fact));
  }

  for (Fact& fact : find_key_ids(file)) {
    if (std::any_of(claimed.begin(), claimed.end(), [&](const core::Span& c) { return c.contains(fact.span); })) {
      continue;
    }
    scope.facts.push_back(std::move(fact));
  }
  std::sort(scope.facts.begin(), scope.facts.end(),
            [](const Fact& a, const Fact& b) { return a.span.begin < b.span.begin; });
  if (!scope.facts.empty()) set.scopes.push_back(std::move(scope));
  return set;
}

std::vector<Fact> find_key_ids(const core::SourceFile& file) {
  std::vector<Fact> out;
  const std::string_view text = file.bytes();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece key;
  while (RE2::FindAndConsume(&input, key_id_pattern(), &key)) {
    const std::size_t begin = static_cast<std::size_t>(key.data() - text.data());
    // The trailing delimiter was consumed: step back so adjacent keys are both found.
    input = re2::StringPiece(key.data() + key.size(), text.size() - (begin + key.size()));
    Fact fact;
    fact.kind = FactKind::AccessKeyId;
    fact.value = std::string(key.data(), key.size());
    fact.intended = fact.value;
    fact.span = {begin, begin + key.size()};
    fact.name_span = fact.span;
    fact.use_span = fact.span;
    fact.line = file.position(begin).line;
    out.push_back(std::move(fact));
  }
  return out;
}

}  // namespace credlint::text
