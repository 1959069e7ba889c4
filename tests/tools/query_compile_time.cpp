// query_compile_time: how long each language's facts.scm takes to compile (ts_query_new,
// through FactQuery), for whoever tunes a query. A development tool; not part of the product.
//
//   query_compile_time [--wall] [--runs N] [LANG...]
//       Every compiled grammar (or the named ones) with the query embedded in the binary:
//       median ms over N compilations (default 7), the cost of a trivial query against the
//       same grammar (the floor: grammar size, not our patterns) and the pattern count.
//   query_compile_time [--runs N] --file LANG PATH
//       The same for the query text in PATH (e.g. an edited grammars/LANG/facts.scm: no rebuild
//       needed to try a variant).
//   query_compile_time [--runs N] --patterns LANG [PATH]
//       Splits the query (PATH, default <source dir>/grammars/LANG/facts.scm) into its top-level
//       patterns (ts_query_start_byte_for_pattern) and prints each one's own compile cost
//       (median, minus the trivial-query floor), most expensive first, with its line and first
//       line of text. Costs are not strictly additive: the parse-table scan is paid once per
//       query, the per-pattern analysis (ts_query__analyze_patterns) is what this shows.
//   query_compile_time --matches LANG PATH FILE...
//       The matches the query in PATH finds in each FILE, canonically (each match as its sorted
//       public captures `name@begin-end`, matches sorted, pattern index ignored): diff the
//       output of two query versions to check a restructuring captures exactly the same.
//
// Times are the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so a loaded machine inflates
// them less than wall-clock time; `--wall` (before the other options) measures wall-clock.
// Still, compare numbers from one run.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <time.h>

#include <fmt/format.h>
#include <tree_sitter/api.h>

#include "parse/source/languages.h"
#include "parse/source/query.h"

#ifndef CREDLINT_SOURCE_DIR
#define CREDLINT_SOURCE_DIR "."
#endif

namespace {

using credlint::source::FactQuery;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool g_wall = false;

double now_ms() {
  timespec ts{};
  clock_gettime(g_wall ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Median ms of compiling `text` (the embedded query when `text` is null); -1 when it does
// not compile (the error is printed once).
double time_compile(const std::string& language, const std::string* text, int runs) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    std::string error;
    const double start = now_ms();
    auto query = text == nullptr ? FactQuery::compile(language, error) : FactQuery::compile_text(language, *text, error);
    const double stop = now_ms();
    if (!query) {
      std::cerr << language << ": " << error << '\n';
      return -1;
    }
    ms.push_back(stop - start);
  }
  return median(ms);
}

// A query that costs only the grammar-size floor of ts_query_new.
const std::string kTrivial = "(ERROR) @_e";

unsigned pattern_count(const std::string& language, const std::string* text) {
  std::string error;
  auto query = text == nullptr ? FactQuery::compile(language, error) : FactQuery::compile_text(language, *text, error);
  return query ? query->pattern_count() : 0;
}

void print_row(const std::string& language, double total, double floor, unsigned patterns) {
  std::cout << fmt::format("{:<12} {:>9.2f} {:>9.2f} {:>9.2f} {:>9}\n", language, total, floor, total - floor, patterns);
}

int summary(const std::vector<std::string>& languages, int runs) {
  std::cout << fmt::format("{:<12} {:>9} {:>9} {:>9} {:>9}\n", "language", "ms", "trivial", "patterns", "count");
  int status = 0;
  for (const std::string& language : languages) {
    const double total = time_compile(language, nullptr, runs);
    if (total < 0) {
      status = 1;
      continue;
    }
    print_row(language, total, time_compile(language, &kTrivial, runs), pattern_count(language, nullptr));
  }
  return status;
}

// Byte ranges of the top-level patterns of `text`, from the compiled query itself.
std::vector<std::pair<uint32_t, uint32_t>> pattern_ranges(const std::string& language, const std::string& text) {
  uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery* query = ts_query_new(credlint::source::ts_language_for(language), text.data(),
                                static_cast<uint32_t>(text.size()), &offset, &error);
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  if (query == nullptr) {
    std::cerr << language << ": query error " << error << " at byte " << offset << '\n';
    return ranges;
  }
  const uint32_t count = ts_query_pattern_count(query);
  for (uint32_t i = 0; i < count; ++i) {
    ranges.emplace_back(ts_query_start_byte_for_pattern(query, i), ts_query_end_byte_for_pattern(query, i));
  }
  ts_query_delete(query);
  return ranges;
}

int patterns(const std::string& language, const std::string& path, int runs) {
  const std::string text = read_file(path);
  const double floor = time_compile(language, &kTrivial, runs);
  const double total = time_compile(language, &text, runs);
  std::cout << fmt::format("{}: whole query {:.2f} ms, trivial query {:.2f} ms\n", language, total, floor);
  struct Row {
    double ms;
    std::size_t line;
    std::string first;
  };
  std::vector<Row> rows;
  for (const auto& [begin, end] : pattern_ranges(language, text)) {
    const std::string pattern = text.substr(begin, end - begin);
    const double ms = time_compile(language, &pattern, runs);
    const std::size_t line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + begin, '\n')) + 1;
    rows.push_back({ms - floor, line, pattern.substr(0, pattern.find('\n'))});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.ms > b.ms; });
  double sum = 0;
  for (const Row& row : rows) {
    sum += row.ms;
    std::cout << fmt::format("{:>9.2f} ms  line {:<5} {}\n", row.ms, row.line, row.first);
  }
  std::cout << fmt::format("{:>9.2f} ms  sum of the patterns above the floor\n", sum);
  return 0;
}

int matches(const std::string& language, const std::string& query_path, const std::vector<std::string>& files) {
  const std::string text = read_file(query_path);
  std::string error;
  auto query = FactQuery::compile_text(language, text, error);
  if (!query) {
    std::cerr << error << '\n';
    return 1;
  }
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, credlint::source::ts_language_for(language));
  for (const std::string& file : files) {
    const std::string source = read_file(file);
    TSTree* tree = ts_parser_parse_string(parser, nullptr, source.data(), static_cast<uint32_t>(source.size()));
    std::vector<std::string> lines;
    query->for_each_match(ts_tree_root_node(tree), source, [&](const FactQuery::Match& match) {
      std::vector<std::string> captures;
      for (const auto& capture : match.captures) {
        captures.push_back(fmt::format("{}@{}-{}", capture.name, ts_node_start_byte(capture.node),
                                       ts_node_end_byte(capture.node)));
      }
      std::sort(captures.begin(), captures.end());
      std::string line;
      for (const std::string& capture : captures) line += capture + ' ';
      lines.push_back(line);
    });
    std::sort(lines.begin(), lines.end());
    std::cout << file << '\n';
    for (const std::string& line : lines) std::cout << "  " << line << '\n';
    ts_tree_delete(tree);
  }
  ts_parser_delete(parser);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  int runs = 7;
  if (!args.empty() && args[0] == "--wall") {
    g_wall = true;
    args.erase(args.begin());
  }
  if (args.size() >= 2 && args[0] == "--runs") {
    runs = std::max(1, std::stoi(args[1]));
    args.erase(args.begin(), args.begin() + 2);
  }
  try {
    if (!args.empty() && args[0] == "--patterns" && args.size() >= 2) {
      const std::string path =
          args.size() >= 3 ? args[2] : fmt::format("{}/grammars/{}/facts.scm", CREDLINT_SOURCE_DIR, args[1]);
      return patterns(args[1], path, runs);
    }
    if (!args.empty() && args[0] == "--file" && args.size() == 3) {
      const std::string text = read_file(args[2]);
      const double total = time_compile(args[1], &text, runs);
      if (total < 0) return 1;
      std::cout << fmt::format("{:<12} {:>9} {:>9} {:>9} {:>9}\n", "language", "ms", "trivial", "patterns", "count");
      print_row(args[1], total, time_compile(args[1], &kTrivial, runs), pattern_count(args[1], &text));
      return 0;
    }
    if (!args.empty() && args[0] == "--matches" && args.size() >= 3) {
      return matches(args[1], args[2], std::vector<std::string>(args.begin() + 3, args.end()));
    }
    if (!args.empty() && args[0].starts_with("--")) {
      std::cerr << "usage: query_compile_time [--wall] [--runs N] [LANG... | --file LANG PATH | --patterns LANG [PATH] |"
                   " --matches LANG PATH FILE...]\n";
      return 2;
    }
    std::vector<std::string> languages = args;
    if (languages.empty()) {
      for (const auto& grammar : credlint::source::compiled_grammars()) languages.push_back(grammar.name);
    }
    return summary(languages, runs);
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
