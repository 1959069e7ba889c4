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

Summary summarise(const engine::ScanResult& result) {
  Summary summary;
  summary.files = result.context.files.size();
  for (const engine::Finding& finding : result.findings) {
    switch (finding.level) {
      case engine::Level::Error: ++summary.errors; break;
      case engine::Level::Warning: ++summary.warnings; break;
      case engine::Level::Note: ++summary.notes; break;
    }
  }
  summary.notifications = result.notifications.size();
  return summary;
}

}  // namespace credlint::report
