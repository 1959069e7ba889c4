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

std::string intended_value(std::string_view raw) {
  std::string_view text = raw;
  // An inline comment is never part of what the user meant.
  for (std::size_t i = 1; i < text.size(); ++i) {
    if ((text[i] == '#' || text[i] == ';') && core::is_blank_char(text[i - 1])) {
      text = text.substr(0, i);
      break;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { ++i; continue; }  // NBSP
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) >= 0x8B && static_cast<unsigned char>(text[i + 2]) <= 0x8D)) {
      i += 2;  // zero-width space / non-joiner / joiner
      continue;
    }
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      i += 2;  // BOM
      continue;
    }
    out += static_cast<char>(c);
  }
  std::string_view trimmed = core::trim_ascii_whitespace(out);
  if (trimmed.size() >= 2 && (trimmed.front() == '"' || trimmed.front() == '\'') && trimmed.back() == trimmed.front()) {
    trimmed = core::trim_ascii_whitespace(trimmed.substr(1, trimmed.size() - 2));
  }
  return std::string(trimmed);
}

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
