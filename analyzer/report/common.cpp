#include <map>
#include <tuple>

#include "report/fingerprint.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {

std::vector<FindingFingerprints> fingerprints_for(const engine::ScanResult& result) {
  std::map<const core::SourceFile*, std::vector<std::string>> hashes;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> occurrences;
  std::vector<FindingFingerprints> out;
  for (const engine::Finding& finding : result.findings) {
    const core::SourceFile& file = *finding.location.file;
    auto [it, inserted] = hashes.try_emplace(&file);
    if (inserted) it->second = line_hashes(file.bytes());
    const Region region = region_of(file, finding.location.span);
    FindingFingerprints fp;
    if (region.start_line <= it->second.size()) fp.line_hash = it->second[region.start_line - 1];
    const std::size_t occurrence = ++occurrences[{finding.rule_id, file.path(), finding.identity}];
    fp.stable = stable_fingerprint(finding.rule_id, file.path(), finding.identity, occurrence);
    out.push_back(std::move(fp));
  }
  return out;
}

Summary summarise(const ReportContext& context) {
  const engine::ScanResult& result = context.result;
  Summary summary;
  summary.files = result.context.files.size();
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (const FindingReview* review = context.review_of(i); review != nullptr && !review->reported()) {
      // A finding both suppressed and in the baseline counts once, as suppressed.
      if (review->suppression) ++summary.suppressed;
      else ++summary.in_baseline;
      continue;
    }
    switch (result.findings[i].level) {
      case engine::Level::Error: ++summary.errors; break;
      case engine::Level::Warning: ++summary.warnings; break;
      case engine::Level::Note: ++summary.notes; break;
    }
  }
  summary.notifications = result.notifications.size();
  if (context.review != nullptr) summary.unused_ignores = context.review->unused_ignores.size();
  return summary;
}

std::string rule_title(const ReportContext& context, std::string_view rule_id) {
  for (const engine::RuleDef* rule : context.rules) {
    if (rule->id == rule_id) return std::string(rule_id) + " " + std::string(rule->name);
  }
  return std::string(rule_id);
}

}  // namespace credlint::report
