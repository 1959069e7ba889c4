#include "core/source_file.h"

#include <algorithm>

#include "core/text.h"

namespace credlint::core {

SourceFile::SourceFile(std::string display_path, std::string bytes)
    : path_(std::move(display_path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') line_starts_.push_back(i + 1);
  }
  // A trailing newline does not open a line of its own.
  if (line_starts_.size() > 1 && line_starts_.back() == bytes_.size()) line_starts_.pop_back();
}

std::string_view SourceFile::slice(Span span) const {
  const std::size_t begin = std::min(span.begin, bytes_.size());
  const std::size_t end = std::clamp(span.end, begin, bytes_.size());
  return std::string_view(bytes_).substr(begin, end - begin);
}

Position SourceFile::position(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t start = line_starts_[index];
  const std::string_view prefix = std::string_view(bytes_).substr(start, offset - start);
  return Position{index + 1, offset - start + 1, utf16_length(prefix) + 1};
}

Span SourceFile::line_span(std::size_t line) const {
  if (line == 0 || line > line_starts_.size()) return Span{bytes_.size(), bytes_.size()};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : bytes_.size();
  if (end > start && bytes_[end - 1] == '\n') --end;
  if (end > start && bytes_[end - 1] == '\r') --end;
  return Span{start, end};
}

std::string_view SourceFile::line_text(std::size_t line) const { return slice(line_span(line)); }

}  // namespace credlint::core
