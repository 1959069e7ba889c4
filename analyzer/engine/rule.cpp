#include "engine/rule.h"

namespace credlint::engine {

std::string_view to_string(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "warning";
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "note") return Level::Note;
  if (text == "warning") return Level::Warning;
  if (text == "error") return Level::Error;
  return std::nullopt;
}

const std::string* Environment::get(const std::string& name) const {
  auto it = variables.find(name);
  return it == variables.end() ? nullptr : &it->second;
}

Finding& FindingSink::report(const core::SourceFile& file, core::Span span, std::string message,
                             std::string identity) {
  Finding finding;
  finding.rule_id = std::string(rule_.id);
  finding.level = rule_.level;
  finding.location = Location{&file, span, {}};
  finding.message = std::move(message);
  finding.identity = std::move(identity);
  out_.push_back(std::move(finding));
  return out_.back();
}

}  // namespace credlint::engine
