#include "parse/dotenv/dotenv_facts.h"

#include "aws/environment_variables.h"
#include "core/text.h"

namespace credlint::dotenv {
namespace {

std::optional<facts::FactKind> fact_kind(aws::VariableRole role) {
  switch (role) {
    case aws::VariableRole::AccessKeyId: return facts::FactKind::AccessKeyId;
    case aws::VariableRole::SecretAccessKey: return facts::FactKind::SecretAccessKey;
    case aws::VariableRole::SessionToken: return facts::FactKind::SessionToken;
    case aws::VariableRole::Region: return facts::FactKind::Region;
    case aws::VariableRole::Expiry: return facts::FactKind::Expiry;
    case aws::VariableRole::Profile: return facts::FactKind::Profile;
    default: return std::nullopt;
  }
}

}  // namespace

facts::FactSet extract_facts(const core::SourceFile& source, const DotenvDocument& document) {
  facts::FactSet set;
  set.file_kind = core::FileKind::Dotenv;
  facts::Scope scope;
  scope.description = "the .env file " + source.path();
  scope.span = core::Span{0, 0};
  for (const Entry& entry : document.entries) {
    const auto info = aws::aws_variable(entry.name);
    if (!info || entry.only_reference) continue;
    const auto kind = fact_kind(info->role);
    if (!kind) continue;
    facts::Fact fact;
    fact.kind = *kind;
    fact.name = entry.name;
    fact.value = entry.value;
    fact.intended = core::strip_value_decoration(entry.value);
    fact.multi_line = entry.end_line > entry.line || entry.value.find('\n') != std::string::npos;
    fact.span = entry.value_span.empty() ? core::Span{entry.name_span.end, entry.name_span.end} : entry.value_span;
    fact.name_span = entry.name_span;
    fact.line = entry.line;
    for (Loader loader : kAllLoaders) {
      const auto& reading = entry.reading(loader);
      if (reading && *reading != entry.value) fact.other_readings.push_back({loader_display_name(loader), *reading});
    }
    scope.facts.push_back(std::move(fact));
  }
  set.scopes.push_back(std::move(scope));
  return set;
}

}  // namespace credlint::dotenv
