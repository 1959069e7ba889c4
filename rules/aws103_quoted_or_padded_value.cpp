// AWS103 quoted-or-padded-value: a credential or region value that some SDK reads with
// extra characters (quotes, an inline comment, blanks, a stray \r, invisible characters).
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/text.h"
#include "rules/support/file_roles.h"
#include "aws/regions.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::Sdk;

// Who reads an extra character as part of the value, and who drops it
// (aws-semantics.md §1.6; the trimming sets are Python's str.strip, Go's
// strings.TrimSpace, JavaScript's String.prototype.trim and the spec parser's
// spaces-and-tabs).
struct Readers {
  std::vector<Sdk> keep;
  std::vector<Sdk> strip;
};

Readers split(bool standard_keeps, bool botocore_keeps, bool go_keeps, bool js_keeps) {
  Readers readers;
  const std::pair<Sdk, bool> all[] = {
      {Sdk::Botocore, botocore_keeps}, {Sdk::GoV2, go_keeps}, {Sdk::JsV3, js_keeps}, {Sdk::Standard, standard_keeps}};
  for (const auto& [sdk, keeps] : all) (keeps ? readers.keep : readers.strip).push_back(sdk);
  return readers;
}

// "botocore (AWS CLI, boto3), Go v2 and JS v3"
std::string sdk_list(const std::vector<Sdk>& sdks, std::string_view standard_label) {
  return join_list_of(sdks, [&](Sdk sdk) {
    return sdk == Sdk::Standard ? standard_label : std::string_view(ini::sdk_display_name(sdk));
  });
}

std::string_view thing(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::AccessKeyId:
      return "access key ID";
    case FactKind::SecretAccessKey:
      return "secret access key";
    case FactKind::SessionToken:
      return "session token";
    case FactKind::Region:
      return "region";
    case FactKind::Expiry:
    case FactKind::Profile:
    case FactKind::Endpoint:
    case FactKind::Arn:
      return "value";
  }
  return "value";
}

// What a wrong value costs, said once per message.
std::string_view consequence(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::AccessKeyId:
      return " (AWS rejects the key: InvalidClientTokenId)";
    case FactKind::SecretAccessKey:
      return " (every signature is wrong: SignatureDoesNotMatch)";
    case FactKind::SessionToken:
      return " (AWS rejects the token: InvalidClientTokenId)";
    case FactKind::Region:
      return " (no such region)";
    case FactKind::Expiry:
    case FactKind::Profile:
    case FactKind::Endpoint:
    case FactKind::Arn:
      return "";
  }
  return "";
}

// `aws_access_key_id AKIA************WXYZ`, `region "us-east-1"`, `aws_secret_access_key`.
std::string subject(const Fact& fact) {
  if (fact.intended.empty()) return fact.name;
  if (fact.kind == FactKind::AccessKeyId) return fmt::format("{} {}", fact.name, shown(fact));
  if (fact.kind == FactKind::Region) return fmt::format("{} \"{}\"", fact.name, shown(fact));
  return fact.name;
}

// "<subject> <problem>: <keepers> keep it as part of the <thing> (<consequence>); <strippers> strip it"
std::string describe(const Fact& fact, std::string_view problem, const Readers& readers, bool plural_object,
                     std::string_view standard_label = ini::sdk_display_name(Sdk::Standard)) {
  const std::string_view object = plural_object ? "them" : "it";
  std::string keepers = readers.strip.empty() ? "every SDK reads " + std::string(object)
                                              : fmt::format("{} {} {}", sdk_list(readers.keep, standard_label),
                                                            readers.keep.size() == 1 ? "keeps" : "keep", object);
  std::string message =
      fmt::format("{} {}: {} as part of the {}{}", subject(fact), problem, keepers, thing(fact), consequence(fact));
  if (!readers.strip.empty()) {
    message +=
        fmt::format("; {}{} {} {}", readers.keep.size() > 1 && readers.strip.size() == 1 ? "only " : "",
                    sdk_list(readers.strip, standard_label), readers.strip.size() == 1 ? "strips" : "strip", object);
  }
  return message;
}

struct Problem {
  core::Span span;
  std::string message;
  std::string_view what;  // for the finding's identity
};

// ---- invisible characters -----------------------------------------------------------

enum class Invisible { NoBreakSpace, ZeroWidth, ByteOrderMark };

struct InvisibleChar {
  Invisible kind;
  std::size_t size;  // bytes
  std::string_view code_point;
};

std::optional<InvisibleChar> invisible_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  if (byte(0) == 0xC2 && byte(1) == 0xA0) return InvisibleChar{Invisible::NoBreakSpace, 2, "U+00A0"};
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0x8B) return InvisibleChar{Invisible::ZeroWidth, 3, "U+200B"};
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0x8C) return InvisibleChar{Invisible::ZeroWidth, 3, "U+200C"};
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0x8D) return InvisibleChar{Invisible::ZeroWidth, 3, "U+200D"};
  if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF)
    return InvisibleChar{Invisible::ByteOrderMark, 3, "U+FEFF"};
  return std::nullopt;
}

std::string_view invisible_name(Invisible kind, bool plural) {
  switch (kind) {
    case Invisible::NoBreakSpace:
      return plural ? "non-breaking spaces" : "a non-breaking space";
    case Invisible::ZeroWidth:
      return plural ? "zero-width characters" : "a zero-width character";
    case Invisible::ByteOrderMark:
      return plural ? "byte order marks" : "a byte order mark";
  }
  return "invisible characters";
}

// Calls visit(begin, end, chars) for each run of adjacent invisible characters in `text`.
template <typename Visit>
void for_each_invisible_run(std::string_view text, Visit&& visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = invisible_at(text, i);
    if (!c) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::vector<InvisibleChar> run;
    while (c) {
      run.push_back(*c);
      i += c->size;
      c = invisible_at(text, i);
    }
    visit(begin, i, run);
  }
}

// One run of adjacent invisible characters in a value, and what the trimming readers
// can do with it at the value's edge.
struct InvisibleRun {
  bool all_no_break = true;    // only U+00A0: Python and Go trim it
  bool all_js_trimmed = true;  // no zero-width character: JavaScript's trim() drops them all
  std::string problem;         // "contains 2 non-breaking spaces (U+00A0) at its end"
};

InvisibleRun describe_invisible_run(const std::vector<InvisibleChar>& chars, bool at_start, bool at_end) {
  InvisibleRun run;
  bool same_kind = true;
  std::vector<std::string_view> code_points;
  for (const InvisibleChar& c : chars) {
    run.all_no_break &= c.kind == Invisible::NoBreakSpace;
    run.all_js_trimmed &= c.kind != Invisible::ZeroWidth;
    same_kind &= c.kind == chars.front().kind;
    if (std::find(code_points.begin(), code_points.end(), c.code_point) == code_points.end()) {
      code_points.push_back(c.code_point);
    }
  }
  std::string name = same_kind ? std::string(invisible_name(chars.front().kind, chars.size() > 1))
                               : std::string("invisible characters");
  if (chars.size() > 1 && same_kind) name = fmt::format("{} {}", chars.size(), name);
  std::string codes;
  for (std::string_view code : code_points) codes += (codes.empty() ? "" : ", ") + std::string(code);
  const std::string_view where = at_start && at_end ? "" : at_start ? " at its start" : at_end ? " at its end" : "";
  run.problem = fmt::format("contains {} ({}){}", name, codes, where);
  return run;
}

// One run of adjacent invisible characters. At the start or end of the value the
// trimming SDKs drop some of them: Python, Go and JavaScript all trim U+00A0; only
// JavaScript's trim() also drops U+FEFF; nobody trims zero-width characters, and the
// spec parser trims only spaces and tabs.
Problem invisible_run(const Fact& fact, std::string_view value, std::size_t begin, std::size_t end,
                      const std::vector<InvisibleChar>& chars) {
  const bool at_start = begin == 0;
  const bool at_end = end == value.size();
  const bool edge = at_start || at_end;
  const InvisibleRun run = describe_invisible_run(chars, at_start, at_end);
  const bool trimmed_by_python_and_go = edge && run.all_no_break;
  const Readers readers =
      split(/*standard=*/true, !trimmed_by_python_and_go, !trimmed_by_python_and_go, !(edge && run.all_js_trimmed));
  return Problem{core::Span{fact.span.begin + begin, fact.span.begin + end},
                 describe(fact, run.problem, readers, chars.size() > 1), "invisible-character"};
}

void find_invisible(const Fact& fact, std::string_view value, std::vector<Problem>& out) {
  for_each_invisible_run(value, [&](std::size_t begin, std::size_t end, const std::vector<InvisibleChar>& chars) {
    out.push_back(invisible_run(fact, value, begin, end, chars));
  });
}

// "a space", "a tab", "3 spaces", "2 blanks" (a run with a tab in it).
std::string blank_run_name(std::size_t count, bool tabs) {
  return count == 1 ? (tabs ? "a tab" : "a space") : fmt::format("{} {}", count, tabs ? "blanks" : "spaces");
}

// ---- the other problems ---------------------------------------------------------------

bool is_quoted(std::string_view value) {
  return value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front();
}

void find_quotes(const Fact& fact, std::string_view value, std::vector<Problem>& out) {
  if (!is_quoted(value)) return;
  const std::string_view kind = value.front() == '"' ? "double" : "single";
  if (value.size() == 2) {
    // Go v2 unquotes only values longer than the two quotes.
    out.push_back(
        Problem{fact.span,
                describe(fact, fmt::format("is an empty pair of {} quotes", kind), split(true, true, true, true),
                         /*plural_object=*/true),
                "quotes"});
    return;
  }
  out.push_back(Problem{fact.span,
                        describe(fact, fmt::format("is wrapped in {} quotes", kind), split(true, true, false, true),
                                 /*plural_object=*/true),
                        "quotes"});
}

// The standard parser, Go v2 and JS v3 strip ` # comment`; configparser has no inline
// comments, so botocore keeps it.
void find_inline_comment(const Fact& fact, const ini::Property& property, std::vector<Problem>& out) {
  if (!property.inline_comment) return;
  const std::string_view others = "Go v2, JS v3 and the standard SDK parser (Java v2, Rust, Kotlin)";
  std::string message;
  if (fact.kind == FactKind::Region) {
    const std::string botocore = property.botocore_value.substr(0, property.botocore_value.find('\n'));
    message = fmt::format(
        "{} is {}followed by an inline comment: botocore (AWS CLI, boto3) reads the region as "
        "\"{}\" (no such region); {} {}",
        subject(fact), fact.intended.empty() ? "empty but " : "", aws::scrub_text(botocore), others,
        fact.intended.empty() ? "read an empty value" : "strip the comment");
  } else if (fact.intended.empty()) {
    message = fmt::format(
        "{} is empty but followed by an inline comment: botocore (AWS CLI, boto3) reads the comment "
        "as the {}{}; {} read an empty value",
        subject(fact), thing(fact), consequence(fact), others);
  } else {
    message = describe(fact, "is followed by an inline comment", split(false, true, false, false), false);
  }
  out.push_back(Problem{*property.inline_comment, std::move(message), "inline-comment"});
}

// Blanks are padding only when the value without them is a well-formed credential or a
// region; otherwise ("US East (N. Virginia)") the value is wrong as a whole, which the
// shape rules and AWS301 report without help.
bool blanks_hide_a_valid_value(const Fact& fact, std::string_view value) {
  std::string compact;
  for (char c : value) {
    if (!core::is_blank_char(c) && c != '"' && c != '\'') compact += c;
  }
  switch (fact.kind) {
    case FactKind::AccessKeyId: return !aws::access_key_id_problem(compact).has_value();
    case FactKind::SecretAccessKey: return !aws::secret_access_key_problem(compact).has_value();
    case FactKind::SessionToken: return !aws::session_token_problem(compact).has_value();
    case FactKind::Region: return aws::check_region(compact).verdict != aws::RegionVerdict::Invalid;
    case FactKind::Expiry:
    case FactKind::Profile:
    case FactKind::Endpoint:
    case FactKind::Arn: return false;
  }
  return false;
}

void find_inner_blanks(const Fact& fact, std::string_view value, std::vector<Problem>& out) {
  if (!blanks_hide_a_valid_value(fact, value)) return;
  // Inside quotes, the blanks next to them count too: Go v2 removes the quotes, not them.
  const std::size_t first = is_quoted(value) ? 1 : 0;
  const std::size_t last = is_quoted(value) ? value.size() - 1 : value.size();
  std::size_t i = first;
  while (i < last) {
    if (!core::is_blank_char(value[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool tabs = false;
    while (i < last && core::is_blank_char(value[i])) tabs |= value[i++] == '\t';
    const std::size_t count = i - begin;
    const std::string what = blank_run_name(count, tabs);
    out.push_back(Problem{core::Span{fact.span.begin + begin, fact.span.begin + i},
                          describe(fact, "contains " + what, split(true, true, true, true), count > 1), "inner-blank"});
  }
}

// The reader drops the \r of a \r\n line ending; one left in the value comes from a
// doubled \r\r\n ending or a lone \r. Python's universal newlines treat a lone \r as a
// line break, Go and JavaScript trim it at the ends, the Rust parser trims only blanks.
void find_carriage_returns(const Fact& fact, std::string_view value, std::vector<Problem>& out) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\r') continue;
    const core::Span span{fact.span.begin + i, fact.span.begin + i + 1};
    if (i + 1 == value.size()) {
      out.push_back(Problem{span,
                            describe(fact, "ends with a stray carriage return (the line ends in \\r\\r\\n)",
                                     split(true, false, false, false), false, "the Rust SDK's spec parser"),
                            "carriage-return"});
    } else {
      out.push_back(Problem{span,
                            fmt::format("{} contains a carriage return: botocore (AWS CLI, boto3) reads it as a line "
                                        "break and cuts the {} there; Go v2, JS v3 and the spec parser keep it inside "
                                        "the value{}",
                                        subject(fact), thing(fact), consequence(fact)),
                            "carriage-return"});
    }
  }
}

// The parsed property behind each fact, by the offset of its name (files can be large:
// no search per fact).
std::unordered_map<std::size_t, const ini::Property*> properties_by_name_offset(const AnalyzedFile& file) {
  std::unordered_map<std::size_t, const ini::Property*> index;
  if (!file.profile) return index;
  for (const ini::Section& section : file.profile->sections) {
    for (const ini::Property& property : section.properties) index.emplace(property.name_span.begin, &property);
  }
  return index;
}

bool applies_to_fact(const Fact& fact) {
  return fact.kind == FactKind::AccessKeyId || fact.kind == FactKind::SecretAccessKey ||
         fact.kind == FactKind::SessionToken || fact.kind == FactKind::Region;
}

void check_profile_file(const AnalyzedFile& file, FindingSink& out) {
  const auto properties = properties_by_name_offset(file);
  for (const Scope& scope : file.facts.scopes) {
    for (const Fact& fact : scope.facts) {
      if (!applies_to_fact(fact)) continue;
      const auto found = properties.find(fact.name_span.begin);
      if (found == properties.end()) continue;
      const ini::Property* property = found->second;
      // The first line only: wrapped values are AWS102's and AWS105's.
      const std::string_view value = file.source->slice(fact.span);
      std::vector<Problem> problems;
      find_quotes(fact, value, problems);
      find_inline_comment(fact, *property, problems);
      find_inner_blanks(fact, value, problems);
      find_carriage_returns(fact, value, problems);
      find_invisible(fact, value, problems);
      for (Problem& problem : problems) {
        out.report(*file.source, problem.span, std::move(problem.message),
                   fmt::format("{}/{}", identity(scope, fact), problem.what));
      }
    }
  }
}

// ---- .env files -----------------------------------------------------------------------
// Every .env loader removes one pair of surrounding quotes, so quotes are no finding
// here; what the loaders disagree on is `#`, blanks, a CRLF line ending and invisible
// characters (dotenv_document.h; motdotla/dotenv main.js, python-dotenv parser.py,
// compose-go dotenv/parser.go, POSIX sh).

using dotenv::Loader;

// One .env value under examination: its entry, the raw text the reader took as the
// value (between the quotes, first line), and the loaders that read the line at all.
struct DotenvValue {
  const AnalyzedFile& file;
  const Fact& fact;
  const dotenv::Entry& entry;
  std::string_view raw;
  std::vector<Loader> readers;
};

std::vector<Loader> without(const std::vector<Loader>& all, const std::vector<Loader>& some) {
  std::vector<Loader> rest;
  for (Loader loader : all) {
    if (std::find(some.begin(), some.end(), loader) == some.end()) rest.push_back(loader);
  }
  return rest;
}

bool has(const std::vector<Loader>& loaders, Loader loader) {
  return std::find(loaders.begin(), loaders.end(), loader) != loaders.end();
}

// The readers whose reading passes `test`.
template <typename Test>
std::vector<Loader> readers_where(const DotenvValue& value, Test&& test) {
  std::vector<Loader> loaders;
  for (Loader loader : value.readers) {
    if (test(*value.entry.reading(loader))) loaders.push_back(loader);
  }
  return loaders;
}

// "<subject> <problem>: <keepers> keep it as part of the <thing> (<consequence>); <rest>"
std::string describe_dotenv(const DotenvValue& value, std::string_view problem, const std::vector<Loader>& keep,
                            std::string_view object, std::string_view rest) {
  const std::string keepers =
      keep.size() == value.readers.size() && keep.size() > 1
          ? fmt::format("every loader keeps {}", object)
          : fmt::format("{} {} {}", join_loaders(keep), keep.size() == 1 ? "keeps" : "keep", object);
  std::string message = fmt::format("{} {}: {} as part of the {}{}", subject(value.fact), problem, keepers,
                                    thing(value.fact), consequence(value.fact));
  if (!rest.empty()) message += fmt::format("; {}", rest);
  return message;
}

// "only dotenv (Node) strips it" / "python-dotenv and docker compose strip it"
std::string strip_clause(const std::vector<Loader>& strippers, bool several_keep, std::string_view verb,
                         bool plural_object) {
  if (strippers.empty()) return "";
  return fmt::format("{}{} {} {}", several_keep && strippers.size() == 1 ? "only " : "", join_loaders(strippers),
                     strippers.size() == 1 ? fmt::format("{}s", verb) : std::string(verb),
                     plural_object ? "them" : "it");
}

Problem dotenv_problem(const DotenvValue& value, std::size_t begin, std::size_t end, std::string message,
                       std::string_view what) {
  return Problem{core::Span{value.entry.value_span.begin + begin, value.entry.value_span.begin + end},
                 std::move(message), what};
}

// `AWS_REGION=us-east-1#prod`: python-dotenv, compose and a shell need a blank before
// a comment's `#`; dotenv (Node) cuts the value at any `#`.
void find_dotenv_hash(const DotenvValue& value, std::vector<Problem>& out) {
  // Inside quotes every loader keeps a "#": a wrong value, which the shape rules
  // (AWS101, AWS102, AWS105, AWS301) judge.
  if (value.entry.quote != dotenv::Quote::None) return;
  const std::size_t hash = value.raw.find('#');
  if (hash == std::string_view::npos) return;
  const auto keep =
      readers_where(value, [](const std::string& reading) { return reading.find('#') != std::string::npos; });
  if (keep.empty()) return;
  const std::string problem = "has \"#\" with no blank before it, so it starts no comment";
  const auto cutters = without(value.readers, keep);
  const std::string rest = cutters.empty()
                               ? ""
                               : fmt::format("{}{} {} the value at the \"#\"", keep.size() > 1 ? "only " : "",
                                             join_loaders(cutters), cutters.size() == 1 ? "cuts" : "cut");
  out.push_back(
      dotenv_problem(value, hash, value.raw.size(), describe_dotenv(value, problem, keep, "it", rest), "hash"));
}

// Unquoted, every dotenv loader keeps inner blanks while a shell ends the assignment at
// the first one and runs the rest of the line as a command. Inside quotes all keep
// them: blanks next to a quote are padding; blanks between words make a wrong value
// every loader agrees on, which the shape rules judge (`"US East (N. Virginia)"`).
void find_dotenv_blanks(const DotenvValue& value, std::vector<Problem>& out) {
  const bool quoted = value.entry.quote != dotenv::Quote::None;
  const auto keep = readers_where(
      value, [](const std::string& reading) { return reading.find_first_of(" \t") != std::string::npos; });
  const bool shell_cuts = !quoted && has(value.readers, Loader::Shell) && !has(keep, Loader::Shell);
  if (keep.empty() && !shell_cuts) return;
  std::size_t i = 0;
  while (i < value.raw.size()) {
    if (!core::is_blank_char(value.raw[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool tabs = false;
    while (i < value.raw.size() && core::is_blank_char(value.raw[i])) tabs |= value.raw[i++] == '\t';
    if (quoted && begin != 0 && i != value.raw.size()) continue;
    const std::size_t count = i - begin;
    std::string what = blank_run_name(count, tabs);
    if (quoted) what += begin == 0 ? " after the opening quote" : " before the closing quote";
    const std::string shell =
        shell_cuts ? fmt::format("{} ends the value at the first blank and runs the rest of the line as a command",
                                 dotenv::loader_display_name(Loader::Shell))
                   : "";
    const std::string message =
        keep.empty() ? fmt::format("{} contains {}: {}", subject(value.fact), what, shell)
                     : describe_dotenv(value, "contains " + what, keep, count > 1 ? "them" : "it", shell);
    out.push_back(dotenv_problem(value, begin, i, message, "inner-blank"));
  }
}

// The offset just after the value as written: the closing quote, or the value's end.
std::size_t after_value(const dotenv::Entry& entry) {
  return entry.quote == dotenv::Quote::None ? entry.value_span.end : entry.raw_value_span.end;
}

// A CRLF line ending: the dotenv loaders strip the \r, a shell that sources the file
// keeps it at the end of the value. A \r inside the value (a lone \r or \r\r\n) ends
// the line for dotenv (Node) and python-dotenv; docker compose keeps one that is not last.
void find_dotenv_carriage_returns(const DotenvValue& value, std::vector<Problem>& out) {
  const std::string_view bytes = value.file.source->bytes();
  const std::size_t end = after_value(value.entry);
  const bool crlf = end < bytes.size() && bytes[end] == '\r' && (end + 1 == bytes.size() || bytes[end + 1] == '\n');
  if (crlf && has(value.readers, Loader::Shell)) {
    const std::vector<Loader> keep = {Loader::Shell};
    const auto strippers = without(value.readers, keep);
    out.push_back(Problem{core::Span{end, end + 1},
                          describe_dotenv(value, "ends with a carriage return (the file has Windows line endings)",
                                          keep, "it", strip_clause(strippers, false, "strip", false)),
                          "carriage-return"});
  }
  const std::size_t inner = value.raw.find('\r');
  if (inner == std::string_view::npos) return;
  std::vector<Loader> keep;
  std::vector<Loader> cut;
  const bool last = value.raw.find_first_not_of('\r', inner) == std::string_view::npos;
  for (Loader loader : value.readers) {
    const bool keeps =
        value.entry.quote != dotenv::Quote::None || loader == Loader::Shell || (loader == Loader::Compose && !last);
    (keeps ? keep : cut).push_back(loader);
  }
  if (keep.empty()) return;
  const std::string rest =
      cut.empty() ? "" : fmt::format("{} {} the line there", join_loaders(cut), cut.size() == 1 ? "ends" : "end");
  out.push_back(dotenv_problem(value, inner, inner + 1,
                               describe_dotenv(value, "contains a carriage return", keep, "it", rest),
                               "carriage-return"));
}

// Invisible characters: inside quotes every loader keeps them. At the edge of an
// unquoted value, JavaScript's trim() drops U+00A0 and U+FEFF, Python's rstrip/`\s` and
// Go's unicode.IsSpace drop U+00A0 only; a shell drops none; nobody drops U+200B.
void find_dotenv_invisible(const DotenvValue& value, std::vector<Problem>& out) {
  for_each_invisible_run(value.raw, [&](std::size_t begin, std::size_t end, const std::vector<InvisibleChar>& chars) {
    const bool at_start = begin == 0, at_end = end == value.raw.size();
    const InvisibleRun run = describe_invisible_run(chars, at_start, at_end);
    const bool trimmable = value.entry.quote == dotenv::Quote::None && (at_start || at_end);
    std::vector<Loader> keep;
    std::vector<Loader> strip;
    for (Loader loader : value.readers) {
      bool strips = false;
      if (trimmable && loader == Loader::Node) strips = run.all_js_trimmed;
      if (trimmable && (loader == Loader::Python || loader == Loader::Compose)) strips = run.all_no_break;
      (strips ? strip : keep).push_back(loader);
    }
    if (keep.empty()) return;
    out.push_back(dotenv_problem(value, begin, end,
                                 describe_dotenv(value, run.problem, keep, chars.size() > 1 ? "them" : "it",
                                                 strip_clause(strip, keep.size() > 1, "strip", chars.size() > 1)),
                                 "invisible-character"));
  });
}

bool is_quote_char(char c) { return c == '"' || c == '\'' || c == '`'; }

// Quote characters that survive the loaders: a second pair inside the first
// (`"'abc'"`), backticks (only dotenv (Node) strips them), or a stray quote.
void find_dotenv_quotes(const DotenvValue& value, std::vector<Problem>& out) {
  const dotenv::Entry& entry = value.entry;
  if (entry.quote == dotenv::Quote::Backtick) {
    const auto keep =
        readers_where(value, [](const std::string& reading) { return reading.find('`') != std::string::npos; });
    std::vector<std::string> clauses;
    if (!is_shell_script(value.file)) {
      clauses.push_back(fmt::format("{} runs the text between them as a command and uses its output",
                                    dotenv::loader_display_name(Loader::Shell)));
    }
    if (has(value.readers, Loader::Node)) clauses.push_back("only dotenv (Node) strips them");
    std::string rest;
    for (const std::string& clause : clauses) rest += (rest.empty() ? "" : "; ") + clause;
    if (keep.empty()) return;
    out.push_back(
        Problem{entry.raw_value_span, describe_dotenv(value, "is wrapped in backticks", keep, "them", rest), "quotes"});
    return;
  }
  const auto keep = readers_where(
      value, [](const std::string& reading) { return std::any_of(reading.begin(), reading.end(), is_quote_char); });
  if (keep.empty()) return;
  const auto rest = strip_clause(without(value.readers, keep), keep.size() > 1, "strip", true);
  const std::string_view raw = value.raw;
  if (entry.quote != dotenv::Quote::None && raw.size() >= 2 && is_quote_char(raw.front()) &&
      raw.back() == raw.front()) {
    const std::string_view inner = raw.front() == '"' ? "double" : raw.front() == '\'' ? "single" : "back";
    out.push_back(dotenv_problem(
        value, 0, raw.size(),
        describe_dotenv(value, "is wrapped in two pairs of quotes (the loaders remove only the outer pair)", keep,
                        fmt::format("the inner {} quotes", inner), rest),
        "quotes"));
    return;
  }
  const std::size_t at = std::find_if(raw.begin(), raw.end(), is_quote_char) - raw.begin();
  if (at == raw.size()) return;
  const std::string_view kind = raw[at] == '"' ? "double" : raw[at] == '\'' ? "single" : "backtick";
  out.push_back(dotenv_problem(value, at, at + 1,
                               describe_dotenv(value, fmt::format("contains a stray {} quote", kind), keep, "it", rest),
                               "quotes"));
}

void check_dotenv(const AnalyzedFile& file, FindingSink& out) {
  const bool shell_only = is_shell_script(file);
  // Entries by the offset of their name: a large file must not cost facts x entries.
  std::unordered_map<std::size_t, const dotenv::Entry*> entries;
  for (const dotenv::Entry& entry : file.dotenv->entries) entries.emplace(entry.name_span.begin, &entry);
  for (const Scope& scope : file.facts.scopes) {
    for (const Fact& fact : scope.facts) {
      if (!applies_to_fact(fact) || aws::is_placeholder(fact.intended)) continue;
      const auto found = entries.find(fact.name_span.begin);
      const dotenv::Entry* entry = found == entries.end() ? nullptr : found->second;
      // An unterminated or multi-line quote is AWS601's (and AWS102's, AWS105's): the
      // loaders do not even agree on where the value ends.
      if (entry == nullptr || !entry->quote_terminated || entry->end_line > entry->line) continue;
      DotenvValue value{file, fact, *entry, file.source->slice(entry->value_span), {}};
      for (Loader loader : dotenv::kAllLoaders) {
        if ((!shell_only || loader == Loader::Shell) && entry->reading(loader)) value.readers.push_back(loader);
      }
      if (value.readers.empty() && entry->quote != dotenv::Quote::Backtick) continue;
      std::vector<Problem> problems;
      find_dotenv_quotes(value, problems);
      find_dotenv_hash(value, problems);
      find_dotenv_blanks(value, problems);
      find_dotenv_carriage_returns(value, problems);
      find_dotenv_invisible(value, problems);
      for (Problem& problem : problems) {
        out.report(*file.source, problem.span, std::move(problem.message),
                   fmt::format("{}/{}", identity(scope, fact), problem.what));
      }
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (file.dotenv) {
    check_dotenv(file, out);
    return;
  }
  check_profile_file(file, out);
}

}  // namespace

extern const engine::RuleDef kAws103 = {
    .id = "AWS103",
    .name = "quoted-or-padded-value",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "Credential or region value that some SDK or .env loader reads with extra characters.",
    .full_description =
        "A credential or region value written with surrounding quotes (kept by every SDK but Go v2), an inline "
        "`# comment` (kept by botocore and so the AWS CLI), inner blanks, a stray carriage return, or an invisible "
        "character (non-breaking space, zero-width character, byte order mark). In a .env file: a `#` with no "
        "blank before it (kept by every loader but dotenv for Node), blanks (a shell ends the value at the first "
        "one), a Windows line ending (kept by a shell), a second pair of quotes or backticks. The SDKs that get "
        "the extra characters send a wrong key, token or region, and AWS rejects the request.",
    .help_markdown = R"md(Credential or region value that some SDK or .env loader reads with extra characters.

## What is wrong
The AWS SDKs do not agree on how much of a line in `~/.aws/config` or
`~/.aws/credentials` is the value:

| written | botocore (AWS CLI, boto3) | Go v2 | JS v3 | standard parser (Java v2, Rust, Kotlin) |
|---|---|---|---|---|
| `key = "value"` | `"value"` | `value` | `"value"` | `"value"` |
| `key = value # prod` | `value # prod` | `value` | `value` | `value` |
| `key = val ue` | `val ue` | `val ue` | `val ue` | `val ue` |
| non-breaking space at the end | trimmed | trimmed | trimmed | kept |
| zero-width space (U+200B) | kept | kept | kept | kept |
| byte order mark (U+FEFF) at the start | kept | kept | trimmed | kept |

Python's `configparser` (which botocore uses) has no inline comments, so the AWS CLI
sends `us-east-1 # prod` as the region (`InvalidRegionError`) or a key ID with the
comment attached (`InvalidClientTokenId`). Only Go v2 removes surrounding quotes;
every other SDK sends them. A key, secret or token with an extra character is a
different key: AWS answers `InvalidClientTokenId`, `SignatureDoesNotMatch` or "The
security token included in the request is invalid", and only for the programs that
use the affected SDK, which makes the mistake hard to find.

Invisible characters usually come from copying a key out of a web page, a chat
message or a PDF; `\r\r\n` line endings from converting a Windows file twice.

## How to fix
Write the bare value, with comments on a line of their own:

```ini
# bad
[default]
aws_access_key_id = "AKIA..."
region = eu-west-1   # Ireland

# fixed
[default]
aws_access_key_id = AKIA...
# Ireland
region = eu-west-1
```

To see invisible characters, run `cat -A ~/.aws/credentials` (a non-breaking space
shows as `M-BM-`, a zero-width space as `M-bM-^@M-^K`, a stray carriage return as `^M`),
then retype the value or set it again with `aws configure set aws_access_key_id AKIA...`.
`sed -i 's/\r$//' ~/.aws/credentials` removes carriage returns.

## In .env files
A `.env` file has no standard either. The common loaders read these lines differently
(the SDK then gets whatever the loader put in the environment):

| written | dotenv (Node) | python-dotenv | docker compose | a shell (`set -a; . .env`, direnv) |
|---|---|---|---|---|
| `AWS_REGION=us-east-1#prod` | `us-east-1` | `us-east-1#prod` | `us-east-1#prod` | `us-east-1#prod` |
| `AWS_REGION=us east-1` | `us east-1` | `us east-1` | `us east-1` | `us`, then runs `east-1` as a command |
| `AWS_REGION=us-east-1` with a CRLF line ending | `us-east-1` | `us-east-1` | `us-east-1` | `us-east-1\r` |
| `AWS_REGION="'us-east-1'"` | `'us-east-1'` | `'us-east-1'` | `'us-east-1'` | `'us-east-1'` |
| ``AWS_REGION=`us-east-1` `` | `us-east-1` | `` `us-east-1` `` | `` `us-east-1` `` | runs `us-east-1` as a command |
| non-breaking space after an unquoted value | trimmed | trimmed | trimmed | kept |
| `AWS_REGION="us-east-1"` | `us-east-1` | `us-east-1` | `us-east-1` | `us-east-1` |

A `#` starts a comment only after a blank, except for dotenv (Node), which cuts an
unquoted value at any `#` (older docker compose releases did the same). Inside
quotes every loader keeps blanks and invisible characters.

One pair of surrounding quotes is removed by every .env loader and by a shell, so
quoted values are not reported. `docker run --env-file` (and `docker create
--env-file`) is different: it is no .env parser and takes everything after the first
`=` literally, quotes, `# comments` and trailing blanks included. If the same file is
passed to `docker run --env-file`, write values without quotes or comments.

```sh
# bad
AWS_REGION=us-east-1#prod
AWS_DEFAULT_REGION=`us-east-1`

# fixed
# prod
AWS_REGION=us-east-1
AWS_DEFAULT_REGION=us-east-1
```

Convert Windows line endings with `dos2unix .env` (or `sed -i 's/\r$//' .env`) and
keep them out with a `.gitattributes` line such as `.env* text eol=lf`.
)md",
    .precision = "very-high",
    .security_severity = "5.0",
    .check_file = &check,
};

}  // namespace credlint::rules
