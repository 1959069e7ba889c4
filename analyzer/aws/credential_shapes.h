// What AWS credentials look like (aws-semantics.md §4): access key IDs, secret access
// keys and session tokens, the IAM ID prefixes people paste by mistake, documentation
// example keys and placeholders. Pure functions over strings; no rule logic. Problem
// texts never quote more of a value than one character or a key ID's 4-letter prefix.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

// nullopt when the value is well formed; otherwise the concrete problem, phrased for
// a message ("access key ID is 16 characters, expected 20 (truncated?)"). Checks run
// from the most telling to the least, and only the first problem found is returned:
// wrapped across lines, the wrong kind of credential in the slot, bad characters,
// case, prefix, length, and for key IDs the digits base32 never uses.
[[nodiscard]] std::optional<std::string> access_key_id_problem(std::string_view value);
[[nodiscard]] std::optional<std::string> secret_access_key_problem(std::string_view value);
[[nodiscard]] std::optional<std::string> session_token_problem(std::string_view value);

[[nodiscard]] bool is_temporary_key_id(std::string_view value);  // ASIA...
[[nodiscard]] bool is_long_term_key_id(std::string_view value);  // AKIA...

// Strict shapes, used to spot values in the wrong slot and literals in text.
// A well-formed AKIA/ASIA key ID: 20 upper-case letters and digits.
[[nodiscard]] bool looks_like_access_key_id(std::string_view value);
// 40 characters of base64 with both letter cases (key IDs and hex digests are single-case).
[[nodiscard]] bool looks_like_secret_access_key(std::string_view value);
// Starts like an STS token (IQoJb3JpZ2luX2Vj..., FwoGZXIvYXdzE...), or 100+ base64 characters.
[[nodiscard]] bool looks_like_session_token(std::string_view value);

// Loose shape: an AKIA/ASIA key ID, possibly damaged (16 to 24 upper-case letters and digits).
[[nodiscard]] bool resembles_access_key_id(std::string_view value);

// The key ID slot holds a secret access key and the secret slot holds a key ID: the
// two values were pasted into each other's place (AWS104 owns such a pair).
[[nodiscard]] bool looks_swapped(std::string_view key_id_slot, std::string_view secret_slot);

// Could the value be (a recognisable part of) a real credential, worth rotating if it
// leaks? Deliberately broader than the shapes above: truncated or lower-cased keys
// and wrapped tokens still give a key away. Placeholders are the caller's business.
[[nodiscard]] bool could_be_access_key_id(std::string_view value);
[[nodiscard]] bool could_be_secret_access_key(std::string_view value);
[[nodiscard]] bool could_be_session_token(std::string_view value);

// The value without spaces, tabs and carriage returns: inside a value they are AWS103's
// finding, so shape rules judge what is left (line breaks stay: a value wrapped across
// lines is a shape problem).
[[nodiscard]] std::string without_blanks(std::string_view value);

// AWS's documented example credentials: AKIA...EXAMPLE and the other published
// pairs, any 20-character AKIA/ASIA key ID ending in EXAMPLE, any 40-character secret
// ending in EXAMPLEKEY, and session tokens from the docs (they contain EXAMPLE).
[[nodiscard]] bool is_documentation_example(std::string_view value);
// Template values that are not meant to be credentials: ${VAR}, <your-key>, changeme,
// XXXXX runs, values containing EXAMPLE, and the test values of moto/localstack. Short
// words ("fake", "todo") count only as separate words, so a random token that happens
// to contain them is still a credential.
[[nodiscard]] bool is_placeholder(std::string_view value);

}  // namespace credlint::aws
