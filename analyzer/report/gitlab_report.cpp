#include "report/gitlab_report.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>

#include "aws/redaction.h"
#include "report/fingerprint.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {
namespace {

using nlohmann::ordered_json;

ordered_json issue(std::string description, std::string check_name, std::string fingerprint, std::string_view severity,
                   const std::string& path, std::size_t line) {
  ordered_json item;
  item["description"] = aws::scrub_text(description);
  item["check_name"] = std::move(check_name);
  item["fingerprint"] = std::move(fingerprint);
  item["severity"] = severity;
  item["location"] = {{"path", path}, {"lines", {{"begin", line > 0 ? line : 1}}}};
  return item;
}

}  // namespace

std::string_view gitlab_severity(engine::Level level) {
  switch (level) {
    case engine::Level::Error:
      return "critical";
    case engine::Level::Warning:
      return "major";
    case engine::Level::Note:
      return "minor";
  }
  return "major";
}

std::string gitlab_fingerprint(std::string_view credlint_v1) {
  const std::size_t colon = credlint_v1.find(':');
  const std::string_view hash = credlint_v1.substr(0, colon);
  std::uint64_t occurrence = 1;
  if (colon != std::string_view::npos) {
    const std::string_view digits = credlint_v1.substr(colon + 1);
    std::from_chars(digits.data(), digits.data() + digits.size(), occurrence);
  }
  return fmt::format("{:0>16}{:016x}", hash, occurrence);
}

void write_gitlab(std::ostream& out, const ReportContext& context) {
  const engine::ScanResult& result = context.result;
  const auto fingerprints = fingerprints_for(result);
  ordered_json issues = ordered_json::array();
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (!context.reported(i)) continue;
    const engine::Finding& finding = result.findings[i];
    const Region region = region_of(*finding.location.file, finding.location.span);
    issues.push_back(issue(fmt::format("{}: {}", finding.rule_id, finding.message), finding.rule_id,
                           gitlab_fingerprint(fingerprints[i].stable), gitlab_severity(finding.level),
                           finding.location.file->path(), region.start_line));
  }
  if (context.lists_unused_ignores()) {
    // Line-independent too: the file, the IDs and the how-many-th such comment.
    std::map<std::pair<std::string, std::string>, std::size_t> occurrences;
    for (const UnusedIgnore& unused : context.review->unused_ignores) {
      std::string ids;
      for (const std::string& id : unused.rules) ids += id + ",";
      const std::size_t n = ++occurrences[{unused.path, ids}];
      issues.push_back(issue(unused.problem, "credlint/unused-ignore",
                             gitlab_fingerprint(stable_fingerprint("unused-ignore", unused.path, ids, n)), "info",
                             unused.path, unused.line));
    }
  }
  out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace credlint::report
