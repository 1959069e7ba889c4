// The only way credential values reach any output. A key ID shows its 4-character
// prefix and last four characters; secret keys and session tokens show nothing but
// their length. `scrub_text` is the safety net for free text (snippets, quoted values):
// anything shaped like a secret is masked before it is printed.
#pragma once

#include <string>
#include <string_view>

namespace credlint::aws {

// "ASIA************WXYZ"; short values keep only the prefix.
[[nodiscard]] std::string redact_key_id(std::string_view key_id);
// "<redacted, 40 characters>"
[[nodiscard]] std::string redact_secret(std::string_view secret);
// Masks every secret-shaped run (key IDs keep prefix and last four).
[[nodiscard]] std::string scrub_text(std::string_view text);
// Same length as the input, characters replaced by '*' except a key ID's prefix and
// last four: used where a caret must stay under its column.
[[nodiscard]] std::string mask_in_place(std::string_view value, bool is_key_id);

}  // namespace credlint::aws
