// One input file: its bytes, the path users see, and the line table that turns byte
// offsets into the 1-based lines and columns every output format reports. SARIF wants
// UTF-16 code units, so both byte and UTF-16 columns are available.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace credlint::core {

struct Position {
  std::size_t line = 1;         // 1-based
  std::size_t byte_column = 1;  // 1-based, in bytes
  std::size_t utf16_column = 1; // 1-based, in UTF-16 code units
};

class SourceFile {
 public:
  SourceFile(std::string display_path, std::string bytes);

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] std::string_view bytes() const { return bytes_; }
  [[nodiscard]] std::string_view slice(Span span) const;

  [[nodiscard]] std::size_t line_count() const { return line_starts_.size(); }
  // Position of a byte offset (clamped to the buffer).
  [[nodiscard]] Position position(std::size_t offset) const;
  // The text of a 1-based line, without its line terminator (\n or \r\n).
  [[nodiscard]] std::string_view line_text(std::size_t line) const;
  [[nodiscard]] Span line_span(std::size_t line) const;

 private:
  std::string path_;
  std::string bytes_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace credlint::core
