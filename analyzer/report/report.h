// The output formats: human text, JSON (a documented, stable shape; see
// docs/json-format.md), SARIF 2.1.0 for code-scanning tools, GitHub Actions workflow
// commands and GitLab Code Quality JSON. Every writer gets the same sorted findings and
// notifications, and every value it shows passes through aws/redaction first.
#pragma once

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "engine/scanner.h"

namespace credlint::report {

// What the review step (analyzer/suppress) decided about each finding after the scan:
// an inline `credlint:ignore` comment suppressed it, and/or a baseline already holds it.
// The writers get every finding (fingerprints count occurrences over all of them) and
// choose what to show: SARIF keeps suppressed and unchanged results with their marks,
// the other formats show only what `reported()` says.
enum class BaselineState { New, Unchanged };

struct Suppression {
  std::string justification;  // the text after ` -- ` (may be empty)
  std::size_t line = 0;       // 1-based line of the ignore comment
  std::size_t column = 0;     // 1-based column (UTF-16 code units) where `credlint:ignore` starts
};

struct FindingReview {
  std::optional<Suppression> suppression;
  std::optional<BaselineState> baseline;  // set when a baseline was applied
  [[nodiscard]] bool reported() const { return !suppression && baseline != BaselineState::Unchanged; }
};

// An ignore comment (or some of its rule IDs) that suppressed nothing.
struct UnusedIgnore {
  std::string path;  // display path, like a finding's
  std::size_t line = 0;
  std::size_t column = 0;
  std::vector<std::string> rules;  // the IDs that matched nothing (empty: the comment names none)
  std::string problem;             // one sentence: why it suppresses nothing
};

struct Review {
  std::vector<FindingReview> findings;  // one per ScanResult::findings entry
  std::vector<UnusedIgnore> unused_ignores;
  bool baseline_applied = false;
  bool warn_unused_ignores = false;  // --warn-unused-ignores: report each one and fail
};

struct ReportContext {
  const engine::ScanResult& result;
  std::span<const engine::RuleDef* const> rules;
  std::string tool_version;
  const Review* review = nullptr;  // null: no suppressions, no baseline

  // The review of finding `index`, or null when there is none.
  [[nodiscard]] const FindingReview* review_of(std::size_t index) const {
    return review != nullptr && index < review->findings.size() ? &review->findings[index] : nullptr;
  }
  // Whether text, JSON, github and gitlab show the finding as a finding.
  [[nodiscard]] bool reported(std::size_t index) const {
    const FindingReview* r = review_of(index);
    return r == nullptr || r->reported();
  }
  [[nodiscard]] bool lists_unused_ignores() const { return review != nullptr && review->warn_unused_ignores; }
};

struct TextOptions {
  bool color = false;
  bool quiet = false;  // findings only, no snippets and no summary
};

void write_text(std::ostream& out, const ReportContext& context, const TextOptions& options);
void write_json(std::ostream& out, const ReportContext& context);
void write_sarif(std::ostream& out, const ReportContext& context);
void write_github(std::ostream& out, const ReportContext& context);
void write_gitlab(std::ostream& out, const ReportContext& context);

// The line of a finding as it may be shown: credential values masked in place so a
// caret under the span still lines up.
[[nodiscard]] std::string redacted_line(const engine::AnalyzedFile& file, std::size_t line);

struct FindingFingerprints {
  std::string line_hash;  // GitHub primaryLocationLineHash
  std::string stable;     // credlint/v1
};
[[nodiscard]] std::vector<FindingFingerprints> fingerprints_for(const engine::ScanResult& result);

// Summary counts shared by the text and JSON writers. errors, warnings and notes count
// reported findings only; suppressed and baselined ones are counted apart.
struct Summary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t notes = 0;
  std::size_t notifications = 0;
  std::size_t suppressed = 0;
  std::size_t in_baseline = 0;  // findings the baseline already holds (unchanged)
  std::size_t unused_ignores = 0;
};
[[nodiscard]] Summary summarise(const ReportContext& context);

// The title a rule's findings carry in annotation formats: "AWS201 temporary-key-...".
[[nodiscard]] std::string rule_title(const ReportContext& context, std::string_view rule_id);

}  // namespace credlint::report
