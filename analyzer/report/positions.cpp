#include "report/positions.h"

#include <algorithm>

namespace credlint::report {

Region region_of(const core::SourceFile& file, core::Span span) {
  const core::Position start = file.position(span.begin);
  // A finding never runs past its first line's end in our model of regions: multi-line
  // values are reported on the line they start.
  const core::Span line = file.line_span(start.line);
  std::size_t end_offset = std::min(std::max(span.end, span.begin), line.end);
  if (end_offset <= span.begin) {
    // Empty span (an empty value, a missing key): highlight the rest of the line.
    end_offset = line.end > span.begin ? line.end : span.begin;
  }
  const core::Position end = file.position(end_offset);
  Region region{start.line, start.utf16_column, start.line, end.utf16_column};
  if (region.end_column <= region.start_column) region.end_column = region.start_column + 1;
  return region;
}

}  // namespace credlint::report
