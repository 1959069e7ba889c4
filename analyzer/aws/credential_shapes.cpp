#include "aws/credential_shapes.h"

#include <array>

#include <fmt/format.h>

#include "core/text.h"

namespace credlint::aws {
namespace {

constexpr std::size_t kKeyIdLength = 20;
constexpr std::size_t kSecretLength = 40;
constexpr std::size_t kShortestPlausibleToken = 100;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_base64(char c) { return is_upper(c) || is_lower(c) || is_digit(c) || c == '+' || c == '/'; }

struct IdPrefix {
  std::string_view prefix;
  std::string_view entity;
};
// IAM unique-ID prefixes that are not access keys (IAM User Guide, "unique ID prefixes").
constexpr std::array<IdPrefix, 10> kNonKeyPrefixes = {{
    {"ABIA", "an AWS STS service bearer token ID"},
    {"ACCA", "a context-specific credential ID"},
    {"AGPA", "an IAM group ID"},
    {"AIDA", "an IAM user ID (from `aws iam get-user`), not an access key ID"},
    {"AIPA", "an EC2 instance profile ID"},
    {"ANPA", "a managed policy ID"},
    {"ANVA", "a managed policy version ID"},
    {"APKA", "a public key ID"},
    {"AROA", "an IAM role ID (the UserId of `aws sts get-caller-identity`), not an access key ID"},
    {"ASCA", "a certificate ID"},
}};

std::string describe_char(char c) {
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  if (c == '\r') return "a carriage return";
  if (c == '\n') return "a line break";
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  if (static_cast<unsigned char>(c) < 0x20) return "a control character";
  return fmt::format("'{}'", c);
}

}  // namespace

bool is_temporary_key_id(std::string_view value) { return value.substr(0, 4) == "ASIA"; }
bool is_long_term_key_id(std::string_view value) { return value.substr(0, 4) == "AKIA"; }

std::optional<std::string> access_key_id_problem(std::string_view value) {
  if (value.empty()) return "access key ID is empty";
  for (char c : value) {
    if (!is_upper(c) && !is_digit(c) && !is_lower(c)) {
      return fmt::format("access key ID contains {}; key IDs are 20 characters of A-Z and 2-7",
                         describe_char(c));
    }
  }
  bool has_lower = false;
  for (char c : value) has_lower = has_lower || is_lower(c);
  if (has_lower) return "access key ID has lower-case letters; key IDs are upper case (A-Z, 2-7)";
  const std::string_view prefix = value.substr(0, 4);
  for (const IdPrefix& other : kNonKeyPrefixes) {
    if (prefix == other.prefix) return fmt::format("value starts with {}: it is {}", other.prefix, other.entity);
  }
  if (prefix != "AKIA" && prefix != "ASIA") {
    return fmt::format("access key ID starts with '{}', not AKIA (long-term) or ASIA (temporary)",
                       value.substr(0, 4));
  }
  if (value.size() != kKeyIdLength) {
    return fmt::format("access key ID is {} characters, expected {} ({})", value.size(), kKeyIdLength,
                       value.size() < kKeyIdLength ? "truncated?" : "extra characters?");
  }
  for (char c : value.substr(4)) {
    if (c == '0' || c == '1' || c == '8' || c == '9') {
      return fmt::format("access key ID contains the digit {}, which AWS key IDs never use (base32: A-Z, 2-7); "
                         "was O read as 0 or I as 1?", c);
    }
  }
  return std::nullopt;
}

std::optional<std::string> secret_access_key_problem(std::string_view value) {
  if (value.empty()) return "secret access key is empty";
  if (value.find('\n') != std::string_view::npos) {
    return "secret access key is wrapped across lines (a continuation line was joined to it)";
  }
  for (char c : value) {
    if (!is_base64(c)) {
      return fmt::format("secret access key contains {}; secrets are 40 characters of A-Z, a-z, 0-9, + and /",
                         describe_char(c));
    }
  }
  if (value.size() != kSecretLength) {
    return fmt::format("secret access key is {} characters, expected {} ({})", value.size(), kSecretLength,
                       value.size() < kSecretLength ? "truncated?" : "extra characters?");
  }
  return std::nullopt;
}

std::optional<std::string> session_token_problem(std::string_view value) {
  if (value.empty()) return "session token is empty";
  if (value.find('\n') != std::string_view::npos) return "session token is cut by a line break";
  if (looks_like_access_key_id(value)) return "session token holds an access key ID";
  std::size_t padding = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '=') { ++padding; continue; }
    if (!is_base64(c) || padding > 0) {
      return fmt::format("session token contains {} at character {}; tokens are base64 (A-Z, a-z, 0-9, +, /, =)",
                         describe_char(c), i + 1);
    }
  }
  if (value.size() == kSecretLength) return "session token is 40 characters: it looks like a secret access key";
  if (value.size() < kShortestPlausibleToken) {
    return fmt::format("session token is only {} characters; STS tokens are several hundred (truncated?)",
                       value.size());
  }
  return std::nullopt;
}

bool looks_like_access_key_id(std::string_view value) {
  if (value.size() != kKeyIdLength || value[0] != 'A') return false;
  for (char c : value) {
    if (!is_upper(c) && !is_digit(c)) return false;
  }
  return value.substr(0, 4) == "AKIA" || value.substr(0, 4) == "ASIA";
}

bool looks_like_secret_access_key(std::string_view value) {
  if (value.size() != kSecretLength) return false;
  bool lower = false;
  bool upper = false;
  for (char c : value) {
    if (!is_base64(c)) return false;
    lower = lower || is_lower(c);
    upper = upper || is_upper(c);
  }
  return lower && upper;  // key IDs and hex digests are single-case
}

bool is_documentation_example(std::string_view value) {
  static constexpr std::array<std::string_view, 5> kExamples = {
      "AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"};
  for (std::string_view example : kExamples) {
    if (value == example) return true;
  }
  return false;
}

bool is_placeholder(std::string_view value) {
  const std::string lower = core::ascii_lower(value);
  if (lower.empty()) return false;
  if (lower.find("${") != std::string::npos || (lower.front() == '$' && lower.size() > 1)) return true;
  if (lower.front() == '<' || lower.find("{{") != std::string::npos || lower.front() == '%') return true;
  static constexpr std::array<std::string_view, 14> kWords = {
      "example", "xxxx", "your_", "your-", "yourkey", "changeme", "change_me", "replace", "placeholder",
      "dummy", "fake", "redacted", "todo", "****"};
  for (std::string_view word : kWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return lower == "test" || lower == "testing" || lower == "foo" || lower == "none" || lower == "null";
}

}  // namespace credlint::aws
