// Turns spans into the regions every format reports: 1-based lines, 1-based columns in
// UTF-16 code units (SARIF's columnKind utf16CodeUnits), end column exclusive. Empty
// spans widen to a visible range so viewers can highlight them.
#pragma once

#include <cstddef>

#include "core/source_file.h"

namespace credlint::report {

struct Region {
  std::size_t start_line = 1;
  std::size_t start_column = 1;
  std::size_t end_line = 1;
  std::size_t end_column = 2;
};

[[nodiscard]] Region region_of(const core::SourceFile& file, core::Span span);

}  // namespace credlint::report
