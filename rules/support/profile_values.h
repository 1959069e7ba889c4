// The parsed profile-file structure behind a fact, for rules that need more than the fact
// holds: the ini::Property and ini::Section it came from, and who reads a value that an
// indented line continues how (aws-semantics.md §1.6).
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/support/rule_support.h"

namespace credlint::rules {

// Where in the parsed profile file a fact was read from: its section and property (both
// nullptr for facts of other files).
struct PropertyRef {
  const ini::Section* section = nullptr;
  const ini::Property* property = nullptr;
};

inline PropertyRef property_ref_of(const AnalyzedFile& file, const Fact& fact) {
  if (!file.profile) return {};
  for (const ini::Section& section : file.profile->sections) {
    for (const ini::Property& property : section.properties) {
      if (property.name_span == fact.name_span) return {&section, &property};
    }
  }
  return {};
}

inline const ini::Property* property_of(const AnalyzedFile& file, const Fact& fact) {
  return property_ref_of(file, fact).property;
}

inline const ini::Section* section_of(const AnalyzedFile& file, const Fact& fact) {
  return property_ref_of(file, fact).section;
}

// Some continuation line of the value holds '=': Go v2 continues a value only with
// indented lines without '=' and drops such a line, where botocore and the spec parser
// join it to the value.
inline bool continuation_holds_assignment(const core::SourceFile& source, const ini::Property& property) {
  bool assignment = false;
  for (const core::Span& continuation : property.continuations) {
    assignment = assignment || source.slice(continuation).find('=') != std::string_view::npos;
  }
  return assignment;
}

// Who reads what when an indented line continues the value: " (line N continues it): ...,
// and JS v3 ignores indented lines", or "" when the value is not continued.
inline std::string wrapped_readings(const AnalyzedFile& file, const Fact& fact) {
  const ini::Property* property = property_of(file, fact);
  if (property == nullptr || property->continuations.empty()) return "";
  return fmt::format(
      " (line {} continues it): {}, and JS v3 ignores indented lines",
      file.source->position(property->continuations.front().begin).line,
      continuation_holds_assignment(*file.source, *property)
          ? "the spec parser (Java v2, Rust, Kotlin) and botocore (AWS CLI, boto3) join the lines with a line "
            "break, Go v2 drops a continuation that holds '='"
          : "the spec parser (Java v2, Rust, Kotlin), botocore (AWS CLI, boto3) and Go v2 join the lines with a "
            "line break");
}

}  // namespace credlint::rules
