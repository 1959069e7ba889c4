// Helpers shared by rules: walking profile sections and facts, naming what a finding
// is about (its line-independent identity), and the SDK wording messages reuse.
#pragma once

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "aws/credential_shapes.h"
#include "aws/redaction.h"
#include "engine/rule.h"
#include "facts/fact.h"
#include "parse/ini/profile_document.h"

namespace credlint::rules {

using core::FileKind;
using engine::AnalyzedFile;
using engine::FindingSink;
using engine::ScanContext;
using facts::Fact;
using facts::FactKind;
using facts::Scope;

// The profile kinds every profile-file rule applies to.
inline constexpr engine::FileKinds kProfileFiles = {FileKind::Config, FileKind::Credentials};

// How messages name the two INI parsers that most often read a line differently from the
// others. (ini::sdk_display_name(Sdk::Standard) says "the standard SDK parser (...)".)
inline constexpr std::string_view kBotocore = "botocore (AWS CLI, boto3)";
inline constexpr std::string_view kStandardParser = "the standard parser (Java v2, Rust, Kotlin)";

// "profile \"dev\" in the config file/aws_access_key_id": what a finding is about,
// stable when lines move (used for fingerprints; never holds a value).
inline std::string identity(const Scope& scope, const Fact& fact) {
  return fmt::format("{}/{}", scope.description, fact.name);
}

inline std::string identity(const ini::Section& section, std::string_view what) {
  return fmt::format("[{}]/{}", section.inner, what);
}

// A value as a message may show it: key IDs redacted, anything else scrubbed.
inline std::string shown(const Fact& fact) {
  // The key-ID slot may hold a pasted secret: only key-ID-shaped values keep prefix and suffix.
  if (fact.kind == FactKind::AccessKeyId) {
    return aws::could_be_access_key_id(fact.intended) && !aws::looks_like_secret_access_key(fact.intended)
               ? aws::redact_key_id(fact.intended)
               : aws::redact_secret(fact.intended);
  }
  if (fact.kind == FactKind::SecretAccessKey || fact.kind == FactKind::SessionToken) {
    return aws::redact_secret(fact.intended);
  }
  return aws::scrub_text(fact.intended);
}

// "a, b and c": items named by `name_of` as a sentence lists them; `last` = " or "
// gives "a, b or c".
template <typename Items, typename NameOf>
std::string join_list_of(const Items& items, NameOf&& name_of, std::string_view last = " and ") {
  std::string out;
  std::size_t i = 0;
  for (const auto& item : items) {
    if (i > 0) out += i + 1 == std::size(items) ? last : std::string_view(", ");
    out += name_of(item);
    ++i;
  }
  return out;
}

inline std::string join_list(const std::vector<std::string>& items, std::string_view last = " and ") {
  const auto as_is = [](const std::string& item) -> const std::string& { return item; };
  return join_list_of(items, as_is, last);
}

}  // namespace credlint::rules
