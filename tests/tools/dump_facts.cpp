// dump_facts [--captures] FILE...: what the source reader sees in a file, for whoever
// writes a facts.scm: every scope and fact (credential values redacted), or with
// --captures the raw query captures. A development tool; not part of the product.
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "core/source_file.h"
#include "parse/source/languages.h"
#include "parse/source/source_facts.h"

namespace {

std::string_view kind_name(credlint::facts::FactKind kind) {
  using credlint::facts::FactKind;
  switch (kind) {
    case FactKind::AccessKeyId: return "access_key_id";
    case FactKind::SecretAccessKey: return "secret_access_key";
    case FactKind::SessionToken: return "session_token";
    case FactKind::Region: return "region";
    case FactKind::Expiry: return "expiry";
    case FactKind::Profile: return "profile";
    case FactKind::Endpoint: return "endpoint";
    case FactKind::Arn: return "arn";
  }
  return "?";
}

std::string shown(const credlint::facts::Fact& fact) {
  using credlint::facts::FactKind;
  if (fact.dynamic) return "<dynamic>";
  if (fact.kind == FactKind::AccessKeyId) return credlint::aws::redact_key_id(fact.value);
  if (fact.kind == FactKind::SecretAccessKey || fact.kind == FactKind::SessionToken) {
    return credlint::aws::redact_secret(fact.value);
  }
  return fmt::format("\"{}\"", credlint::aws::scrub_text(fact.value));
}

}  // namespace

int main(int argc, char** argv) {
  bool captures = false;
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string path = argv[i];
    if (path == "--captures") {
      captures = true;
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string language(credlint::source::language_for_path(path));
    if (language.empty()) {
      std::cerr << path << ": no grammar reads this file name\n";
      status = 1;
      continue;
    }
    credlint::core::SourceFile file(path, bytes.str());
    std::cout << path << " (" << language << ")\n";
    if (captures) {
      std::string error;
      for (const auto& capture : credlint::source::list_captures(language, file.bytes(), error)) {
        const auto at = file.position(capture.begin);
        std::cout << fmt::format("  {}:{} {} [{} bytes]\n", at.line, at.byte_column, capture.name,
                                 capture.end - capture.begin);
      }
      if (!error.empty()) std::cerr << "  error: " << error << '\n';
      continue;
    }
    const auto analysis = credlint::source::analyse_source(file, language);
    if (!analysis.error.empty()) std::cerr << "  error: " << analysis.error << '\n';
    if (analysis.syntax_errors > 0) std::cout << "  (" << analysis.syntax_errors << " syntax errors)\n";
    for (const auto& scope : analysis.facts.scopes) {
      const auto at = file.position(scope.span.begin);
      std::cout << fmt::format("  {}:{} {}\n", at.line, at.byte_column, scope.description);
      for (const auto& fact : scope.facts) {
        const auto pos = file.position(fact.span.begin);
        std::cout << fmt::format("    {}:{} {} {}= {}{}\n", pos.line, pos.byte_column, kind_name(fact.kind),
                                 fact.name.empty() ? "" : fmt::format("({}) ", fact.name), shown(fact),
                                 fact.via_variable ? " (via variable)" : "");
      }
    }
  }
  return status;
}
