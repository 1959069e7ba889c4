#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "aws/redaction.h"
#include "core/text.h"
#include "report/positions.h"
#include "report/report.h"

namespace credlint::report {
namespace {

constexpr std::size_t kMaxSnippetColumns = 120;

struct Palette {
  bool on = false;
  std::string paint(std::string_view text, std::string_view code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

std::string_view level_colour(engine::Level level) {
  switch (level) {
    case engine::Level::Error: return "1;31";
    case engine::Level::Warning: return "1;33";
    case engine::Level::Note: return "1;36";
  }
  return "0";
}

// The parsed file behind each source, built once: a findings loop must not search all
// files per finding.
std::unordered_map<const core::SourceFile*, const engine::AnalyzedFile*> files_by_source(
    const engine::ScanResult& result) {
  std::unordered_map<const core::SourceFile*, const engine::AnalyzedFile*> index;
  for (const auto& file : result.context.files) index.emplace(file->source.get(), file.get());
  return index;
}

// The source line (redacted) and a caret line under the region, clipped to a window
// around the region so 10 MB lines stay readable.
void write_snippet(std::ostream& out, const engine::AnalyzedFile& file, const Region& region, const Palette& colours) {
  const std::string line = redacted_line(file, region.start_line);
  const std::string gutter = fmt::format("{:>5} | ", region.start_line);
  std::size_t from_col = 1;  // UTF-16 column where the shown window starts
  std::size_t byte_from = 0;
  std::string shown = line;
  if (core::utf16_length(line) > kMaxSnippetColumns && region.start_column > 40) {
    // Skip whole bytes up to about 30 columns before the region.
    const std::size_t target = region.start_column - 30;
    while (byte_from < line.size() && from_col < target) {
      const auto c = static_cast<unsigned char>(line[byte_from]);
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      from_col += len == 4 ? 2 : 1;
      byte_from += len;
    }
    shown = "..." + line.substr(byte_from);
    from_col -= 3;
  }
  // Long lines (a 1,000-character token) are cut at the window's end, on a UTF-8 boundary.
  if (shown.size() > kMaxSnippetColumns) {
    std::size_t cut = kMaxSnippetColumns;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "...";
  }
  std::string expanded;
  for (char c : shown) expanded += (c == '\t') ? ' ' : c;
  out << colours.paint(gutter, "2") << expanded << '\n';
  const std::size_t caret_start = region.start_column >= from_col ? region.start_column - from_col : 0;
  std::size_t width = region.end_column > region.start_column ? region.end_column - region.start_column : 1;
  const std::size_t shown_columns = core::utf16_length(shown);
  width = std::max<std::size_t>(1, std::min(width, shown_columns > caret_start ? shown_columns - caret_start : 1));
  out << colours.paint(std::string(gutter.size() - 2, ' ') + "| ", "2") << std::string(caret_start, ' ')
      << colours.paint(std::string(width, '^'), "1;32") << '\n';
}

// "; 2 suppressed; 5 in the baseline; 1 unused ignore": what the review step hid or found.
std::string review_summary(const ReportContext& context, const Summary& s) {
  std::string text;
  if (s.suppressed > 0) text += fmt::format("; {} suppressed by credlint:ignore", s.suppressed);
  if (context.review != nullptr && context.review->baseline_applied) {
    text += fmt::format("; {} already in the baseline", s.in_baseline);
  }
  if (s.unused_ignores > 0) {
    text += fmt::format("; {} unused {}{}", s.unused_ignores, s.unused_ignores == 1 ? "ignore" : "ignores",
                        context.lists_unused_ignores() ? " (see above)" : " (--warn-unused-ignores lists them)");
  }
  return text;
}

}  // namespace

void write_text(std::ostream& out, const ReportContext& context, const TextOptions& options) {
  const Palette colours{options.color};
  const engine::ScanResult& result = context.result;
  for (const engine::Notification& n : result.notifications) {
    const std::string where = n.line > 0 ? fmt::format("{}:{}", n.path, n.line) : n.path;
    out << colours.paint(where, "1") << ": " << colours.paint(engine::to_string(n.level), level_colour(n.level))
        << ' ' << n.id << ' ' << aws::scrub_text(n.message) << '\n';
  }
  if (context.lists_unused_ignores()) {
    for (const UnusedIgnore& unused : context.review->unused_ignores) {
      out << colours.paint(fmt::format("{}:{}:{}", unused.path, unused.line, unused.column), "1") << ": "
          << colours.paint("warning", level_colour(engine::Level::Warning)) << " unused-ignore "
          << aws::scrub_text(unused.problem) << '\n';
    }
  }
  const auto files = files_by_source(result);
  for (std::size_t index = 0; index < result.findings.size(); ++index) {
    // Suppressed findings and those the baseline holds are only counted, in the summary.
    if (!context.reported(index)) continue;
    const engine::Finding& finding = result.findings[index];
    const core::SourceFile& source = *finding.location.file;
    const Region region = region_of(source, finding.location.span);
    const engine::RuleDef* rule = nullptr;
    for (const engine::RuleDef* candidate : context.rules) {
      if (candidate->id == finding.rule_id) rule = candidate;
    }
    out << colours.paint(fmt::format("{}:{}:{}", source.path(), region.start_line, region.start_column), "1") << ": "
        << colours.paint(engine::to_string(finding.level), level_colour(finding.level)) << ' ' << finding.rule_id;
    if (rule != nullptr) out << " [" << rule->name << "]";
    out << ' ' << aws::scrub_text(finding.message) << '\n';
    if (options.quiet) continue;
    if (auto file = files.find(&source); file != files.end()) write_snippet(out, *file->second, region, colours);
    for (const engine::Location& related : finding.related) {
      const Region r = region_of(*related.file, related.span);
      out << "      = note: " << related.file->path() << ':' << r.start_line << ':' << r.start_column << ": "
          << aws::scrub_text(related.message) << '\n';
    }
    if (rule != nullptr) {
      out << "      = help: " << rule->short_description << " Run `credlint explain " << rule->id << "`.\n";
    }
    out << '\n';
  }
  if (options.quiet) return;
  const Summary s = summarise(context);
  const std::size_t total = s.errors + s.warnings + s.notes;
  out << fmt::format("{} {} ({} {}, {} {}, {} {}) in {} {} scanned{}{}\n", total, total == 1 ? "finding" : "findings",
                     s.errors, s.errors == 1 ? "error" : "errors", s.warnings, s.warnings == 1 ? "warning" : "warnings",
                     s.notes, s.notes == 1 ? "note" : "notes", s.files, s.files == 1 ? "file" : "files",
                     s.notifications > 0 ? fmt::format("; {} could not be analysed fully (see above)", s.notifications)
                                         : std::string(),
                     review_summary(context, s));
}

}  // namespace credlint::report
