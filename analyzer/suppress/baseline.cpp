#include "suppress/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "report/fingerprint.h"
#include "report/report.h"

namespace credlint::suppress {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// The line as the content fingerprint sees it: values masked (report::redacted_line, so
// no secret feeds the hash even in hashed form), blanks and CR removed so re-indenting
// does not count as a change.
std::string normalised_line(const engine::AnalyzedFile& file, std::size_t line) {
  std::string out;
  for (char c : report::redacted_line(file, line)) {
    if (c != ' ' && c != '\t' && c != '\r') out += c;
  }
  return out;
}

// 1-based line and column of a byte offset, for JSON syntax errors.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

std::optional<std::string> string_field(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

std::vector<std::string> content_fingerprints(const engine::ScanResult& result) {
  std::unordered_map<const core::SourceFile*, const engine::AnalyzedFile*> files;
  for (const auto& file : result.context.files) files.emplace(file->source.get(), file.get());
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> occurrences;
  std::vector<std::string> out;
  out.reserve(result.findings.size());
  for (const engine::Finding& finding : result.findings) {
    const core::SourceFile& source = *finding.location.file;
    const std::size_t line = source.position(finding.location.span.begin).line;
    const auto file = files.find(&source);
    // A finding in a file the scan did not keep (never the case from the CLI) has no
    // masked line to hash; it still gets a fingerprint, from rule and identity only.
    const std::string content = file != files.end() ? normalised_line(*file->second, line) : std::string();
    const std::size_t n = ++occurrences[{source.path(), finding.rule_id, finding.identity, content}];
    out.push_back(report::stable_fingerprint(finding.rule_id, "content/v1", finding.identity + '\n' + content, n));
  }
  return out;
}

std::vector<BaselineEntry> baseline_entries(const engine::ScanResult& result, const report::Review& review) {
  const auto fingerprints = report::fingerprints_for(result);
  const auto contents = content_fingerprints(result);
  std::vector<BaselineEntry> entries;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (i < review.findings.size() && review.findings[i].suppression) continue;
    entries.push_back(
        {result.findings[i].rule_id, result.findings[i].location.file->path(), fingerprints[i].stable, contents[i]});
  }
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.rule, a.fingerprint, a.content_fingerprint) <
           std::tie(b.path, b.rule, b.fingerprint, b.content_fingerprint);
  });
  return entries;
}

std::string baseline_document(const std::vector<BaselineEntry>& entries, std::string_view tool_version) {
  ordered_json findings = ordered_json::array();
  for (const BaselineEntry& entry : entries) {
    findings.push_back({{"rule", entry.rule},
                        {"path", entry.path},
                        {"fingerprint", entry.fingerprint},
                        {"content_fingerprint", entry.content_fingerprint}});
  }
  ordered_json document;
  document["version"] = kBaselineVersion;
  document["tool"] = {{"name", "credlint"}, {"version", tool_version}};
  document["findings"] = std::move(findings);
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

BaselineOutcome parse_baseline(std::string_view text, std::string_view file_name) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based: the byte where parsing stopped.
    const auto [line, column] = line_and_column(text, e.byte > 0 ? e.byte - 1 : 0);
    return {std::nullopt, fmt::format("baseline {}:{}:{}: not valid JSON ({})", file_name, line, column,
                                      e.byte >= text.size() ? "unexpected end of file" : "syntax error")};
  }
  auto wrong = [&](const std::string& what) {
    return BaselineOutcome{std::nullopt, fmt::format("baseline {}: {} (write one with credlint scan --write-baseline "
                                                     "FILE)",
                                                     file_name, what)};
  };
  if (!document.is_object()) return wrong("not a credlint baseline: the top level is not an object");
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_integer()) return wrong("no integer `version`");
  if (version->get<long long>() != kBaselineVersion) {
    return wrong(
        fmt::format("version {} is not supported (this credlint reads version {})", version->dump(), kBaselineVersion));
  }
  const auto findings = document.find("findings");
  if (findings == document.end() || !findings->is_array()) return wrong("no `findings` array");
  Baseline baseline;
  for (std::size_t i = 0; i < findings->size(); ++i) {
    const json& item = (*findings)[i];
    if (!item.is_object()) return wrong(fmt::format("findings[{}] is not an object", i));
    BaselineEntry entry;
    for (auto [key, target] :
         {std::pair{"rule", &entry.rule}, std::pair{"path", &entry.path}, std::pair{"fingerprint", &entry.fingerprint},
          std::pair{"content_fingerprint", &entry.content_fingerprint}}) {
      auto value = string_field(item, key);
      if (!value) return wrong(fmt::format("findings[{}].{} is missing or not a string", i, key));
      *target = std::move(*value);
    }
    baseline.entries.push_back(std::move(entry));
  }
  return {std::move(baseline), {}};
}

BaselineOutcome read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, fmt::format("baseline {}: cannot read the file", path)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return {std::nullopt, fmt::format("baseline {}: cannot read the file", path)};
  return parse_baseline(buffer.str(), path);
}

void apply_baseline(const Baseline& baseline, const engine::ScanResult& result, report::Review& review) {
  review.findings.resize(result.findings.size());
  review.baseline_applied = true;
  const auto fingerprints = report::fingerprints_for(result);
  const auto contents = content_fingerprints(result);
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, std::vector<std::size_t>> by_fingerprint;                              // (rule, path, credlint/v1)
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_content;  // (rule, content/v1)
  for (std::size_t e = 0; e < baseline.entries.size(); ++e) {
    const BaselineEntry& entry = baseline.entries[e];
    by_fingerprint[{entry.rule, entry.path, entry.fingerprint}].push_back(e);
    by_content[{entry.rule, entry.content_fingerprint}].push_back(e);
  }
  std::vector<bool> taken(baseline.entries.size(), false);
  auto take = [&](const std::vector<std::size_t>* candidates) -> bool {
    if (candidates == nullptr) return false;
    for (std::size_t e : *candidates) {
      if (taken[e]) continue;
      taken[e] = true;
      return true;
    }
    return false;
  };
  std::vector<bool> matched(result.findings.size(), false);
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const engine::Finding& finding = result.findings[i];
    const auto it = by_fingerprint.find({finding.rule_id, finding.location.file->path(), fingerprints[i].stable});
    matched[i] = take(it == by_fingerprint.end() ? nullptr : &it->second);
  }
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (matched[i]) continue;
    const auto it = by_content.find({result.findings[i].rule_id, contents[i]});
    matched[i] = take(it == by_content.end() ? nullptr : &it->second);
  }
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    review.findings[i].baseline = matched[i] ? report::BaselineState::Unchanged : report::BaselineState::New;
  }
}

}  // namespace credlint::suppress
