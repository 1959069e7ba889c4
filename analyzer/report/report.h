// The output formats: human text, JSON (a documented, stable shape; see
// docs/json-format.md) and SARIF 2.1.0 for code-scanning tools. Every writer gets the
// same sorted findings and notifications, and every value it shows passes through
// aws/redaction first.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "engine/scanner.h"

namespace credlint::report {

struct ReportContext {
  const engine::ScanResult& result;
  std::span<const engine::RuleDef* const> rules;
  std::string tool_version;
};

struct TextOptions {
  bool color = false;
  bool quiet = false;  // findings only, no snippets and no summary
};

void write_text(std::ostream& out, const ReportContext& context, const TextOptions& options);
void write_json(std::ostream& out, const ReportContext& context);
void write_sarif(std::ostream& out, const ReportContext& context);

// The line of a finding as it may be shown: credential values masked in place so a
// caret under the span still lines up.
[[nodiscard]] std::string redacted_line(const engine::AnalyzedFile& file, std::size_t line);

struct FindingFingerprints {
  std::string line_hash;  // GitHub primaryLocationLineHash
  std::string stable;     // credlint/v1
};
[[nodiscard]] std::vector<FindingFingerprints> fingerprints_for(const engine::ScanResult& result);

// Summary counts shared by the text and JSON writers.
struct Summary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
  std::size_t notifications = 0;
};
[[nodiscard]] Summary summarise(const engine::ScanResult& result);

}  // namespace credlint::report
