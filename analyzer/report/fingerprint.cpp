#include "report/fingerprint.h"

#include <array>
#include <map>

#include <fmt/format.h>

namespace credlint::report {
namespace {

constexpr std::size_t kBlockSize = 100;
constexpr std::uint64_t kMultiplier = 37;
constexpr std::uint32_t kEndOfFile = 65535;  // what the TypeScript code feeds for EOF

// UTF-8 to UTF-16 code units, with U+FFFD for invalid bytes as Node's decoder does.
std::vector<std::uint16_t> to_utf16(std::string_view text) {
  std::vector<std::uint16_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = 0xFFFD;
    std::size_t len = 1;
    auto cont = [&](std::size_t k) { return i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80; };
    if (b0 < 0x80) { cp = b0; }
    else if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) { cp = ((b0 & 0x1F) << 6) | (text[i + 1] & 0x3F); len = 2; }
    else if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2)) {
      cp = ((b0 & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F); len = 3;
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) { cp = 0xFFFD; len = 1; }
    } else if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3)) {
      cp = ((b0 & 0x07) << 18) | ((text[i + 1] & 0x3F) << 12) | ((text[i + 2] & 0x3F) << 6) | (text[i + 3] & 0x3F);
      len = 4;
      if (cp < 0x10000 || cp > 0x10FFFF) { cp = 0xFFFD; len = 1; }
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<std::uint16_t>(cp));
    }
    i += len;
  }
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
