#include "aws/redaction.h"

#include <fmt/format.h>

namespace credlint::aws {
namespace {

constexpr std::size_t kShownPrefix = 4;
constexpr std::size_t kShownSuffix = 4;
// A run of base64 characters this long is treated as a possible secret in free text.
constexpr std::size_t kSecretRunLength = 16;

bool is_secret_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '/' || c == '=';
}

bool looks_like_key_id_run(std::string_view run) {
  if (run.size() < 16 || run.size() > 24 || run[0] != 'A') return false;
  for (char c : run) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Free text such as "SignatureDoesNotMatch" or a long path is not a secret: require
// digits or '+' / '/' mixed with letters of both cases, or a single-case key-ID shape.
// CamelCase identifiers such as `Ec2InstanceMetadata` or `EcsContainer`: every capital
// starts a word of lower-case letters or digits. Random base64 of secret length almost
// never has that shape.
bool is_camel_case_word(std::string_view run) {
  if (run.size() >= 40 || run.empty() || !(run[0] >= 'A' && run[0] <= 'Z')) return false;
  for (std::size_t i = 0; i < run.size(); ++i) {
    const char c = run[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!upper && !lower_or_digit) return false;
    if (upper && (i + 1 >= run.size() || !((run[i + 1] >= 'a' && run[i + 1] <= 'z') || (run[i + 1] >= '0' && run[i + 1] <= '9')))) {
      return false;
    }
  }
  return true;
}

bool looks_secret(std::string_view run) {
  if (is_camel_case_word(run)) return false;
  bool lower = false, upper = false, digit = false, symbol = false;
  for (char c : run) {
    lower |= c >= 'a' && c <= 'z';
    upper |= c >= 'A' && c <= 'Z';
    digit |= c >= '0' && c <= '9';
    symbol |= c == '+' || c == '/' || c == '=';
  }
  return (lower && upper && (digit || symbol)) || (upper && digit && run.size() >= 20);
}

}  // namespace

std::string redact_key_id(std::string_view key_id) {
  if (key_id.size() < kShownPrefix + kShownSuffix + 4) {
    return std::string(key_id.substr(0, std::min(key_id.size(), kShownPrefix))) +
           std::string(key_id.size() > kShownPrefix ? key_id.size() - kShownPrefix : 0, '*');
  }
  return mask_in_place(key_id, /*is_key_id=*/true);
}

std::string redact_secret(std::string_view secret) {
  return fmt::format("<redacted, {} characters>", secret.size());
}

std::string mask_in_place(std::string_view value, bool is_key_id) {
  std::string out(value.size(), '*');
  if (is_key_id && value.size() >= kShownPrefix + kShownSuffix + 4) {
    out.replace(0, kShownPrefix, value.substr(0, kShownPrefix));
    out.replace(value.size() - kShownSuffix, kShownSuffix, value.substr(value.size() - kShownSuffix));
  }
  return out;
}

std::string scrub_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_secret_char(text[i])) { out += text[i++]; continue; }
    std::size_t j = i;
    while (j < text.size() && is_secret_char(text[j])) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (run.size() >= kSecretRunLength && looks_like_key_id_run(run)) {
      out += redact_key_id(run);
    } else if (run.size() >= kSecretRunLength && looks_secret(run)) {
      out += mask_in_place(run, /*is_key_id=*/false);
    } else {
      out += run;
    }
    i = j;
  }
  return out;
}

}  // namespace credlint::aws
