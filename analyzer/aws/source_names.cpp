#include "aws/source_names.h"

#include <array>
#include <utility>

#include "aws/regions.h"

namespace credlint::aws {
namespace {

// Lower case without `_`, `-`, quotes, Ruby's symbol colon or PHP's `$`.
std::string normalise_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '_' || c == '-' || c == '"' || c == '\'' || c == ':' || c == '$' || c == '`') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

using facts::FactKind;
constexpr std::array<std::pair<std::string_view, FactKind>, 27> kNames = {{
    {"awsaccesskeyid", FactKind::AccessKeyId},   {"accesskeyid", FactKind::AccessKeyId},
    {"awsaccesskey", FactKind::AccessKeyId},     {"awssecretaccesskey", FactKind::SecretAccessKey},
    {"secretaccesskey", FactKind::SecretAccessKey}, {"awssecretkey", FactKind::SecretAccessKey},
    {"awssessiontoken", FactKind::SessionToken}, {"sessiontoken", FactKind::SessionToken},
    {"awssecuritytoken", FactKind::SessionToken}, {"region", FactKind::Region},
    {"regionname", FactKind::Region},            {"awsregion", FactKind::Region},
    {"awsdefaultregion", FactKind::Region},      {"signingregion", FactKind::Region},
    {"profile", FactKind::Profile},              {"profilename", FactKind::Profile},
    {"awsprofile", FactKind::Profile},           {"awsdefaultprofile", FactKind::Profile},
    {"endpoint", FactKind::Endpoint},            {"endpointurl", FactKind::Endpoint},
    {"awsendpointurl", FactKind::Endpoint},      {"baseendpoint", FactKind::Endpoint},
    {"serviceurl", FactKind::Endpoint},          {"endpointoverride", FactKind::Endpoint},
    {"regionendpoint", FactKind::Region},        {"authenticationregion", FactKind::Region},
    {"awsprofilename", FactKind::Profile},
}};

std::string upper_snake(std::string_view code) {
  std::string out;
  for (char c : code) out.push_back(c == '-' ? '_' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
  return out;
}

// .NET RegionEndpoint field names (aws-semantics.md §6.4): first part upper case, later
// parts title case, digits kept; us-gov-* -> USGovCloud*, cn-northwest-1 -> CNNorthWest1.
std::string dotnet_field(std::string_view code) {
  if (code == "cn-northwest-1") return "CNNorthWest1";
  std::string out;
  std::size_t start = 0;
  bool first = true;
  while (start <= code.size()) {
    std::size_t dash = code.find('-', start);
    if (dash == std::string_view::npos) dash = code.size();
    std::string part(code.substr(start, dash - start));
    if (first) {
      for (char& c : part) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    } else if (!part.empty() && part[0] >= 'a' && part[0] <= 'z') {
      part[0] = static_cast<char>(part[0] - 'a' + 'A');
    }
    if (!first && part == "Gov") part = "GovCloud";
    if (!first && part == "Isoe") part = "Isoe";
    out += part;
    first = false;
    start = dash + 1;
  }
  return out;
}

// Go v1 endpoints constants: every part title-cased, then "RegionID"
// (us-east-1 -> UsEast1RegionID, cn-northwest-1 -> CnNorthwest1RegionID).
std::string go_v1_constant(std::string_view code) {
  std::string out;
  bool word_start = true;
  for (char c : code) {
    if (c == '-') {
      word_start = true;
      continue;
    }
    out.push_back(word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    word_start = false;
  }
  return out + "RegionID";
}

}  // namespace

std::optional<facts::FactKind> fact_kind_for_name(std::string_view name) {
  const std::string key = normalise_name(name);
  for (const auto& [known, kind] : kNames) {
    if (key == known) return kind;
  }
  if (key == "roletoassume" || (key.size() > 3 && key.ends_with("arn"))) return FactKind::Arn;
  // A credential name with a prefix of the project's own (PARTNER_AWS_ACCESS_KEY_ID,
  // S3_SECRET_ACCESS_KEY, legacyAwsSessionToken) still holds that credential. Only the
  // unambiguous credential names: a prefixed `region` or `profile` may mean anything.
  for (const auto& [suffix, kind] : {std::pair<std::string_view, FactKind>{"accesskeyid", FactKind::AccessKeyId},
                                     {"secretaccesskey", FactKind::SecretAccessKey},
                                     {"awssessiontoken", FactKind::SessionToken}}) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) return kind;
  }
  return std::nullopt;
}

std::optional<std::string> region_from_constant(std::string_view expression) {
  const std::size_t cut = expression.find_last_of(".:");
  if (cut == std::string_view::npos || cut == 0) return std::nullopt;
  const std::string_view constant = expression.substr(cut + 1);
  std::string_view qualifier = expression.substr(0, cut);
  while (!qualifier.empty() && (qualifier.back() == ':' || qualifier.back() == '.')) qualifier.remove_suffix(1);
  const std::size_t start = qualifier.find_last_of(".:");
  if (start != std::string_view::npos) qualifier = qualifier.substr(start + 1);
  if (qualifier == "Regions") {  // Java v1: a hand-written enum with two odd names
    if (constant == "GovCloud") return "us-gov-west-1";
    if (constant == "DEFAULT_REGION") return "us-west-2";
  }
  if (qualifier == "Region" || qualifier == "Regions") {
    if (constant == "AWS_GLOBAL") return "aws-global";
    for (const Region& region : all_regions()) {
      if (upper_snake(region.code) == constant) return region.code;
    }
    return std::nullopt;
  }
  if (qualifier == "RegionEndpoint") {
    for (const Region& region : all_regions()) {
      if (dotnet_field(region.code) == constant) return region.code;
    }
  }
  if (qualifier == "endpoints" && constant.ends_with("RegionID")) {  // Go v1 endpoints.UsEast1RegionID
    for (const Region& region : all_regions()) {
      if (go_v1_constant(region.code) == constant) return region.code;
    }
  }
  return std::nullopt;
}

}  // namespace credlint::aws
