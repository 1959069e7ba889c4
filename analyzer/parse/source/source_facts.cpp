#include "parse/source/source_facts.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "aws/redaction.h"
#include "aws/source_names.h"
#include "parse/source/query.h"
#include "parse/source/ts_handles.h"

namespace credlint::source {
namespace {

using facts::Fact;
using facts::FactKind;

// A parse that takes longer than this is abandoned with an error for the file (a 12 MB
// bundle takes about 2 s on an idle core; the budget only stops pathological input).
constexpr auto kParseBudget = std::chrono::seconds(60);

core::Span span_of(TSNode node) { return {ts_node_start_byte(node), ts_node_end_byte(node)}; }

bool type_has(TSNode node, std::string_view part) {
  return std::string_view(ts_node_type(node)).find(part) != std::string_view::npos;
}

// A string a later tool fills in, never the value itself: `${VAR}` (Compose, HCL, VS Code),
// `$VAR` (Compose), `${{ secrets.X }}` (GitHub Actions), `{{ .Values.x }}` (Helm), `<%= %>` (ERB).
bool is_placeholder(std::string_view value) {
  if (value.find("${") != std::string_view::npos || value.find("{{") != std::string_view::npos ||
      value.find("<%") != std::string_view::npos) {
    return true;
  }
  return value.size() > 1 && value[0] == '$' &&
         (value[1] == '_' || (value[1] >= 'A' && value[1] <= 'Z') || (value[1] >= 'a' && value[1] <= 'z'));
}

// A value as the code gives it to the SDK.
struct Resolved {
  std::string value;
  core::Span span;
  bool dynamic = false;
  bool via_variable = false;
};

struct OwnedMatch {
  std::vector<FactQuery::Capture> captures;
};

class Resolver {
 public:
  Resolver(std::string_view text, const std::map<std::string, std::vector<TSNode>, std::less<>>& locals)
      : text_(text), locals_(locals) {}

  // nullopt when the code gives no value at all (None, null, nil, undefined).
  std::optional<Resolved> resolve(TSNode node, FactKind kind, int depth = 0) const {
    if (depth > 6) return dynamic(node);
    const std::string_view type = ts_node_type(node);
    const std::string_view raw = node_text(node, text_);
    if (raw == "None" || raw == "null" || raw == "nil" || raw == "undefined" || raw == "NULL" || type == "none" ||
        type == "null" || type == "nil" || type == "null_literal" || type == "null_scalar") {
      return std::nullopt;
    }
    // A mapping, object or list is never a credential, region or profile value: in data
    // files it is a schema (`"accessKeyId": {"shape": ...}` in botocore's service models).
    if (type == "object" || type == "array" || type == "block_mapping" || type == "flow_mapping" ||
        type == "block_sequence" || type == "flow_sequence" || type == "dictionary" || type == "list") {
      return std::nullopt;
    }
    if (type_has(node, "parenthesized") && ts_node_named_child_count(node) == 1) {
      return resolve(ts_node_named_child(node, 0), kind, depth + 1);
    }
    // TypeScript `"us-east-1" as const`, `REGION!`, `x satisfies T`: the value is the operand.
    if ((type == "as_expression" || type == "satisfies_expression" || type == "non_null_expression") &&
        ts_node_named_child_count(node) >= 1) {
      return resolve(ts_node_named_child(node, 0), kind, depth + 1);
    }
    // Nodes that only wrap one value: HCL `expression`/`literal_value`, YAML `flow_node`/
    // `block_node`/`plain_scalar` (a tag such as `!Ref` makes two children: dynamic).
    if (is_value_wrapper(node) && ts_node_named_child_count(node) == 1) {
      return resolve(ts_node_named_child(node, 0), kind, depth + 1);
    }
    if (is_string_like(node)) return decode_string(node);
    if (is_identifier(node)) return resolve_variable(node, kind, depth);
    if (is_concatenation(node)) return fold(node, kind, depth);
    if (kind == FactKind::Region) {
      if (auto code = aws::region_from_constant(raw)) return Resolved{*code, span_of(node), false, false};
    }
    return dynamic(node);
  }

 private:
  static Resolved dynamic(TSNode node) { return Resolved{"", span_of(node), true, false}; }

  static bool is_value_wrapper(TSNode node) {
    const std::string_view type = ts_node_type(node);
    return type == "expression" || type == "literal_value" || type == "flow_node" || type == "block_node" ||
           type == "plain_scalar";
  }

  static bool is_identifier(TSNode node) {
    const std::string_view type = ts_node_type(node);
    return type == "identifier" || type == "simple_identifier" || type == "variable_name" || type == "name" ||
           type == "constant" || type == "shorthand_property_identifier";  // JS/TS `{ region }`
  }

  static bool is_string_like(TSNode node) {
    const std::string_view type = ts_node_type(node);
    if (type_has(node, "interpolat") || type == "template_substitution") return false;
    // Python's "a" "b" and Ruby's "a" "b": several literals, not one (left dynamic).
    if (type == "concatenated_string" || type == "chained_string") return false;
    return type.find("string") != std::string_view::npos || type.find("scalar") != std::string_view::npos ||
           type == "template_expr" || type == "quoted_template" || type == "template_literal";
  }

  static bool has_interpolation(TSNode node) {
    const uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_named_child(node, i);
      const std::string_view type = ts_node_type(child);
      // PHP's "$region-1" / "{$cfg->region}": the variable is a child of encapsed_string.
      if (type == "variable_name" || type == "dynamic_variable_name" || type == "member_access_expression" ||
          type == "subscript_expression") {
        return true;
      }
      // Kotlin's "x${y}" / "$y": interpolated_expression / interpolated_identifier.
      if (type.find("interpolation") != std::string_view::npos || type.find("substitution") != std::string_view::npos ||
          type == "template_directive" || type.starts_with("interpolated_")) {
        return true;
      }
      if (has_interpolation(child)) return true;
    }
    return false;
  }

  std::optional<Resolved> decode_string(TSNode node) const {
    if (has_interpolation(node)) return dynamic(node);
    const std::string_view raw = node_text(node, text_);
    const std::size_t base = ts_node_start_byte(node);
    const std::size_t quote = raw.find_first_of("\"'`");
    // Plain YAML scalars and other unquoted forms: the text is the value.
    if (quote == std::string_view::npos || quote > 3) {
      if (type_has(node, "block")) return dynamic(node);  // block scalars (| and >): leave alone
      if (is_placeholder(raw)) return dynamic(node);
      return Resolved{std::string(raw), span_of(node), false, false};
    }
    const std::string_view prefix = raw.substr(0, quote);
    const bool raw_string = prefix.find_first_of("rR@") != std::string_view::npos;
    std::size_t open = 1;
    if (raw.substr(quote, 3) == "\"\"\"" || raw.substr(quote, 3) == "'''") open = 3;
    // Rust's r#"..."# closes with the quote and as many `#` as opened it.
    const std::size_t hashes = static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), '#'));
    const std::string delimiter = std::string(raw.substr(quote, open)) + std::string(hashes, '#');
    std::size_t content_begin = quote + open;
    std::size_t content_end = raw.size();
    if (raw.size() >= content_begin + delimiter.size() && raw.substr(raw.size() - delimiter.size()) == delimiter) {
      content_end -= delimiter.size();
    }
    if (content_end < content_begin) content_end = content_begin;
    const std::string_view content = raw.substr(content_begin, content_end - content_begin);
    std::string value;
    for (std::size_t i = 0; i < content.size(); ++i) {
      if (!raw_string && content[i] == '\\' && i + 1 < content.size() &&
          std::string_view("\\\"'/`").find(content[i + 1]) != std::string_view::npos) {
        value.push_back(content[++i]);
      } else {
        value.push_back(content[i]);
      }
    }
    if (is_placeholder(value)) return dynamic(node);
    return Resolved{std::move(value), {base + content_begin, base + content_end}, false, false};
  }

  std::optional<Resolved> resolve_variable(TSNode node, FactKind kind, int depth) const {
    const auto it = locals_.find(node_text(node, text_));
    if (it == locals_.end() || it->second.size() != 1) return dynamic(node);
    auto resolved = resolve(it->second.front(), kind, depth + 1);
    if (resolved) resolved->via_variable = true;
    return resolved;
  }

  static bool is_concatenation(TSNode node) {
    return (type_has(node, "binary") || type_has(node, "additive") || type_has(node, "concatenat")) &&
           ts_node_named_child_count(node) == 2;
  }

  std::optional<Resolved> fold(TSNode node, FactKind kind, int depth) const {
    TSNode left = ts_node_named_child(node, 0);
    TSNode right = ts_node_named_child(node, 1);
    const std::string_view between =
        text_.substr(ts_node_end_byte(left), ts_node_start_byte(right) - ts_node_end_byte(left));
    const std::string_view op = between.substr(between.find_first_not_of(" \t\r\n") == std::string_view::npos
                                                   ? between.size()
                                                   : between.find_first_not_of(" \t\r\n"));
    if (!op.starts_with("+") && !op.starts_with(".")) return dynamic(node);
    auto a = resolve(left, kind, depth + 1);
    auto b = resolve(right, kind, depth + 1);
    if (!a || !b || a->dynamic || b->dynamic) return dynamic(node);
    return Resolved{a->value + b->value, span_of(node), false, true};
  }

  std::string_view text_;
  const std::map<std::string, std::vector<TSNode>, std::less<>>& locals_;
};

// `AWS_REGION=us-east-1` held in one string (docker-compose's `environment:` list form): the
// name, and the value's offsets within the node's text; nullopt without a `=`.
struct SplitAssignment {
  std::string name;
  core::Span name_span, value_span;
  bool pass_through = false;  // `- AWS_PROFILE`: the variable's value comes from the host
};
std::optional<SplitAssignment> split_assignment(TSNode node, std::string_view text) {
  const std::string_view raw = node_text(node, text);
  std::size_t begin = 0, end = raw.size();
  if (end >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[end - 1] == raw[0]) ++begin, --end;
  const std::string_view inner = raw.substr(begin, end - begin);
  const std::size_t eq = inner.find('=');
  if (eq == 0) return std::nullopt;
  const std::size_t base = ts_node_start_byte(node) + begin;
  if (eq == std::string_view::npos) {
    return SplitAssignment{std::string(inner), {base, base + inner.size()}, {base, base + inner.size()}, true};
  }
  std::size_t name_end = eq;
  while (name_end > 0 && (inner[name_end - 1] == ' ' || inner[name_end - 1] == '\t')) --name_end;
  return SplitAssignment{std::string(inner.substr(0, name_end)),
                         {base, base + name_end},
                         {base + eq + 1, base + inner.size()}};
}

std::optional<FactKind> positional_kind(std::string_view capture) {
  if (capture == "fact.access_key_id") return FactKind::AccessKeyId;
  if (capture == "fact.secret_access_key") return FactKind::SecretAccessKey;
  if (capture == "fact.session_token") return FactKind::SessionToken;
  if (capture == "fact.region") return FactKind::Region;
  if (capture == "fact.profile") return FactKind::Profile;
  if (capture == "fact.endpoint") return FactKind::Endpoint;
  if (capture == "fact.arn") return FactKind::Arn;
  return std::nullopt;
}

// A capture's name as the code spells it: string keys decoded, identifiers as written.
std::string name_of(TSNode node, std::string_view text) {
  std::string name(node_text(node, text));
  const std::size_t first = name.find_first_not_of("\"'`:$");
  const std::size_t last = name.find_last_not_of("\"'`:");
  if (first == std::string::npos) return {};
  return name.substr(first, last - first + 1);
}

// "call boto3.client(...)", "block provider \"aws\"": the scope's head, cut before any
// value (`=`, `:`, `(`, `{`); when nothing readable is left, the node type and line.
std::string describe_scope(std::string_view capture, TSNode node, std::string_view text) {
  std::string_view head = node_text(node, text);
  head = head.substr(0, head.find_first_of(capture == "scope.block" ? "({=:\n" : "({\n"));
  while (!head.empty() && (head.back() == ' ' || head.back() == '\t' || head.back() == '\r')) head.remove_suffix(1);
  const bool readable = !head.empty() && head.size() <= 60 &&
                        std::any_of(head.begin(), head.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (!readable) {
    std::string type = ts_node_type(node);
    std::replace(type.begin(), type.end(), '_', ' ');
    return fmt::format("{} at line {}", type, ts_node_start_point(node).row + 1);
  }
  const std::string shown = aws::scrub_text(head);
  if (capture == "scope.block") return fmt::format("block {}", shown);
  if (capture == "scope.client") return fmt::format("client {}(...)", shown);
  return fmt::format("call {}(...)", shown);
}

struct ScopeKey {
  uint32_t begin, end;
  auto operator<=>(const ScopeKey&) const = default;
};

std::size_t count_errors(TSNode node) {
  if (!ts_node_has_error(node)) return 0;
  if (ts_node_is_error(node) || ts_node_is_missing(node)) return 1;
  std::size_t total = 0;
  const uint32_t count = ts_node_child_count(node);
  for (uint32_t i = 0; i < count; ++i) total += count_errors(ts_node_child(node, i));
  return total;
}

TreeHandle parse_tree(TSParser* parser, std::string_view text) {
  struct Budget {
    std::chrono::steady_clock::time_point deadline;
  } budget{std::chrono::steady_clock::now() + kParseBudget};
  struct Buffer {
    std::string_view text;
  } buffer{text};
  TSInput input{};
  input.payload = &buffer;
  input.read = [](void* payload, uint32_t byte, TSPoint, uint32_t* read) -> const char* {
    const auto* b = static_cast<Buffer*>(payload);
    if (byte >= b->text.size()) {
      *read = 0;
      return "";
    }
    *read = static_cast<uint32_t>(b->text.size() - byte);
    return b->text.data() + byte;
  };
  input.encoding = TSInputEncodingUTF8;
  TSParseOptions options{};
  options.payload = &budget;
  options.progress_callback = [](TSParseState* state) {
    return std::chrono::steady_clock::now() > static_cast<Budget*>(state->payload)->deadline;
  };
  return TreeHandle(ts_parser_parse_with_options(parser, nullptr, input, options));
}

// Parsing is the expensive step (about 7 MB/s), so a file is parsed only when its bytes
// could hold a fact: an AWS word, a key ID prefix or a setting name. JSON and YAML data
// files (botocore's service models, lock files) are mostly data: for them the name must
// stand as a key with a string value.
bool worth_parsing(std::string_view language, std::string_view text) {
  static const RE2 code(R"((?i)aws|boto|amazon|region|credential|akia|asia|profile|endpoint|secret|token)");
  static const RE2 data(
      R"((?i)["']?(aws[a-z_-]*|[a-z_-]*region[a-z_]*|[a-z_-]*profile[a-z_]*|[a-z_-]*endpoint[a-z_]*|[a-z_-]*arn|)"
      R"(access[_-]?key[_-]?id|secret[_-]?access[_-]?key|session[_-]?token)["']?\s*:\s*["']?[A-Za-z0-9])");
  const re2::StringPiece input(text.data(), text.size());
  if (language == "json" || language == "yaml") {
    return RE2::PartialMatch(input, data) || text.find("AKIA") != std::string_view::npos ||
           text.find("ASIA") != std::string_view::npos;
  }
  return RE2::PartialMatch(input, code);
}

}  // namespace

SourceAnalysis analyse_source(const core::SourceFile& file, std::string_view language) {
  SourceAnalysis analysis;
  analysis.facts.file_kind = core::FileKind::Source;
  if (!worth_parsing(language, file.bytes())) return analysis;
  std::string error;
  const FactQuery* query = fact_query_for(language, error);
  if (query == nullptr) {
    analysis.error = error;
    return analysis;
  }
  const std::string_view text = file.bytes();
  ParserHandle parser(ts_parser_new());
  if (!ts_parser_set_language(parser.get(), ts_language_for(language))) {
    analysis.error = fmt::format("the {} grammar does not load", language);
    return analysis;
  }
  TreeHandle tree = parse_tree(parser.get(), text);
  if (!tree) {
    analysis.error = fmt::format("parsing as {} took longer than {} s: not analysed", language, kParseBudget.count());
    return analysis;
  }
  const TSNode root = ts_tree_root_node(tree.get());
  analysis.syntax_errors = count_errors(root);

  std::vector<OwnedMatch> matches;
  query->for_each_match(root, text, [&](const FactQuery::Match& match) { matches.push_back({match.captures}); });

  // Pass 1: local assignments and scopes.
  std::map<std::string, std::vector<TSNode>, std::less<>> locals;
  std::map<ScopeKey, std::size_t> scope_index;
  auto add_scope = [&](std::string_view capture, TSNode node) {
    const ScopeKey key{ts_node_start_byte(node), ts_node_end_byte(node)};
    auto [it, inserted] = scope_index.emplace(key, analysis.facts.scopes.size());
    if (inserted) analysis.facts.scopes.push_back({describe_scope(capture, node, text), span_of(node), {}});
    return it->second;
  };
  for (const OwnedMatch& match : matches) {
    std::optional<TSNode> local_name;
    for (const auto& capture : match.captures) {
      if (capture.name.starts_with("scope.")) add_scope(capture.name, capture.node);
      if (capture.name == "local.name") local_name = capture.node;
      if (capture.name == "local.value" && local_name) {
        locals[std::string(node_text(*local_name, text))].push_back(capture.node);
        local_name.reset();
      }
    }
  }
  // Names assigned anything but a literal also count as assignments (so `x = "a"` then
  // `x = f()` is not resolved): the queries capture every assignment, literal or not.

  // The innermost scope around a node, for facts whose pattern names no scope.
  auto enclosing_scope = [&](TSNode node) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    std::size_t best_size = SIZE_MAX;
    for (const auto& [key, index] : scope_index) {
      if (key.begin <= ts_node_start_byte(node) && ts_node_end_byte(node) <= key.end && key.end - key.begin < best_size) {
        best = index;
        best_size = key.end - key.begin;
      }
    }
    return best;
  };

  Resolver resolver(text, locals);
  auto add_fact = [&](std::optional<std::size_t> scope, FactKind kind, std::string name, core::Span name_span,
                      TSNode value_node) {
    const auto resolved = resolver.resolve(value_node, kind);
    if (!resolved) return;
    if (!scope) scope = enclosing_scope(value_node);
    if (!scope) scope = add_scope("scope.block", value_node);
    auto& facts = analysis.facts.scopes[*scope].facts;
    const core::Span use = span_of(value_node);
    for (const Fact& existing : facts) {
      if (existing.kind == kind && existing.use_span == use) return;  // two patterns, one fact
    }
    Fact fact;
    fact.kind = kind;
    fact.name = std::move(name);
    fact.value = resolved->value;
    fact.intended = resolved->value;
    fact.span = resolved->span;
    fact.name_span = name_span.empty() ? use : name_span;
    fact.line = file.position(resolved->span.begin).line;
    fact.dynamic = resolved->dynamic;
    fact.via_variable = resolved->via_variable;
    fact.use_span = use;
    facts.push_back(std::move(fact));
  };
  // `- AWS_REGION=us-east-1`: the name goes through the name table like a @fact.name; the
  // value is the text after `=` (a placeholder such as `${REGION}` is dynamic).
  auto add_assignment = [&](std::optional<std::size_t> scope, TSNode node) {
    const auto split = split_assignment(node, text);
    if (!split) return;
    const auto kind = aws::fact_kind_for_name(split->name);
    if (!kind) return;
    if (!scope) scope = enclosing_scope(node);
    if (!scope) scope = add_scope("scope.block", node);
    auto& facts = analysis.facts.scopes[*scope].facts;
    const core::Span use = span_of(node);
    for (const Fact& existing : facts) {
      if (existing.kind == *kind && existing.use_span == use) return;
    }
    const std::string value =
        split->pass_through ? std::string()
                            : std::string(text.substr(split->value_span.begin, split->value_span.end - split->value_span.begin));
    Fact fact;
    fact.kind = *kind;
    fact.name = split->name;
    fact.dynamic = split->pass_through || is_placeholder(value);
    if (!fact.dynamic) fact.value = fact.intended = value;
    fact.span = split->value_span;
    fact.name_span = split->name_span;
    fact.line = file.position(split->value_span.begin).line;
    fact.use_span = use;
    facts.push_back(std::move(fact));
  };

  // @fact.sibling_name/@fact.sibling_value: a setting that belongs to AWS only when its
  // scope also holds a credential (a "region" beside "accessKeyId" in a JSON object). One
  // match per pair keeps the query linear; pairing the siblings in the query itself made
  // it quadratic in the size of a mapping (botocore's service models took minutes).
  std::vector<std::pair<std::optional<std::size_t>, TSNode>> sibling_names;
  std::vector<TSNode> sibling_values;
  for (const OwnedMatch& match : matches) {
    std::optional<std::size_t> scope;
    for (const auto& capture : match.captures) {
      if (capture.name.starts_with("scope.")) {
        scope = add_scope(capture.name, capture.node);
        break;
      }
    }
    std::vector<TSNode> names;
    std::vector<TSNode> values;
    for (const auto& capture : match.captures) {
      if (capture.name == "fact.name" || capture.name == "fact.env_read") names.push_back(capture.node);
      else if (capture.name == "fact.value") values.push_back(capture.node);
      else if (capture.name == "fact.sibling_name") sibling_names.push_back({scope, capture.node});
      else if (capture.name == "fact.sibling_value") sibling_values.push_back(capture.node);
      else if (capture.name == "fact.assignment") add_assignment(scope, capture.node);
      else if (auto kind = positional_kind(capture.name)) add_fact(scope, *kind, "", {}, capture.node);
    }
    for (std::size_t i = 0; i < std::min(names.size(), values.size()); ++i) {
      std::string name = name_of(names[i], text);
      const auto kind = aws::fact_kind_for_name(name);
      if (!kind) continue;
      add_fact(scope, *kind, std::move(name), span_of(names[i]), values[i]);
    }
  }
  for (std::size_t i = 0; i < std::min(sibling_names.size(), sibling_values.size()); ++i) {
    auto [scope, name_node] = sibling_names[i];
    if (!scope) scope = enclosing_scope(name_node);
    if (!scope) continue;
    const auto& facts = analysis.facts.scopes[*scope].facts;
    const bool holds_credential = std::any_of(facts.begin(), facts.end(), [](const Fact& f) {
      return f.kind == FactKind::AccessKeyId || f.kind == FactKind::SecretAccessKey;
    });
    std::string name = name_of(name_node, text);
    const auto kind = aws::fact_kind_for_name(name);
    if (holds_credential && kind) add_fact(scope, *kind, std::move(name), span_of(name_node), sibling_values[i]);
  }
  // Scopes with no facts (a call with no credential or region argument) are dropped.
  std::erase_if(analysis.facts.scopes, [](const facts::Scope& s) { return s.facts.empty(); });
  return analysis;
}

std::vector<CaptureRecord> list_captures(std::string_view language, std::string_view text, std::string& error,
                                         const FactQuery* query) {
  std::vector<CaptureRecord> out;
  if (query == nullptr) query = fact_query_for(language, error);
  if (query == nullptr) return out;
  ParserHandle parser(ts_parser_new());
  if (!ts_parser_set_language(parser.get(), ts_language_for(language))) {
    error = "grammar does not load";
    return out;
  }
  TreeHandle tree(ts_parser_parse_string(parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())));
  query->for_each_match(ts_tree_root_node(tree.get()), text, [&](const FactQuery::Match& match) {
    for (const auto& capture : match.captures) {
      out.push_back({std::string(capture.name), ts_node_start_byte(capture.node), ts_node_end_byte(capture.node)});
    }
  });
  return out;
}

}  // namespace credlint::source
