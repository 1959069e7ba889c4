// Byte ranges into one file's buffer. Spans are what parsers and rules exchange; the
// report layer turns them into line/column pairs (see source_file.h), so no rule ever
// computes a column by hand.
#pragma once

#include <cstddef>

namespace credlint::core {

struct Span {
  std::size_t begin = 0;  // byte offset of the first byte
  std::size_t end = 0;    // byte offset one past the last byte (end >= begin)

  [[nodiscard]] std::size_t size() const { return end - begin; }
  [[nodiscard]] bool empty() const { return end == begin; }
  [[nodiscard]] bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace credlint::core
