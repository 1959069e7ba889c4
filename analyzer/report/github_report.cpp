#include "report/github_report.h"

#include <fmt/format.h>

#include "aws/redaction.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {
namespace {

// GitHub links an annotation to a file of the repository only through a relative path;
// the user's own files (`~/...`) and absolute paths are outside it, so their location
// goes into the message instead of `file=`.
bool inside_repository(std::string_view path) {
  return !path.empty() && path.front() != '/' && path.substr(0, 2) != "~/";
}

struct Annotation {
  std::string_view command;
  std::string path;
  std::size_t line = 0, column = 0, end_line = 0, end_column = 0;  // 0: not given
  std::string title;
  std::string message;
};

std::string render(const Annotation& a) {
  std::string properties;
  std::string message = aws::scrub_text(a.message);
  auto add = [&](std::string_view key, const std::string& value) {
    properties += properties.empty() ? " " : ",";
    properties += fmt::format("{}={}", key, escape_workflow_property(value));
  };
  if (inside_repository(a.path)) {
    add("file", a.path);
    if (a.line > 0) add("line", std::to_string(a.line));
    if (a.end_line > 0) add("endLine", std::to_string(a.end_line));
    if (a.column > 0) add("col", std::to_string(a.column));
    if (a.end_column > 0) add("endColumn", std::to_string(a.end_column));
  } else if (!a.path.empty()) {
    message = (a.line > 0 ? fmt::format("{}:{}: ", a.path, a.line) : a.path + ": ") + message;
  }
  if (!a.title.empty()) add("title", a.title);
  return fmt::format("::{}{}::{}\n", a.command, properties, escape_workflow_data(message));
}

}  // namespace

std::string escape_workflow_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_workflow_property(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : escape_workflow_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view workflow_command(engine::Level level) {
  switch (level) {
    case engine::Level::Error:
      return "error";
    case engine::Level::Warning:
      return "warning";
    case engine::Level::Note:
      return "notice";
  }
  return "warning";
}

void write_github(std::ostream& out, const ReportContext& context) {
  const engine::ScanResult& result = context.result;
  for (const engine::Notification& n : result.notifications) {
    out << render({workflow_command(n.level), n.path, n.line, 0, 0, 0, "credlint " + n.id, n.message});
  }
  if (context.lists_unused_ignores()) {
    for (const UnusedIgnore& unused : context.review->unused_ignores) {
      out << render(
          {"warning", unused.path, unused.line, unused.column, 0, 0, "credlint unused-ignore", unused.problem});
    }
  }
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (!context.reported(i)) continue;
    const engine::Finding& finding = result.findings[i];
    const Region region = region_of(*finding.location.file, finding.location.span);
    out << render({workflow_command(finding.level), finding.location.file->path(), region.start_line,
                   region.start_column, region.end_line, region.end_column, rule_title(context, finding.rule_id),
                   finding.message});
  }
}

}  // namespace credlint::report
