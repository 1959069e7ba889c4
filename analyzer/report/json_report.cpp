#include <nlohmann/json.hpp>

#include "aws/redaction.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {

void write_json(std::ostream& out, const ReportContext& context) {
  using nlohmann::ordered_json;
  const engine::ScanResult& result = context.result;
  const auto fingerprints = fingerprints_for(result);
  ordered_json findings = ordered_json::array();
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const engine::Finding& finding = result.findings[i];
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
    item["fingerprint"] = fingerprints[i].stable;
    findings.push_back(std::move(item));
  }
  ordered_json notifications = ordered_json::array();
  for (const engine::Notification& n : result.notifications) {
    notifications.push_back({{"id", n.id}, {"level", engine::to_string(n.level)}, {"file", n.path},
                             {"line", n.line}, {"message", aws::scrub_text(n.message)}});
  }
  const Summary s = summarise(result);
  ordered_json document;
  document["version"] = 1;
  document["tool"] = {{"name", "credlint"}, {"version", context.tool_version}};
  document["findings"] = std::move(findings);
  document["notifications"] = std::move(notifications);
  document["summary"] = {{"files", s.files}, {"findings", s.errors + s.warnings + s.notes}, {"errors", s.errors},
                         {"warnings", s.warnings}, {"notes", s.notes}, {"notifications", s.notifications}};
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace credlint::report
