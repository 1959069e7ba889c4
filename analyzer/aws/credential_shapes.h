// What AWS credentials look like (aws-semantics.md §4): access key IDs, secret access
// keys and session tokens, the IAM ID prefixes people paste by mistake, documentation
// example keys and placeholders. Pure functions over strings; no rule logic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace credlint::aws {

// nullopt when the key ID is well formed; otherwise the concrete problem, phrased for
// a message ("is 16 characters, expected 20 (truncated?)").
[[nodiscard]] std::optional<std::string> access_key_id_problem(std::string_view value);
[[nodiscard]] std::optional<std::string> secret_access_key_problem(std::string_view value);
[[nodiscard]] std::optional<std::string> session_token_problem(std::string_view value);

[[nodiscard]] bool is_temporary_key_id(std::string_view value);  // ASIA...
[[nodiscard]] bool is_long_term_key_id(std::string_view value);  // AKIA...
// Shapes used to spot values in the wrong slot (AWS104) and literals in text.
[[nodiscard]] bool looks_like_access_key_id(std::string_view value);
[[nodiscard]] bool looks_like_secret_access_key(std::string_view value);

// AWS's documented example credentials (AKIAIOSFODNN7EXAMPLE and friends).
[[nodiscard]] bool is_documentation_example(std::string_view value);
// Template values that are not meant to be credentials: ${VAR}, <your-key>, changeme,
// xxxx, values containing EXAMPLE, and the test values of moto/localstack.
[[nodiscard]] bool is_placeholder(std::string_view value);

}  // namespace credlint::aws
