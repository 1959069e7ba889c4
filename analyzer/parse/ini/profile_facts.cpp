#include "parse/ini/profile_facts.h"

#include <fmt/format.h>

#include "aws/properties.h"
#include "core/text.h"

namespace credlint::ini {
namespace {

std::optional<facts::FactKind> fact_kind(aws::PropertyRole role) {
  switch (role) {
    case aws::PropertyRole::AccessKeyId: return facts::FactKind::AccessKeyId;
    case aws::PropertyRole::SecretAccessKey: return facts::FactKind::SecretAccessKey;
    case aws::PropertyRole::SessionToken: return facts::FactKind::SessionToken;
    case aws::PropertyRole::Region: return facts::FactKind::Region;
    case aws::PropertyRole::Expiry: return facts::FactKind::Expiry;
    default: return std::nullopt;
  }
}

// Go v2 unquotes values that are wrapped in a matching pair of quotes.
std::string go_reading(std::string_view value) {
  if (value.size() > 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    return std::string(value.substr(1, value.size() - 2));
  }
  return std::string(value);
}

std::string scope_description(const Section& section, ProfileFileKind kind) {
  if (!section.has_header) return "the lines before the first section";
  const char* file = kind == ProfileFileKind::Config ? "config" : "credentials";
  switch (section.kind) {
    case SectionKind::Profile: return fmt::format("profile \"{}\" in the {} file", section.name, file);
    case SectionKind::SsoSession: return fmt::format("sso-session \"{}\"", section.name);
    case SectionKind::Services: return fmt::format("services \"{}\"", section.name);
    case SectionKind::Ignored: return fmt::format("section [{}]", section.inner);
  }
  return "section";
}

}  // namespace

std::string intended_value(std::string_view raw) { return core::strip_value_decoration(raw); }

facts::FactSet extract_facts(const core::SourceFile& source, const ProfileDocument& document) {
  (void)source;
  facts::FactSet set;
  set.file_kind = document.kind == ProfileFileKind::Config ? core::FileKind::Config : core::FileKind::Credentials;
  for (const Section& section : document.sections) {
    facts::Scope scope;
    scope.description = scope_description(section, document.kind);
    scope.span = section.header_span;
    for (const Property& property : section.properties) {
      const auto kind = fact_kind(aws::property_role(property.key));
      if (!kind) continue;
      facts::Fact fact;
      fact.kind = *kind;
      fact.name = property.name;
      fact.value = property.value;
      fact.intended = intended_value(property.value.substr(0, property.value.find('\n')));
      if (property.value.find('\n') != std::string::npos) {
        fact.multi_line = true;
        fact.intended = property.value;  // wrapped values are reported as they are joined
      }
      fact.span = property.value_span.empty() ? core::Span{property.name_span.end, property.name_span.end}
                                              : property.value_span;
      fact.name_span = property.name_span;
      fact.line = property.line;
      if (property.botocore_value != property.value) {
        fact.other_readings.push_back({"botocore (AWS CLI, boto3)", property.botocore_value});
      }
      if (const std::string go = go_reading(property.value); go != property.value) {
        fact.other_readings.push_back({"Go v2", go});
      }
      scope.facts.push_back(std::move(fact));
    }
    set.scopes.push_back(std::move(scope));
  }
  return set;
}

}  // namespace credlint::ini
