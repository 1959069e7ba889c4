// Small text helpers shared by every module: ASCII case and trimming, UTF-8 checks,
// UTF-16 lengths for SARIF columns, and edit distance for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace credlint::core {

[[nodiscard]] std::string ascii_lower(std::string_view text);
[[nodiscard]] bool is_blank_char(char c);  // space or tab: what the AWS parsers trim
[[nodiscard]] std::string_view trim_blanks(std::string_view text);
[[nodiscard]] std::string_view trim_ascii_whitespace(std::string_view text);  // + \r \n \v \f
[[nodiscard]] bool starts_with_icase(std::string_view text, std::string_view prefix);

// Length of valid UTF-8 text in UTF-16 code units; each invalid byte counts as one unit.
[[nodiscard]] std::size_t utf16_length(std::string_view utf8);
// Offset of the first byte that is not part of valid UTF-8, or npos.
[[nodiscard]] std::size_t find_invalid_utf8(std::string_view text);

// What a user meant by a config value: inline ` # comment`, surrounding quotes, blanks,
// \r, NBSP, zero-width characters and BOMs removed. Rules compare it with what each
// SDK or loader actually reads.
[[nodiscard]] std::string strip_value_decoration(std::string_view raw);

// Damerau-free Levenshtein distance, capped: returns cap+1 once the distance exceeds cap.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b,
                                        std::size_t cap = 64);

}  // namespace credlint::core
