#include <nlohmann/json.hpp>

#include "aws/redaction.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {
namespace {

using nlohmann::ordered_json;

ordered_json finding_json(const ReportContext& context, std::size_t index, const std::string& fingerprint) {
  const engine::Finding& finding = context.result.findings[index];
  const Region region = region_of(*finding.location.file, finding.location.span);
  ordered_json item;
  item["rule"] = finding.rule_id;
  for (const engine::RuleDef* rule : context.rules) {
    if (rule->id == finding.rule_id) item["name"] = rule->name;
  }
  item["level"] = engine::to_string(finding.level);
  item["file"] = finding.location.file->path();
  item["line"] = region.start_line;
  item["column"] = region.start_column;
  item["end_line"] = region.end_line;
  item["end_column"] = region.end_column;
  item["message"] = aws::scrub_text(finding.message);
  ordered_json related = ordered_json::array();
  for (const engine::Location& location : finding.related) {
    const Region r = region_of(*location.file, location.span);
    related.push_back({{"file", location.file->path()}, {"line", r.start_line}, {"column", r.start_column},
                       {"message", aws::scrub_text(location.message)}});
  }
  item["related"] = std::move(related);
  item["fingerprint"] = fingerprint;
  if (const FindingReview* review = context.review_of(index); review != nullptr) {
    if (review->baseline) item["baseline"] = *review->baseline == BaselineState::New ? "new" : "unchanged";
    if (review->suppression) {
      item["suppression"] = {{"kind", "inSource"},
                             {"justification", aws::scrub_text(review->suppression->justification)},
                             {"line", review->suppression->line}};
    }
  }
  return item;
}

}  // namespace

void write_json(std::ostream& out, const ReportContext& context) {
  const engine::ScanResult& result = context.result;
  const auto fingerprints = fingerprints_for(result);
  // `findings` keeps its meaning (what the scan reports); suppressed findings get their own
  // array so a reader that fails on any entry of `findings` does not fail on them.
  ordered_json findings = ordered_json::array();
  ordered_json suppressed = ordered_json::array();
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const FindingReview* review = context.review_of(i);
    if (review != nullptr && review->suppression) {
      suppressed.push_back(finding_json(context, i, fingerprints[i].stable));
    } else if (context.reported(i)) {
      findings.push_back(finding_json(context, i, fingerprints[i].stable));
    }
  }
  ordered_json notifications = ordered_json::array();
  for (const engine::Notification& n : result.notifications) {
    notifications.push_back({{"id", n.id}, {"level", engine::to_string(n.level)}, {"file", n.path},
                             {"line", n.line}, {"message", aws::scrub_text(n.message)}});
  }
  ordered_json unused = ordered_json::array();
  if (context.review != nullptr) {
    for (const UnusedIgnore& ignore : context.review->unused_ignores) {
      unused.push_back({{"file", ignore.path}, {"line", ignore.line}, {"column", ignore.column},
                        {"rules", ignore.rules}, {"message", aws::scrub_text(ignore.problem)}});
    }
  }
  const Summary s = summarise(context);
  ordered_json document;
  document["version"] = 1;
  document["tool"] = {{"name", "credlint"}, {"version", context.tool_version}};
  document["findings"] = std::move(findings);
  document["notifications"] = std::move(notifications);
  document["suppressed"] = std::move(suppressed);
  document["unused_ignores"] = std::move(unused);
  document["summary"] = {{"files", s.files},       {"findings", s.errors + s.warnings + s.notes},
                         {"errors", s.errors},     {"warnings", s.warnings},
                         {"notes", s.notes},       {"notifications", s.notifications},
                         {"suppressed", s.suppressed}, {"in_baseline", s.in_baseline},
                         {"unused_ignores", s.unused_ignores}};
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace credlint::report
