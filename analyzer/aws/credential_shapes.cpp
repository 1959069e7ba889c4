#include "aws/credential_shapes.h"

#include <array>
#include <vector>

#include <fmt/format.h>

#include "core/text.h"

namespace credlint::aws {
namespace {

constexpr std::size_t kKeyIdLength = 20;
constexpr std::size_t kKeyIdPrefixLength = 4;
// STS GetAccessKeyInfo accepts key IDs from 16 characters; real ones are 20.
constexpr std::size_t kShortestKeyIdLookAlike = 16;
constexpr std::size_t kLongestKeyIdLookAlike = 24;
constexpr std::size_t kSecretLength = 40;
// AWS documents no fixed token size; real STS, SSO and IMDS tokens are several hundred
// characters, so anything under 100 was cut short (aws-semantics.md §4.3).
constexpr std::size_t kShortestPlausibleToken = 100;
constexpr std::size_t kMaxBase64Padding = 2;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_upper(c) || is_lower(c) || is_digit(c); }
bool is_base64(char c) { return is_alnum(c) || c == '+' || c == '/'; }

bool all_of(std::string_view value, bool (*predicate)(char)) {
  for (char c : value) {
    if (!predicate(c)) return false;
  }
  return true;
}
bool any_of(std::string_view value, bool (*predicate)(char)) {
  for (char c : value) {
    if (predicate(c)) return true;
  }
  return false;
}
bool is_upper_or_digit(char c) { return is_upper(c) || is_digit(c); }
bool is_base64_or_padding(char c) { return is_base64(c) || c == '='; }
bool is_line_break(char c) { return c == '\n'; }

bool has_key_id_prefix(std::string_view value) {
  return is_long_term_key_id(value) || is_temporary_key_id(value);
}

struct IdPrefix {
  std::string_view prefix;
  std::string_view entity;
};
// IAM unique-ID prefixes that are not access keys (IAM User Guide, "unique ID prefixes";
// aws-semantics.md §4.1). AIDA and AROA are the common paste errors.
constexpr std::array<IdPrefix, 10> kNonKeyPrefixes = {{
    {"ABIA", "an AWS STS service bearer token ID"},
    {"ACCA", "a context-specific credential ID"},
    {"AGPA", "an IAM group ID"},
    {"AIDA", "an IAM user's unique ID (the UserId of `aws iam get-user`)"},
    {"AIPA", "an EC2 instance profile ID"},
    {"ANPA", "a managed policy ID"},
    {"ANVA", "a managed policy version ID"},
    {"APKA", "a public key ID (CloudFront key pairs use it too)"},
    {"AROA", "an IAM role's unique ID (the UserId of `aws sts get-caller-identity`)"},
    {"ASCA", "a certificate ID"},
}};

// How current and older STS tokens start (base64 of their binary header, §4.3).
constexpr std::array<std::string_view, 5> kTokenPrefixes = {
    "IQoJb3JpZ2luX2Vj", "AgoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE", "FQoGZXIvYXdzE", "AQoDYXdzE"};

bool has_token_prefix(std::string_view value) {
  for (std::string_view prefix : kTokenPrefixes) {
    if (value.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

std::string describe_char(char c) {
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  if (c == '\r') return "a carriage return";
  if (c == '\n') return "a line break";
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
  return fmt::format("'{}'", c);
}

// The first character that fails `allowed`, as "'-' at character 5".
std::optional<std::string> first_bad_char(std::string_view value, bool (*allowed)(char)) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!allowed(value[i])) return fmt::format("{} at character {}", describe_char(value[i]), i + 1);
  }
  return std::nullopt;
}

std::string length_problem(std::string_view what, std::size_t actual, std::size_t expected) {
  return fmt::format("{} is {} characters, expected {} ({})", what, actual, expected,
                     actual < expected ? "truncated?" : "extra characters?");
}

// Digits base32 never uses, with the letter they are usually misread from.
std::optional<std::string> non_base32_digit(std::string_view body) {
  for (char c : body) {
    switch (c) {
      case '0': return "the digit 0 (the letter O?)";
      case '1': return "the digit 1 (the letter I or L?)";
      case '8': return "the digit 8 (the letter B?)";
      case '9': return "the digit 9";
      default: break;
    }
  }
  return std::nullopt;
}

// Split literals keep these out of secret scanners' way; they are AWS's published values.
constexpr std::array<std::string_view, 5> kDocumentedExamples = {
    "AKIA" "IOSFODNN7EXAMPLE", "ASIA" "IOSFODNN7EXAMPLE", "AKIA" "I44QH8DHBEXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/" "bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/" "h3yCo8nvbEXAMPLEKEY"};

bool ends_with(std::string_view value, std::string_view suffix) {
  return value.size() >= suffix.size() && value.substr(value.size() - suffix.size()) == suffix;
}

// ---- placeholders ----------------------------------------------------------------------

bool is_single_case_form(std::string_view text) {
  // all lower, ALL UPPER or Capitalised: how people write words, rarely how random text reads
  return !any_of(text.substr(1), is_upper) || !any_of(text, is_lower);
}

// `word` occurs (case-insensitively) in a form people type: see is_single_case_form.
bool contains_word_form(std::string_view value, std::string_view lower_word) {
  const std::string lower = core::ascii_lower(value);
  for (std::size_t at = lower.find(lower_word); at != std::string::npos; at = lower.find(lower_word, at + 1)) {
    if (is_single_case_form(value.substr(at, lower_word.size()))) return true;
  }
  return false;
}

// Words between characters no credential contains ('-', '_', '.', ' ', ...); '+' and '/'
// belong to base64, so a random token stays one word.
std::vector<std::string> separated_words(std::string_view value) {
  std::vector<std::string> words;
  std::string current;
  for (char c : value) {
    if (is_base64(c)) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(core::ascii_lower(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(core::ascii_lower(current));
  return words;
}

bool has_x_run(std::string_view value) {
  std::size_t run = 0;
  char run_char = 0;
  for (char c : value) {
    if ((c == 'x' || c == 'X') && (run == 0 || c == run_char)) {
      run_char = c;
      if (++run >= 4) return true;
    } else {
      run = (c == 'x' || c == 'X') ? 1 : 0;
      run_char = c;
    }
  }
  return false;
}

bool only_x_and_separators(std::string_view value) {
  std::size_t xs = 0;
  for (char c : value) {
    if (c == 'x' || c == 'X') {
      ++xs;
    } else if (c != '-' && c != '_' && c != '.' && c != ' ') {
      return false;
    }
  }
  return xs >= 3;
}

}  // namespace

bool is_temporary_key_id(std::string_view value) { return value.substr(0, kKeyIdPrefixLength) == "ASIA"; }
bool is_long_term_key_id(std::string_view value) { return value.substr(0, kKeyIdPrefixLength) == "AKIA"; }

std::optional<std::string> access_key_id_problem(std::string_view value) {
  if (value.empty()) return "access key ID is empty";
  if (any_of(value, is_line_break)) {
    return "access key ID is wrapped across lines";
  }
  if (looks_like_session_token(value)) return "the access key ID slot holds a session token, not a key ID";
  if (looks_like_secret_access_key(value)) {
    return "the access key ID slot holds a 40-character value shaped like a secret access key, not a key ID";
  }
  if (auto bad = first_bad_char(value, is_alnum)) {
    return fmt::format("access key ID contains {}; key IDs are 20 characters of A-Z and 2-7", *bad);
  }
  if (any_of(value, is_lower)) {
    const bool all_lower = !any_of(value, is_upper);
    return fmt::format("access key ID is {}; key IDs are upper case (A-Z, 2-7) and AWS compares them exactly",
                       all_lower ? "in lower case" : "partly in lower case");
  }
  const std::string_view prefix = value.substr(0, kKeyIdPrefixLength);
  for (const IdPrefix& other : kNonKeyPrefixes) {
    if (prefix == other.prefix) {
      return fmt::format("value starts with {}: it is {}, not an access key ID (those start with AKIA or ASIA)",
                         other.prefix, other.entity);
    }
  }
  if (!has_key_id_prefix(value)) {
    return fmt::format("access key ID starts with '{}', not AKIA (long-term key) or ASIA (temporary key)", prefix);
  }
  if (value.size() != kKeyIdLength) return length_problem("access key ID", value.size(), kKeyIdLength);
  if (auto digit = non_base32_digit(value.substr(kKeyIdPrefixLength))) {
    return fmt::format("access key ID contains {}, which AWS key IDs never use (they are base32: A-Z and 2-7)",
                       *digit);
  }
  return std::nullopt;
}

std::optional<std::string> secret_access_key_problem(std::string_view value) {
  if (value.empty()) return "secret access key is empty";
  if (any_of(value, is_line_break)) {
    return "secret access key is wrapped across lines";
  }
  if (resembles_access_key_id(value)) {
    return "the secret access key slot holds an access key ID, not a secret";
  }
  if (looks_like_session_token(value)) return "the secret access key slot holds a session token, not a secret";
  if (auto bad = first_bad_char(value, is_base64)) {
    return fmt::format("secret access key contains {}; secrets are 40 characters of A-Z, a-z, 0-9, + and /", *bad);
  }
  if (value.size() != kSecretLength) return length_problem("secret access key", value.size(), kSecretLength);
  return std::nullopt;
}

std::optional<std::string> session_token_problem(std::string_view value) {
  if (value.empty()) return "session token is empty";
  if (any_of(value, is_line_break)) return "session token is cut by a line break";
  if (resembles_access_key_id(value)) return "the session token slot holds an access key ID, not a token";
  if (!has_token_prefix(value) && looks_like_secret_access_key(value)) {
    return "the session token slot holds a 40-character value shaped like a secret access key, not a token";
  }
  // Base64 with at most two '=' of padding at the very end.
  std::size_t body = value.size();
  while (body > 0 && value.size() - body < kMaxBase64Padding && value[body - 1] == '=') --body;
  if (auto bad = first_bad_char(value.substr(0, body), is_base64)) {
    return fmt::format("session token contains {}; tokens are base64 (A-Z, a-z, 0-9, +, / and = at the end)", *bad);
  }
  if (value.size() < kShortestPlausibleToken) {
    return fmt::format("session token is only {} characters; STS tokens are several hundred (truncated?)",
                       value.size());
  }
  return std::nullopt;
}

bool looks_like_access_key_id(std::string_view value) {
  return value.size() == kKeyIdLength && has_key_id_prefix(value) && all_of(value, is_upper_or_digit);
}

bool looks_like_secret_access_key(std::string_view value) {
  return value.size() == kSecretLength && all_of(value, is_base64) && any_of(value, is_lower) &&
         any_of(value, is_upper);
}

bool looks_like_session_token(std::string_view value) {
  if (has_token_prefix(value) && all_of(value, is_base64_or_padding)) return true;
  return value.size() >= kShortestPlausibleToken && all_of(value, is_base64_or_padding) && any_of(value, is_lower) &&
         any_of(value, is_upper);
}

bool resembles_access_key_id(std::string_view value) {
  return value.size() >= kShortestKeyIdLookAlike && value.size() <= kLongestKeyIdLookAlike &&
         has_key_id_prefix(value) && all_of(value, is_upper_or_digit);
}

bool looks_swapped(std::string_view key_id_slot, std::string_view secret_slot) {
  return looks_like_secret_access_key(key_id_slot) && resembles_access_key_id(secret_slot);
}

bool could_be_access_key_id(std::string_view value) {
  const std::string upper_prefix = [&] {
    std::string prefix(value.substr(0, kKeyIdPrefixLength));
    for (char& c : prefix) {
      if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
    }
    return prefix;
  }();
  return value.size() >= kShortestKeyIdLookAlike && value.size() <= 2 * kKeyIdLength && all_of(value, is_alnum) &&
         (upper_prefix == "AKIA" || upper_prefix == "ASIA");
}

bool could_be_secret_access_key(std::string_view value) {
  const std::string joined = without_blanks(value);
  std::string text;
  for (char c : joined) {
    if (c != '\n') text += c;
  }
  // A truncated or padded secret still gives most of it away; hex digests and words do not
  // mix cases.
  return text.size() >= kSecretLength * 3 / 4 && text.size() <= kSecretLength * 3 / 2 && all_of(text, is_base64) &&
         any_of(text, is_lower) && any_of(text, is_upper);
}

bool could_be_session_token(std::string_view value) {
  std::string text;
  for (char c : value) {
    if (c != '\n' && c != ' ' && c != '\t') text += c;
  }
  if (!all_of(text, is_base64_or_padding)) return false;
  return has_token_prefix(text) || (text.size() >= kSecretLength && any_of(text, is_lower) && any_of(text, is_upper));
}

std::string without_blanks(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (!core::is_blank_char(c) && c != '\r') out += c;
  }
  return out;
}

bool is_documentation_example(std::string_view value) {
  for (std::string_view example : kDocumentedExamples) {
    if (value == example) return true;
  }
  // The docs follow one convention: key IDs end in EXAMPLE, secrets in EXAMPLEKEY, and
  // sample tokens spell EXAMPLE somewhere. A random key ends so once in 32^7.
  if (value.size() == kKeyIdLength && has_key_id_prefix(value) && all_of(value, is_upper_or_digit) &&
      ends_with(value, "EXAMPLE")) {
    return true;
  }
  if (value.size() == kSecretLength && all_of(value, is_base64) && ends_with(value, "EXAMPLEKEY")) return true;
  return value.size() >= kShortestPlausibleToken && all_of(value, is_base64_or_padding) &&
         value.find("EXAMPLE") != std::string_view::npos;
}

bool is_placeholder(std::string_view value) {
  if (value.empty()) return false;
  // Template references: ${VAR}, $VAR, {{ var }}, <your key>, %VAR%.
  if (value.find("${") != std::string_view::npos || (value.front() == '$' && value.size() > 1)) return true;
  if (value.front() == '<' || value.find("{{") != std::string_view::npos || value.front() == '%') return true;
  if (value.find("****") != std::string_view::npos || has_x_run(value) || only_x_and_separators(value)) return true;
  // Long words: a random token spells them (in one case) once in 64^5 or rarer.
  static constexpr std::array<std::string_view, 9> kLongWords = {
      "example", "changeme", "change_me", "replace", "placeholder", "dummy", "redacted", "your_", "your-"};
  for (std::string_view word : kLongWords) {
    if (contains_word_form(value, word)) return true;
  }
  if (core::ascii_lower(value.substr(0, 4)) == "your") return true;  // YourAccessKey, yourkey
  // Short words only between separators (my-fake-key, TODO_SECRET) or as the whole value.
  static constexpr std::array<std::string_view, 13> kShortWords = {
      "fake", "todo", "test", "testing", "sample", "foo", "bar", "baz", "none", "null", "nil", "mock", "secret"};
  const std::vector<std::string> words = separated_words(value);
  for (const std::string& word : words) {
    for (std::string_view short_word : kShortWords) {
      if (word == short_word) return true;
    }
  }
  return false;
}

}  // namespace credlint::aws
