#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {
namespace {

using nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kInformationUri = "https://github.com/credlint/credlint";
constexpr const char* kUnusedIgnoreId = "CLN010";

// RFC 3986 percent-encoding of a relative path; '/' separates segments.
std::string percent_encode(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    out += unreserved ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

// Paths below the scan root are relative to %SRCROOT%; the user's own files (`~/...`)
// are relative to USERHOME; anything else to the file-system root. Never an absolute
// URI, which GitHub rejects.
ordered_json artifact_location(std::string_view display_path) {
  if (display_path.substr(0, 2) == "~/") {
    return {{"uri", percent_encode(display_path.substr(2))}, {"uriBaseId", "USERHOME"}};
  }
  if (!display_path.empty() && display_path.front() == '/') {
    return {{"uri", percent_encode(display_path.substr(1))}, {"uriBaseId", "FILESYSTEMROOT"}};
  }
  return {{"uri", percent_encode(display_path)}, {"uriBaseId", "%SRCROOT%"}};
}

// SARIF messages end with a period (GitHub shows the first sentence as the alert title;
// the multitool's SARIF2001). A final '?' or '!' (as in "did you mean `x`?") becomes
// the period rather than being followed by one.
std::string sentence(std::string text) {
  text = aws::scrub_text(text);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (!text.empty() && (text.back() == '?' || text.back() == '!')) text.pop_back();
  if (text.empty()) return "Finding.";
  if (text.back() != '.') text += '.';
  return text;
}

ordered_json region_json(const Region& r) {
  return {{"startLine", r.start_line}, {"startColumn", r.start_column}, {"endLine", r.end_line},
          {"endColumn", r.end_column}};
}

ordered_json physical_location(const core::SourceFile& file, core::Span span) {
  return {{"physicalLocation", {{"artifactLocation", artifact_location(file.path())},
                                {"region", region_json(region_of(file, span))}}}};
}

std::vector<std::string> rule_tags(std::string_view id) {
  std::vector<std::string> tags = {"security", "aws"};
  switch (id[3]) {
    case '1': case '2': tags.push_back("credentials"); break;
    case '3': tags.push_back("region"); break;
    case '4': tags.push_back("configuration"); break;
    case '5': tags.push_back("secrets"); tags.push_back("external/cwe/cwe-798"); break;
    case '6': tags.push_back("dotenv"); break;
    default: break;
  }
  return tags;
}

std::string ascii_anchor(std::string_view id) {
  std::string out;
  for (char c : id) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

ordered_json rule_json(const engine::RuleDef& rule) {
  ordered_json descriptor;
  descriptor["id"] = rule.id;
  descriptor["name"] = rule.name;
  descriptor["shortDescription"] = {{"text", rule.short_description}};
  descriptor["fullDescription"] = {{"text", rule.full_description}};
  descriptor["helpUri"] = fmt::format("{}/blob/main/rules/README.md#{}", kInformationUri, ascii_anchor(rule.id));
  descriptor["help"] = {{"text", rule.help_markdown}, {"markdown", rule.help_markdown}};
  descriptor["defaultConfiguration"] = {{"level", engine::to_string(rule.level)}};
  descriptor["properties"] = {{"tags", rule_tags(rule.id)},
                              {"precision", rule.precision},
                              {"security-severity", rule.security_severity}};
  return descriptor;
}

// SARIF §3.27.23 suppressions and §3.27.24 baselineState. A suppressed result stays in
// the log (reviewdog and GitLab skip it, the VS Code viewer greys it out); baselineState
// is set on every result once a baseline was applied. Results absent since the baseline
// are not listed: the baseline keeps no location or message to build them from.
void add_review(ordered_json& item, const ReportContext& context, std::size_t index) {
  const FindingReview* review = context.review_of(index);
  if (review == nullptr) return;
  if (review->suppression) {
    const engine::Finding& finding = context.result.findings[index];
    ordered_json suppression;
    suppression["kind"] = "inSource";
    if (!review->suppression->justification.empty()) {
      suppression["justification"] = aws::scrub_text(review->suppression->justification);
    }
    suppression["location"] = {
        {"physicalLocation",
         {{"artifactLocation", artifact_location(finding.location.file->path())},
          {"region", {{"startLine", review->suppression->line}, {"startColumn", review->suppression->column}}}}}};
    item["suppressions"] = ordered_json::array({std::move(suppression)});
  }
  if (review->baseline) item["baselineState"] = *review->baseline == BaselineState::New ? "new" : "unchanged";
}

}  // namespace

void write_sarif(std::ostream& out, const ReportContext& context) {
  const engine::ScanResult& result = context.result;
  ordered_json rules = ordered_json::array();
  for (const engine::RuleDef* rule : context.rules) rules.push_back(rule_json(*rule));

  const auto fingerprints = fingerprints_for(result);
  ordered_json results = ordered_json::array();
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const engine::Finding& finding = result.findings[i];
    ordered_json item;
    item["ruleId"] = finding.rule_id;
    for (std::size_t r = 0; r < context.rules.size(); ++r) {
      if (context.rules[r]->id == finding.rule_id) item["ruleIndex"] = r;
    }
    item["level"] = engine::to_string(finding.level);
    item["message"] = {{"text", sentence(finding.message)}};
    item["locations"] = ordered_json::array({physical_location(*finding.location.file, finding.location.span)});
    if (!finding.related.empty()) {
      ordered_json related = ordered_json::array();
      for (std::size_t k = 0; k < finding.related.size(); ++k) {
        ordered_json location = physical_location(*finding.related[k].file, finding.related[k].span);
        location["id"] = k + 1;
        location["message"] = {{"text", sentence(finding.related[k].message)}};
        related.push_back(std::move(location));
      }
      item["relatedLocations"] = std::move(related);
    }
    ordered_json partial;
    if (!fingerprints[i].line_hash.empty()) partial["primaryLocationLineHash"] = fingerprints[i].line_hash;
    partial["credlint/v1"] = fingerprints[i].stable;
    item["partialFingerprints"] = std::move(partial);
    add_review(item, context, i);
    results.push_back(std::move(item));
  }

  ordered_json notifications = ordered_json::array();
  bool complete = true;
  for (const engine::Notification& n : result.notifications) {
    ordered_json notification;
    notification["level"] = engine::to_string(n.level);
    notification["message"] = {{"text", sentence(n.message)}};
    notification["descriptor"] = {{"id", n.id}};
    ordered_json physical = {{"artifactLocation", artifact_location(n.path)}};
    if (n.line > 0) physical["region"] = {{"startLine", n.line}};
    notification["locations"] = ordered_json::array({{{"physicalLocation", physical}}});
    notifications.push_back(std::move(notification));
    complete = complete && n.level != engine::Level::Error;
  }
  // --warn-unused-ignores: each stale ignore comment is a warning notification (not a
  // result: it is no rule of the catalog, and GitHub would turn it into an alert).
  if (context.lists_unused_ignores()) {
    for (const UnusedIgnore& unused : context.review->unused_ignores) {
      ordered_json notification;
      notification["level"] = "warning";
      notification["message"] = {{"text", sentence(unused.problem)}};
      notification["descriptor"] = {{"id", kUnusedIgnoreId}};
      notification["locations"] = ordered_json::array(
          {{{"physicalLocation",
             {{"artifactLocation", artifact_location(unused.path)},
              {"region", {{"startLine", unused.line}, {"startColumn", unused.column}}}}}}});
      notifications.push_back(std::move(notification));
    }
  }

  ordered_json run;
  run["tool"] = {{"driver",
                  {{"name", "credlint"},
                   {"version", context.tool_version},
                   {"semanticVersion", context.tool_version},
                   {"informationUri", kInformationUri},
                   {"rules", std::move(rules)}}}};
  ordered_json invocation = {{"executionSuccessful", complete}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  run["invocations"] = ordered_json::array({std::move(invocation)});
  run["columnKind"] = "utf16CodeUnits";
  run["results"] = std::move(results);

  ordered_json log;
  log["$schema"] = kSchema;
  log["version"] = "2.1.0";
  log["runs"] = ordered_json::array({std::move(run)});
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace credlint::report
