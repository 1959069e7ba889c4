// `--format github`: GitHub Actions workflow commands. The escaping is actions/toolkit's
// (command.ts): `%`, CR and LF in the message; also `:` and `,` in property values. A
// parser below reads the lines back the way the runner does (split at the first "::"
// after the properties, properties at ',' and the first '='), so a missing escape shows
// up as a wrong value, not just as a different string.
#include "report/github_report.h"

#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>

#include "report/report.h"
#include "rules/registry.h"

using namespace credlint;

namespace {

struct Command {
  std::string name;
  std::map<std::string, std::string> properties;
  std::string message;
};

std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const std::string code(text.substr(i + 1, 2));
      const std::map<std::string, char> codes = {{"25", '%'}, {"0D", '\r'}, {"0A", '\n'}, {"3A", ':'}, {"2C", ','}};
      if (auto it = codes.find(code); it != codes.end()) {
        out += it->second;
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// The runner's reading of one `::name key=value,...::message` line.
Command parse_command(const std::string& line) {
  REQUIRE(line.rfind("::", 0) == 0);
  const std::size_t end = line.find("::", 2);
  REQUIRE(end != std::string::npos);
  const std::string head = line.substr(2, end - 2);
  Command command;
  command.message = unescape(line.substr(end + 2));
  const std::size_t space = head.find(' ');
  command.name = head.substr(0, space);
  if (space != std::string::npos) {
    std::stringstream properties(head.substr(space + 1));
    std::string property;
    while (std::getline(properties, property, ',')) {
      const std::size_t equals = property.find('=');
      REQUIRE(equals != std::string::npos);
      command.properties[property.substr(0, equals)] = unescape(property.substr(equals + 1));
    }
  }
  return command;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

struct Fixture {
  engine::ScanResult result;
  const core::SourceFile* add_file(const std::string& path, const std::string& bytes) {
    auto file = std::make_unique<engine::AnalyzedFile>();
    file->source = std::make_unique<core::SourceFile>(path, bytes);
    file->kind = core::FileKind::Config;
    const core::SourceFile* source = file->source.get();
    result.context.files.push_back(std::move(file));
    return source;
  }
  void add_finding(const core::SourceFile* source, std::string rule, engine::Level level, core::Span span,
                   std::string message) {
    engine::Finding finding;
    finding.rule_id = std::move(rule);
    finding.level = level;
    finding.location = engine::Location{source, span, {}};
    finding.message = std::move(message);
    finding.identity = "profile dev/x";
    result.findings.push_back(std::move(finding));
  }
};

}  // namespace

TEST_CASE("workflow command escaping", "[github]") {
  CHECK(report::escape_workflow_data("100% done: a, b\r\nnext") == "100%25 done: a, b%0D%0Anext");
  CHECK(report::escape_workflow_property("100% done: a, b\r\nnext") == "100%25 done%3A a%2C b%0D%0Anext");
  CHECK(report::escape_workflow_property("%3A") == "%253A");  // an escape-looking text stays literal
  CHECK(report::escape_workflow_data("") == "");
  CHECK(report::workflow_command(engine::Level::Error) == "error");
  CHECK(report::workflow_command(engine::Level::Warning) == "warning");
  CHECK(report::workflow_command(engine::Level::Note) == "notice");
}

TEST_CASE("github format: one annotation per reported finding, escaped, with its region", "[github]") {
  Fixture f;
  const std::string path = "dir/a,b:c%d/.aws/config";
  const core::SourceFile* file = f.add_file(path, "[dev]\nregion = us-east1\nx = 1\ny = 2\n");
  f.add_finding(file, "AWS301", engine::Level::Error, core::Span{15, 23}, "100% wrong: \"us-east1\",\nsee docs");
  f.add_finding(file, "AWS403", engine::Level::Warning, core::Span{25, 26}, "warned");
  f.add_finding(file, "AWS305", engine::Level::Note, core::Span{31, 32}, "noted");
  const core::SourceFile* home = f.add_file("~/.aws/config", "[dev]\nregion = x\n");
  f.add_finding(home, "AWS301", engine::Level::Error, core::Span{15, 16}, "home file");
  f.result.notifications.push_back({"other/.aws/credentials", 2, engine::Level::Error, "CLN002", "binary, 50%"});

  std::ostringstream out;
  report::write_github(out, report::ReportContext{f.result, rules::all_rules(), "0.1.0"});
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 5);
  for (const std::string& line : lines) {
    INFO(line);
    // One line per command (a newline in a message must not end it early), no raw `:` in the properties.
    CHECK(std::regex_match(line, std::regex("::(error|warning|notice)( [^:]*)?::.*")));
  }
  const Command notification = parse_command(lines[0]);
  CHECK(notification.name == "error");
  CHECK(notification.properties.at("file") == "other/.aws/credentials");
  CHECK(notification.properties.at("line") == "2");
  CHECK(notification.message == "binary, 50%");

  const Command error = parse_command(lines[1]);
  CHECK(error.name == "error");
  CHECK(error.properties.at("file") == path);
  CHECK(error.properties.at("line") == "2");
  CHECK(error.properties.at("endLine") == "2");
  CHECK(error.properties.at("col") == "10");
  CHECK(error.properties.at("endColumn") == "18");
  CHECK(error.properties.at("title") == "AWS301 invalid-region");
  CHECK(error.message == "100% wrong: \"us-east1\",\nsee docs");
  CHECK(lines[1].find("file=dir/a%2Cb%3Ac%25d/.aws/config,") != std::string::npos);
  CHECK(lines[1].find("::100%25 wrong: \"us-east1\",%0Asee docs") != std::string::npos);

  CHECK(parse_command(lines[2]).name == "warning");
  CHECK(parse_command(lines[3]).name == "notice");
  // Outside the repository: no file= (GitHub could not link it), the place is in the message.
  const Command outside = parse_command(lines[4]);
  CHECK(outside.properties.count("file") == 0);
  CHECK(outside.message == "~/.aws/config:2: home file");
}

TEST_CASE("github format leaves out suppressed and baselined findings", "[github]") {
  Fixture f;
  const core::SourceFile* file = f.add_file("a/.aws/config", "[dev]\nregion = us-east1\nregion = x\n");
  f.add_finding(file, "AWS301", engine::Level::Error, core::Span{15, 24}, "shown");
  f.add_finding(file, "AWS301", engine::Level::Error, core::Span{33, 34}, "suppressed");
  f.add_finding(file, "AWS403", engine::Level::Error, core::Span{33, 34}, "baselined");
  report::Review review;
  review.findings.resize(3);
  review.baseline_applied = true;
  for (auto& r : review.findings) r.baseline = report::BaselineState::New;
  review.findings[1].suppression = report::Suppression{"why", 2, 1};
  review.findings[2].baseline = report::BaselineState::Unchanged;
  std::ostringstream out;
  report::write_github(out, report::ReportContext{f.result, rules::all_rules(), "0.1.0", &review});
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 1);
  CHECK(parse_command(lines[0]).message == "shown");
}
