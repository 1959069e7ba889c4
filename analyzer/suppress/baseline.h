// Baselines: `credlint scan --write-baseline FILE` records the current findings, and
// `--baseline FILE` then reports only findings that are not in it. A finding matches a
// recorded one by its credlint/v1 fingerprint (rule + path + the mistake's identity +
// occurrence: survives lines inserted above), or else by a content fingerprint (rule +
// identity + the finding's line with credential values masked and blanks removed +
// occurrence in its file, no path: survives a rename of unchanged content). The file holds
// no line numbers, messages or values; see docs/ci.md for its format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scanner.h"
#include "report/report.h"

namespace credlint::suppress {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string rule;
  std::string path;
  std::string fingerprint;          // credlint/v1
  std::string content_fingerprint;  // content/v1
};

struct Baseline {
  std::vector<BaselineEntry> entries;
};

// content/v1 for every finding (parallel to result.findings).
[[nodiscard]] std::vector<std::string> content_fingerprints(const engine::ScanResult& result);

// The entries for the current findings, suppressed ones left out (their ignore comment
// already accepts them), sorted by path, rule and fingerprint.
[[nodiscard]] std::vector<BaselineEntry> baseline_entries(const engine::ScanResult& result,
                                                          const report::Review& review);
// The baseline file's text (JSON, two-space indentation, final newline).
[[nodiscard]] std::string baseline_document(const std::vector<BaselineEntry>& entries, std::string_view tool_version);

struct BaselineOutcome {
  std::optional<Baseline> baseline;
  std::string error;  // set when baseline is empty: names the file (and line:column for JSON errors)
};
[[nodiscard]] BaselineOutcome parse_baseline(std::string_view text, std::string_view file_name);
[[nodiscard]] BaselineOutcome read_baseline(const std::string& path);

// Sets review.findings[i].baseline for every finding (suppressed ones included): Unchanged
// when a recorded entry matches (each entry matches one finding at most; exact credlint/v1
// matches first, then content matches), New otherwise. Sets review.baseline_applied.
void apply_baseline(const Baseline& baseline, const engine::ScanResult& result, report::Review& review);

}  // namespace credlint::suppress
