// The parsed form of one AWS shared `config` or `credentials` file, as credlint's own
// reader produces it (see profile_reader.h). Every header, key and value keeps its raw
// bytes and exact span, and every place where the SDKs read the same bytes differently
// is recorded, so rules can say "the AWS CLI reads this value as ...". Nothing here is
// normalised beyond what the cross-SDK standard parser ("SDK-std": Rust, Kotlin, Java v2)
// does; rules decide what else matters.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/span.h"

namespace credlint::ini {

enum class ProfileFileKind { Config, Credentials };

// The SDK families whose readings differ (aws-semantics.md §1.3, §1.6).
enum class Sdk { Standard, Botocore, GoV2, JsV3 };
inline constexpr std::array<Sdk, 4> kAllSdks = {Sdk::Standard, Sdk::Botocore, Sdk::GoV2, Sdk::JsV3};
const char* sdk_display_name(Sdk sdk);

enum class SectionKind { Profile, SsoSession, Services, Ignored };

// How one SDK reads a section header: which kind of section, under which name.
struct HeaderReading {
  SectionKind kind = SectionKind::Ignored;
  std::string name;
  friend bool operator==(const HeaderReading&, const HeaderReading&) = default;
};

struct SubProperty {
  std::size_t line = 0;
  std::string key;  // lower-cased
  std::string value;
  core::Span name_span;
  core::Span value_span;
};

struct Property {
  std::size_t line = 0;
  std::string name;            // as written
  std::string key;             // lower-cased, as every SDK but JS v3 reads it
  bool name_valid = true;      // SDK-std property-name charset [A-Za-z0-9_-]
  char delimiter = '=';        // '=' or ':' (':' only botocore and Go v2 accept)
  core::Span name_span;
  core::Span raw_value_span;   // everything after the delimiter on the first line
  core::Span value_span;       // the SDK-std value on the first line (trimmed, no comment)
  std::optional<core::Span> inline_comment;  // ` # c` / ` ; c` that SDK-std strips
  std::string value;           // SDK-std value, continuation lines joined with '\n'
  std::string botocore_value;  // the AWS CLI / boto3 reading (keeps inline comments)
  std::vector<core::Span> continuations;     // spans of continuation lines (trimmed)
  bool opens_sub_properties = false;         // `s3 =` followed by indented `k = v`
  std::vector<SubProperty> sub_properties;
};

struct Section {
  std::size_t line = 0;        // 0 for the implicit section of lines before any header
  core::Span header_span;      // `[...]` including brackets
  core::Span name_span;        // the name inside the header (or the whole inner text)
  std::string inner;           // raw text between the brackets
  // configparser's section name (botocore, AWS CLI): the text between '[' and the LAST ']'
  // of the stripped line, untrimmed; botocore compares these raw names for duplicates.
  // Empty when configparser sees no header on the line.
  std::string botocore_section;
  // JS v3 recognises the line as a header at all. When it does not (`[profile a]# c`, an
  // unterminated header), JS v3 adds the properties below to the previous section.
  bool js_header_seen = true;
  bool has_header = true;
  bool bare_default = false;   // `[default]` in a config file (loses to `[profile default]`)
  bool name_valid = true;      // SDK-std profile-name charset
  // SDK-std reading; kind Ignored for sections the standard parser drops.
  SectionKind kind = SectionKind::Ignored;
  std::string name;
  std::array<HeaderReading, 4> readings;  // indexed by Sdk
  std::vector<Property> properties;

  [[nodiscard]] const HeaderReading& reading(Sdk sdk) const {
    return readings[static_cast<std::size_t>(sdk)];
  }
};

enum class DiagnosticCode {
  ByteOrderMark,
  UnterminatedHeader,
  PropertyOutsideSection,
  MissingEquals,
  ColonDelimiter,
  EmptyPropertyName,
  ContinuationWithoutProperty,
  SubPropertyMissingEquals,
  EmptySubPropertyName,
  InvalidUtf8,  // not fatal to the standard parser; botocore cannot decode the file
};

struct Diagnostic {
  DiagnosticCode code;
  std::size_t line = 0;
  core::Span span;
  std::string message;  // SDK-std parser wording where it has one
  bool fatal = true;    // the standard parser rejects the whole file
};

struct ProfileDocument {
  ProfileFileKind kind = ProfileFileKind::Config;
  bool byte_order_mark = false;
  std::vector<Section> sections;
  std::vector<Diagnostic> diagnostics;

  [[nodiscard]] bool parsed_by_standard_sdks() const;
};

}  // namespace credlint::ini
