#include "parse/source/query.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "parse/source/grammar_table.h"
#include "parse/source/ts_handles.h"

namespace credlint::source {
namespace {

enum class Op { Eq, AnyOf, Match };

// One `(#op? @capture ...)` of a pattern.
struct Predicate {
  Op op = Op::Eq;
  bool negated = false;
  uint32_t capture = 0;
  std::optional<uint32_t> other_capture;  // #eq? @a @b
  std::vector<std::string> strings;
  std::shared_ptr<RE2> regex;
};

std::string_view step_string(const TSQuery* query, const TSQueryPredicateStep& step) {
  uint32_t length = 0;
  const char* value = step.type == TSQueryPredicateStepTypeCapture
                          ? ts_query_capture_name_for_id(query, step.value_id, &length)
                          : ts_query_string_value_for_id(query, step.value_id, &length);
  return {value, length};
}

// Parses the predicates of one pattern; returns an error message for an unknown or
// malformed one.
std::string parse_predicates(const TSQuery* query, uint32_t pattern, std::vector<Predicate>& out) {
  uint32_t count = 0;
  const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(query, pattern, &count);
  std::vector<TSQueryPredicateStep> current;
  for (uint32_t i = 0; i < count; ++i) {
    if (steps[i].type != TSQueryPredicateStepTypeDone) {
      current.push_back(steps[i]);
      continue;
    }
    if (current.empty() || current[0].type != TSQueryPredicateStepTypeString) return "predicate without a name";
    const std::string_view name = step_string(query, current[0]);
    Predicate predicate;
    if (name == "eq?" || name == "not-eq?") predicate.op = Op::Eq;
    else if (name == "any-of?" || name == "not-any-of?") predicate.op = Op::AnyOf;
    else if (name == "match?" || name == "not-match?") predicate.op = Op::Match;
    else return fmt::format("unknown predicate #{}", name);
    predicate.negated = name.starts_with("not-");
    if (current.size() < 3 || current[1].type != TSQueryPredicateStepTypeCapture) {
      return fmt::format("#{} needs a capture and a value", name);
    }
    predicate.capture = current[1].value_id;
    for (std::size_t k = 2; k < current.size(); ++k) {
      if (current[k].type == TSQueryPredicateStepTypeCapture) {
        if (predicate.op != Op::Eq || current.size() != 3) return fmt::format("#{} takes strings", name);
        predicate.other_capture = current[k].value_id;
      } else {
        predicate.strings.emplace_back(step_string(query, current[k]));
      }
    }
    if (predicate.op != Op::AnyOf && !predicate.other_capture && predicate.strings.size() != 1) {
      return fmt::format("#{} takes exactly one value", name);
    }
    if (predicate.op == Op::Match) {
      predicate.regex = std::make_shared<RE2>(predicate.strings[0], RE2::Quiet);
      if (!predicate.regex->ok()) {
        return fmt::format("#{} regex \"{}\" does not compile: {}", name, predicate.strings[0], predicate.regex->error());
      }
    }
    out.push_back(std::move(predicate));
    current.clear();
  }
  return {};
}

bool holds(const Predicate& predicate, const TSQueryMatch& match, std::string_view text) {
  auto texts_of = [&](uint32_t capture) {
    std::vector<std::string_view> texts;
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index == capture) texts.push_back(node_text(match.captures[i].node, text));
    }
    return texts;
  };
  const std::vector<std::string_view> texts = texts_of(predicate.capture);
  std::vector<std::string_view> others;
  if (predicate.other_capture) others = texts_of(*predicate.other_capture);
  // Every node of a quantified capture must satisfy the predicate.
  for (std::string_view value : texts) {
    bool ok = false;
    switch (predicate.op) {
      case Op::Eq:
        ok = predicate.other_capture ? std::all_of(others.begin(), others.end(), [&](auto o) { return o == value; })
                                     : value == predicate.strings[0];
        break;
      case Op::AnyOf:
        ok = std::find(predicate.strings.begin(), predicate.strings.end(), value) != predicate.strings.end();
        break;
      case Op::Match:
        ok = RE2::PartialMatch(re2::StringPiece(value.data(), value.size()), *predicate.regex);
        break;
    }
    if (ok == predicate.negated) return false;
  }
  return true;
}

}  // namespace

const std::vector<std::string_view>& capture_vocabulary() {
  static const std::vector<std::string_view> names = {
      "scope.call",          "scope.client",       "scope.block",   "fact.name",
      "fact.value",          "fact.access_key_id", "fact.secret_access_key",
      "fact.session_token",  "fact.region",        "fact.profile",  "fact.endpoint",
      "fact.arn",            "fact.env_read",      "fact.sibling_name", "fact.sibling_value",      "local.name",    "local.value",
      "fact.assignment",  // `NAME=VALUE` in one string (docker-compose environment lists)
  };
  return names;
}

struct FactQuery::Impl {
  QueryHandle query;
  std::vector<std::vector<Predicate>> predicates;  // per pattern
  std::vector<std::string_view> capture_names;     // per capture id ("" for private ones)
};

FactQuery::FactQuery(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FactQuery::~FactQuery() = default;

unsigned FactQuery::pattern_count() const { return ts_query_pattern_count(impl_->query.get()); }

const TSLanguage* ts_language_for(std::string_view language) {
  const detail::GrammarRow* row = detail::find_row(language);
  return row == nullptr ? nullptr : row->language();
}

std::unique_ptr<FactQuery> FactQuery::compile(std::string_view language, std::string& error) {
  const detail::GrammarRow* row = detail::find_row(language);
  if (row == nullptr) {
    error = fmt::format("no grammar named {}", language);
    return nullptr;
  }
  return compile_text(language, row->query, error);
}

std::unique_ptr<FactQuery> FactQuery::compile_text(std::string_view language, std::string_view query_text,
                                                   std::string& error) {
  const detail::GrammarRow* row = detail::find_row(language);
  if (row == nullptr) {
    error = fmt::format("no grammar named {}", language);
    return nullptr;
  }
  struct {
    std::string_view query;
  } source{query_text};
  const auto* q = &source;
  uint32_t error_offset = 0;
  TSQueryError error_type = TSQueryErrorNone;
  auto impl = std::make_unique<Impl>();
  impl->query.reset(ts_query_new(row->language(), q->query.data(), static_cast<uint32_t>(q->query.size()),
                                 &error_offset, &error_type));
  if (!impl->query) {
    static constexpr const char* kKinds[] = {"none", "syntax", "node type", "field", "capture", "structure", "language"};
    const std::string_view before = q->query.substr(0, std::min<std::size_t>(error_offset, q->query.size()));
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    error = fmt::format("grammars/{}/facts.scm:{}: invalid query ({} error near \"{}\")", language, line,
                        kKinds[std::min<int>(error_type, 6)],
                        q->query.substr(error_offset, std::min<std::size_t>(30, q->query.size() - error_offset)));
    return nullptr;
  }
  const TSQuery* query = impl->query.get();
  const auto& vocabulary = capture_vocabulary();
  for (uint32_t id = 0; id < ts_query_capture_count(query); ++id) {
    uint32_t length = 0;
    const char* chars = ts_query_capture_name_for_id(query, id, &length);  // sets length first
    const std::string_view name(chars, length);
    if (name.starts_with("_")) {
      impl->capture_names.emplace_back();
      continue;
    }
    if (std::find(vocabulary.begin(), vocabulary.end(), name) == vocabulary.end()) {
      error = fmt::format("grammars/{}/facts.scm: unknown capture @{}", language, name);
      return nullptr;
    }
    impl->capture_names.push_back(*std::find(vocabulary.begin(), vocabulary.end(), name));
  }
  for (uint32_t pattern = 0; pattern < ts_query_pattern_count(query); ++pattern) {
    impl->predicates.emplace_back();
    if (std::string problem = parse_predicates(query, pattern, impl->predicates.back()); !problem.empty()) {
      const uint32_t offset = ts_query_start_byte_for_pattern(query, pattern);
      const std::string_view before = q->query.substr(0, offset);
      error = fmt::format("grammars/{}/facts.scm:{}: {}", language, std::count(before.begin(), before.end(), '\n') + 1,
                          problem);
      return nullptr;
    }
  }
  return std::unique_ptr<FactQuery>(new FactQuery(std::move(impl)));
}

void FactQuery::for_each_match(TSNode root, std::string_view text,
                               const std::function<void(const Match&)>& on_match) const {
  CursorHandle cursor(ts_query_cursor_new());
  // A bound on in-progress matches keeps a query linear on huge files (nvim-treesitter
  // uses 256); patterns are written so that no real match needs more.
  ts_query_cursor_set_match_limit(cursor.get(), 1024);
  ts_query_cursor_exec(cursor.get(), impl_->query.get(), root);
  TSQueryMatch raw;
  Match match;
  while (ts_query_cursor_next_match(cursor.get(), &raw)) {
    const auto& predicates = impl_->predicates[raw.pattern_index];
    if (!std::all_of(predicates.begin(), predicates.end(), [&](const Predicate& p) { return holds(p, raw, text); })) {
      continue;
    }
    match.pattern = raw.pattern_index;
    match.captures.clear();
    for (uint16_t i = 0; i < raw.capture_count; ++i) {
      const std::string_view name = impl_->capture_names[raw.captures[i].index];
      if (!name.empty()) match.captures.push_back({name, raw.captures[i].node});
    }
    on_match(match);
  }
}

const FactQuery* fact_query_for(std::string_view language, std::string& error) {
  struct Entry {
    std::unique_ptr<FactQuery> query;
    std::string error;
  };
  static std::mutex mutex;
  static std::map<std::string, Entry, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(language);
  if (it == cache.end()) {
    Entry entry;
    entry.query = FactQuery::compile(language, entry.error);
    it = cache.emplace(std::string(language), std::move(entry)).first;
  }
  error = it->second.error;
  return it->second.query.get();
}

}  // namespace credlint::source
