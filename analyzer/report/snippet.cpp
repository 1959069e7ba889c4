#include <algorithm>

#include "aws/redaction.h"
#include "core/text.h"
#include "report/report.h"

namespace credlint::report {
namespace {

bool names_a_secret(std::string_view key) {
  const std::string lower = core::ascii_lower(key);
  for (std::string_view word : {"secret", "token", "password", "passwd", "credential"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// Masks the span's characters in place. Blanks at either end stay visible (a raw value
// span starts right after '='), so the snippet still reads `key = ****`.
void mask(std::string& line, std::size_t line_start, core::Span span, bool is_key_id) {
  if (span.begin < line_start || span.empty()) return;
  std::size_t from = span.begin - line_start;
  if (from >= line.size()) return;
  std::size_t to = std::min(span.end - line_start, line.size());
  while (from < to && core::is_blank_char(line[from])) ++from;
  while (to > from && core::is_blank_char(line[to - 1])) --to;
  if (from == to) return;
  line.replace(from, to - from, aws::mask_in_place(std::string_view(line).substr(from, to - from), is_key_id));
}

}  // namespace

std::string redacted_line(const engine::AnalyzedFile& file, std::size_t line) {
  const core::SourceFile& source = *file.source;
  const core::Span line_span = source.line_span(line);
  std::string text(source.slice(line_span));
  for (const facts::Scope& scope : file.facts.scopes) {
    for (const facts::Fact& fact : scope.facts) {
      if (fact.kind == facts::FactKind::Region || fact.kind == facts::FactKind::Expiry) continue;
      mask(text, line_span.begin, fact.span, fact.kind == facts::FactKind::AccessKeyId);
    }
  }
  if (file.profile) {
    for (const ini::Section& section : file.profile->sections) {
      for (const ini::Property& property : section.properties) {
        if (names_a_secret(property.name)) mask(text, line_span.begin, property.raw_value_span, false);
        for (const core::Span& continuation : property.continuations) {
          if (names_a_secret(property.name)) mask(text, line_span.begin, continuation, false);
        }
      }
    }
  }
  return aws::scrub_text(text);
}

}  // namespace credlint::report
