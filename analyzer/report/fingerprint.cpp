#include "report/fingerprint.h"

#include <array>
#include <map>

#include <fmt/format.h>

namespace credlint::report {
namespace {

constexpr std::size_t kBlockSize = 100;
constexpr std::uint64_t kMultiplier = 37;
constexpr std::uint32_t kEndOfFile = 65535;  // what the TypeScript code feeds for EOF

// UTF-8 to UTF-16 code units exactly as Node decodes the file for codeql-action (the
// WHATWG decoder): each maximal invalid subsequence becomes one U+FFFD, so a truncated
// 3-byte sequence gives one replacement character, not one per byte.
std::vector<std::uint16_t> to_utf16(std::string_view text) {
  std::vector<std::uint16_t> out;
  out.reserve(text.size());
  auto emit = [&](std::uint32_t cp) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<std::uint16_t>(cp));
    }
  };
  std::uint32_t code_point = 0;
  int needed = 0, seen = 0;
  unsigned lower = 0x80, upper = 0xBF;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (needed == 0) {
      ++i;
      if (byte < 0x80) { emit(byte); }
      else if (byte >= 0xC2 && byte <= 0xDF) { needed = 1; code_point = byte & 0x1F; }
      else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte == 0xE0) lower = 0xA0;
        if (byte == 0xED) upper = 0x9F;
        needed = 2;
        code_point = byte & 0x0F;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte == 0xF0) lower = 0x90;
        if (byte == 0xF4) upper = 0x8F;
        needed = 3;
        code_point = byte & 0x07;
      } else {
        emit(0xFFFD);
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one error; the byte is read again as a fresh start.
      code_point = 0; needed = 0; seen = 0; lower = 0x80; upper = 0xBF;
      emit(0xFFFD);
      continue;
    }
    ++i;
    lower = 0x80;
    upper = 0xBF;
    code_point = (code_point << 6) | (byte & 0x3F);
    if (++seen == needed) {
      emit(code_point);
      code_point = 0; needed = 0; seen = 0;
    }
  }
  if (needed != 0) emit(0xFFFD);
  return out;
}

class RollingHasher {
 public:
  explicit RollingHasher(std::vector<std::string>& out) : out_(out) {
    line_numbers_.fill(-1);
    window_.fill(0);
    for (std::size_t i = 0; i < kBlockSize; ++i) first_mod_ *= kMultiplier;
  }

  void process(std::uint32_t current) {
    // Spaces and tabs never count; CRLF and CR become LF.
    if (current == ' ' || current == '\t' || (previous_cr_ && current == '\n')) {
      previous_cr_ = false;
      return;
    }
    previous_cr_ = current == '\r';
    if (current == '\r') current = '\n';
    if (line_numbers_[index_] != -1) output();
    if (line_start_) {
      line_start_ = false;
      line_numbers_[index_] = ++line_number_;
    }
    if (current == '\n') line_start_ = true;
    update(current);
  }

  void finish() {
    process(kEndOfFile);
    for (std::size_t i = 0; i < kBlockSize; ++i) {
      if (line_numbers_[index_] != -1) output();
      update(0);
    }
  }

 private:
  void output() {
    const std::string value = fmt::format("{:x}", hash_);
    const std::size_t count = ++counts_[value];
    const auto line = static_cast<std::size_t>(line_numbers_[index_]);
    if (out_.size() < line) out_.resize(line);
    out_[line - 1] = fmt::format("{}:{}", value, count);
    line_numbers_[index_] = -1;
  }

  void update(std::uint32_t current) {
    const std::uint64_t leaving = window_[index_];
    window_[index_] = current;
    hash_ = kMultiplier * hash_ + current - first_mod_ * leaving;
    index_ = (index_ + 1) % kBlockSize;
  }

  std::vector<std::string>& out_;
  std::array<std::uint32_t, kBlockSize> window_{};
  std::array<long, kBlockSize> line_numbers_{};
  std::uint64_t hash_ = 0;
  std::uint64_t first_mod_ = 1;
  std::size_t index_ = 0;
  long line_number_ = 0;
  bool line_start_ = true;
  bool previous_cr_ = false;
  std::map<std::string, std::size_t> counts_;
};

}  // namespace

std::vector<std::string> line_hashes(std::string_view utf8_text) {
  std::vector<std::string> out;
  RollingHasher hasher(out);
  for (std::uint16_t unit : to_utf16(utf8_text)) hasher.process(unit);
  hasher.finish();
  return out;
}

std::string stable_fingerprint(std::string_view rule_id, std::string_view path, std::string_view identity,
                               std::size_t occurrence) {
  // FNV-1a over the parts, separated so that ("ab","c") and ("a","bc") differ.
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&](std::string_view part) {
    for (unsigned char c : part) { hash ^= c; hash *= 0x100000001b3ULL; }
    hash ^= 0xFF;
    hash *= 0x100000001b3ULL;
  };
  mix(rule_id);
  mix(path);
  mix(identity);
  return fmt::format("{:016x}:{}", hash, occurrence);
}

}  // namespace credlint::report
