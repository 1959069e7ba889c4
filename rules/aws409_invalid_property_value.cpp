// AWS409 invalid-property-value: a value its property cannot take (a role ARN that is not
// a role ARN, a duration STS refuses, a boolean that is not true/false, ...).
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <vector>

#include "aws/environment_variables.h"
#include "aws/properties.h"
#include "aws/regions.h"
#include "core/text.h"
#include "parse/ini/profile_facts.h"
#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

using ini::Property;
using ini::Section;
using ini::SectionKind;

// What is wrong with a value, and what the SDKs do with it.
struct Verdict {
  std::string problem;  // "is an IAM user ARN, not a role ARN"
  std::string effect;   // "STS rejects ..."
};

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// IAM/STS name characters: [\w+=,.@-], plus '/' and ':' where the API allows them.
bool only_iam_chars(std::string_view text, std::string_view extra = "") {
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return is_word_char(c) || std::string_view("+=,.@-").find(c) != std::string_view::npos ||
           extra.find(c) != std::string_view::npos;
  });
}

const std::set<std::string>& partitions() {
  static const std::set<std::string> names = [] {
    std::set<std::string> out;
    for (const aws::Region& region : aws::all_regions()) out.insert(region.partition);
    return out;
  }();
  return names;
}

std::string without_separators(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '-' && c != ' ') out += c;
  }
  return out;
}

struct Arn {
  std::string_view partition, service, region, account, resource;
};

// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE (the resource may hold ':').
std::optional<Arn> parse_arn(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (parts.size() < 5) {
    const std::size_t colon = text.find(':', start);
    if (colon == std::string_view::npos) return std::nullopt;
    parts.push_back(text.substr(start, colon - start));
    start = colon + 1;
  }
  if (parts[0] != "arn") return std::nullopt;
  return Arn{parts[1], parts[2], parts[3], parts[4], text.substr(start)};
}

std::string_view resource_type(std::string_view resource) { return resource.substr(0, resource.find('/')); }

// Checks shared by role and MFA device ARNs: IAM, global, in a known partition, with an
// account ID.
std::optional<std::string> iam_arn_problem(const Arn& arn) {
  if (partitions().count(std::string(arn.partition)) == 0) {
    return fmt::format("has partition \"{}\", which is not an AWS partition (aws, aws-cn, aws-us-gov, ...)",
                       aws::scrub_text(arn.partition));
  }
  if (arn.service != "iam") return fmt::format("names service \"{}\", not iam", aws::scrub_text(arn.service));
  if (!arn.region.empty()) {
    return fmt::format("has a region (\"{}\"), but IAM ARNs have none: arn:{}:iam::ACCOUNT:...",
                       aws::scrub_text(arn.region), arn.partition);
  }
  if (const std::string digits = without_separators(arn.account);
      digits != arn.account && digits.size() == 12 && all_digits(digits)) {
    return "has an account ID written with separators; ARNs use the 12 digits only";
  }
  if (!all_digits(arn.account) || arn.account.size() != 12) {
    return fmt::format("has account ID \"{}\", which is not 12 digits", aws::scrub_text(arn.account));
  }
  return std::nullopt;
}

constexpr std::string_view kAssumeRoleFails =
    "every SDK passes it to STS AssumeRole, which rejects it, so the profile gets no credentials";

std::optional<Verdict> role_arn_verdict(std::string_view value) {
  if (value.empty()) {
    return Verdict{"is empty",
                   fmt::format("{} still treats the profile as a role profile and fails to assume the role; Go v2 "
                               "and JS v3 ignore the empty value",
                               kBotocore)};
  }
  const auto arn = parse_arn(value);
  if (!arn) {
    if (value.rfind("arn:", 0) != 0 && only_iam_chars(value)) {
      return Verdict{"is a name, not an ARN: role_arn needs the full ARN, arn:aws:iam::ACCOUNT:role/NAME",
                     std::string(kAssumeRoleFails)};
    }
    return Verdict{"is not an ARN of the form arn:aws:iam::ACCOUNT:role/NAME", std::string(kAssumeRoleFails)};
  }
  if (arn->service == "sts" && resource_type(arn->resource) == "assumed-role") {
    return Verdict{fmt::format("is an assumed-role session ARN (what `aws sts get-caller-identity` prints), not the "
                               "role's ARN: use arn:{}:iam::ACCOUNT:role/NAME",
                               arn->partition),
                   std::string(kAssumeRoleFails)};
  }
  if (auto problem = iam_arn_problem(*arn)) return Verdict{*problem, std::string(kAssumeRoleFails)};
  const std::string_view type = resource_type(arn->resource);
  if (type != "role" || arn->resource.size() <= 5) {
    return Verdict{type == "user" ? std::string("is an IAM user ARN, not a role ARN")
                   : type.empty() ? std::string("names no role (expected role/NAME after the account ID)")
                                  : fmt::format("names a \"{}\", not a role (expected role/NAME after the account ID)",
                                                aws::scrub_text(type)),
                   std::string(kAssumeRoleFails)};
  }
  const std::string_view path_and_name = arn->resource.substr(5);
  const std::string_view name = path_and_name.substr(path_and_name.rfind('/') + 1);
  if (name.empty() || !only_iam_chars(path_and_name, "/")) {
    return Verdict{"has a role name with characters IAM does not allow (letters, digits and +=,.@_- only)",
                   std::string(kAssumeRoleFails)};
  }
  if (name.size() > 64) {
    return Verdict{fmt::format("has a role name of {} characters; IAM role names have at most 64", name.size()),
                   std::string(kAssumeRoleFails)};
  }
  return std::nullopt;
}

constexpr std::string_view kMfaFails =
    "STS rejects the AssumeRole call's SerialNumber, so the AWS CLI cannot assume the role with MFA";

std::optional<Verdict> mfa_serial_verdict(std::string_view value) {
  if (value.empty()) return std::nullopt;  // no MFA: the SDKs skip it
  if (value.rfind("arn:", 0) == 0) {
    const auto arn = parse_arn(value);
    if (!arn) return Verdict{"is not an ARN of the form arn:aws:iam::ACCOUNT:mfa/NAME", std::string(kMfaFails)};
    if (auto problem = iam_arn_problem(*arn)) return Verdict{*problem, std::string(kMfaFails)};
    const std::string_view type = resource_type(arn->resource);
    if (type == "mfa" && arn->resource.size() > 4) return std::nullopt;
    if (type == "user") {
      return Verdict{fmt::format("is the IAM user's ARN, not its MFA device's: use arn:{}:iam::{}:mfa/NAME "
                                 "(`aws iam list-mfa-devices` shows it)",
                                 arn->partition, arn->account),
                     std::string(kMfaFails)};
    }
    if (type == "u2f") {
      return Verdict{"is a FIDO security key, which AssumeRole cannot use (only virtual and hardware TOTP devices)",
                     std::string(kMfaFails)};
    }
    return Verdict{"is not an MFA device ARN (expected mfa/NAME after the account ID)", std::string(kMfaFails)};
  }
  if (all_digits(value) && value.size() == 6) {
    return Verdict{"looks like a one-time MFA code, not the device's ARN or serial number", std::string(kMfaFails)};
  }
  // Hardware TOTP tokens have serial numbers such as GAHT12345678 ([\w+=/:,.@-]{9,256}).
  if (value.size() < 9 || value.size() > 256 || !only_iam_chars(value, "/:")) {
    return Verdict{"is neither an MFA device ARN (arn:aws:iam::ACCOUNT:mfa/NAME) nor a hardware token serial number",
                   std::string(kMfaFails)};
  }
  return std::nullopt;
}

// JavaScript's parseInt(value, 10): the leading digits, if any.
std::optional<long long> js_parse_int(std::string_view value) {
  std::size_t i = 0;
  bool negative = false;
  if (i < value.size() && (value[i] == '+' || value[i] == '-')) negative = value[i++] == '-';
  std::size_t digits = 0;
  long long number = 0;
  while (i < value.size() && value[i] >= '0' && value[i] <= '9' && digits < 15) {
    number = number * 10 + (value[i++] - '0');
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  return negative ? -number : number;
}

std::optional<Verdict> duration_seconds_verdict(std::string_view value) {
  if (value.empty()) return std::nullopt;  // the SDKs use their default
  // Python's int(), Go's strconv.Atoi and JavaScript's parseInt all accept a leading '+'.
  if (value.size() > 1 && value.front() == '+' && all_digits(value.substr(1))) value.remove_prefix(1);
  if (!all_digits(value) || value.size() > 9) {
    const auto js = js_parse_int(value);
    const std::string js_effect =
        js ? (*js >= 900 && *js <= 43200 ? fmt::format("JS v3 reads {} seconds", *js)
                                         : fmt::format("JS v3 reads {} and STS rejects it", *js))
           : std::string("JS v3 sends NaN and the AssumeRole call fails");
    return Verdict{
        "is not a whole number of seconds",
        fmt::format("{} ignores it (1-hour default), Go v2 ignores it (15-minute default), {}", kBotocore, js_effect)};
  }
  const long long seconds = std::stoll(std::string(value));
  if (seconds < 900) {
    return Verdict{"is below the 900-second (15-minute) minimum of STS AssumeRole",
                   fmt::format("STS rejects the AssumeRole call from {}, JS v3 and Java v2 (ValidationError); Go v2 "
                               "ignores values of 15 minutes or less",
                               kBotocore)};
  }
  if (seconds > 43200) {
    return Verdict{"is above the 43200-second (12-hour) maximum of STS AssumeRole",
                   "STS rejects the AssumeRole call (ValidationError), so the profile gets no credentials"};
  }
  return std::nullopt;
}

std::optional<Verdict> sso_start_url_verdict(std::string_view value) {
  if (value.empty()) return std::nullopt;
  const std::string_view effect =
      "`aws sso login` and the SDKs' SSO token lookup cannot use it; IAM Identity Center start URLs look like "
      "https://d-1234567890.awsapps.com/start";
  if (value.rfind("https://", 0) == 0) {
    const std::string_view host = value.substr(8, value.find_first_of("/?#", 8) - 8);
    if (host.empty()) return Verdict{"has no host name after https://", std::string(effect)};
    return std::nullopt;
  }
  if (value.rfind("http://", 0) == 0) return Verdict{"uses http://, not https://", std::string(effect)};
  return Verdict{"is not an https:// URL", std::string(effect)};
}

std::optional<Verdict> account_id_verdict(std::string_view key, std::string_view value) {
  if (value.empty()) return std::nullopt;
  if (all_digits(value) && value.size() == 12) return std::nullopt;
  const std::string_view effect =
      key == "sso_account_id"
          ? "IAM Identity Center's GetRoleCredentials call fails for it, so the profile gets no credentials"
          : "the SDKs use it to build account-based endpoints (DynamoDB), where an invalid account ID fails";
  const std::string digits = without_separators(value);
  if (digits.size() == 12 && all_digits(digits)) {
    return Verdict{"is written with separators; account IDs are the 12 digits only", std::string(effect)};
  }
  if (all_digits(value) && value.size() < 12) {
    return Verdict{fmt::format("is {} digits, expected 12 (leading zeros lost?)", value.size()), std::string(effect)};
  }
  return Verdict{"is not a 12-digit AWS account ID", std::string(effect)};
}

std::optional<Verdict> role_session_name_verdict(std::string_view value) {
  if (value.empty()) return std::nullopt;  // the SDKs generate one
  const std::string_view effect =
      "STS rejects the AssumeRole call (ValidationError), so the profile gets no credentials";
  if (!only_iam_chars(value)) {
    return Verdict{"has characters STS does not allow in a session name (letters, digits and +=,.@_- only)",
                   std::string(effect)};
  }
  if (value.size() < 2 || value.size() > 64) {
    return Verdict{
        fmt::format("has {} character{}; STS session names have 2 to 64", value.size(), value.size() == 1 ? "" : "s"),
        std::string(effect)};
  }
  return std::nullopt;
}

// JS v3's config loader tries the environment, then the files, then the default; a value
// its boolean selector rejects ("Cannot load shared config entry ...") only moves it on
// to the next source, so the setting silently falls back to false.
constexpr std::string_view kJsIgnoresBoolean =
    "JS v3 accepts only `true` and `false` and otherwise silently uses the default, false";

std::optional<Verdict> boolean_verdict(std::string_view value) {
  if (value.empty() || value == "true" || value == "false") return std::nullopt;
  const std::string lower = core::ascii_lower(value);
  if (lower == "true" || lower == "false") {
    return Verdict{"is not in lower case", fmt::format("{} and Go v2 accept it, but {}", kBotocore, kJsIgnoresBoolean)};
  }
  return Verdict{"is not true or false",
                 fmt::format("{} and Go v2 read anything but `true` as false, and {}", kBotocore, kJsIgnoresBoolean)};
}

std::string allowed_list(const aws::EnumeratedSetting& setting) {
  const auto as_is = [](std::string_view value) { return value; };
  return join_list_of(setting.values, as_is, " or ");
}

std::string enumeration_effect(const aws::EnumeratedSetting& setting, std::string_view value,
                               std::string_view profile) {
  const std::string shown_value = aws::scrub_text(value);
  if (setting.key == "credential_source") {
    return fmt::format(
        "botocore fails (\"The credential source \"{}\" referenced in profile \"{}\" is not valid.\"), so do Go v2 "
        "(\"credential_source values must be EcsContainer, Ec2InstanceMetadata, or Environment\") and JS v3 "
        "(\"Unsupported credential source in profile {}\")",
        shown_value, profile, profile);
  }
  if (setting.key == "sts_regional_endpoints") {
    return fmt::format(
        "{} fails when it creates an STS client (\"STS regional endpoints option {} is invalid. Valid options are: "
        "\"legacy\", \"regional\"\"); the other SDKs do not read the setting",
        kBotocore, shown_value);
  }
  if (setting.key == "output") {
    return fmt::format("every AWS CLI command using this profile fails (\"Unknown output type: {}\")", shown_value);
  }
  return fmt::format("{} refuses to create clients with it", kBotocore);
}

// Why `value` is not one of the setting's words ("must be written exactly `regional`"), and
// whether only its case is wrong; nullopt for an accepted value.
struct EnumerationMismatch {
  std::string problem;
  bool case_only = false;
};

std::optional<EnumerationMismatch> enumeration_mismatch(const aws::EnumeratedSetting& setting, std::string_view value) {
  if (value.empty()) return std::nullopt;
  const std::string lower = core::ascii_lower(value);
  const std::string_view* exact = nullptr;
  const std::string_view* folded = nullptr;
  for (const std::string_view& allowed : setting.values) {
    if (allowed == value) exact = &allowed;
    if (core::ascii_lower(allowed) == lower) folded = &allowed;
  }
  if (exact != nullptr || (folded != nullptr && !setting.case_sensitive)) return std::nullopt;
  if (folded != nullptr) return EnumerationMismatch{fmt::format("must be written exactly `{}`", *folded), true};
  return EnumerationMismatch{fmt::format("is not one of {}", allowed_list(setting)), false};
}

std::optional<Verdict> enumeration_verdict(const aws::EnumeratedSetting& setting, std::string_view value,
                                           std::string_view profile) {
  std::optional<EnumerationMismatch> mismatch = enumeration_mismatch(setting, value);
  if (!mismatch) return std::nullopt;
  return Verdict{std::move(mismatch->problem), enumeration_effect(setting, value, profile)};
}

// ---- Per property -----------------------------------------------------------------------------

std::optional<Verdict> verdict_for(std::string_view key, std::string_view value, std::string_view profile) {
  if (key == "role_arn") return role_arn_verdict(value);
  if (key == "mfa_serial") return mfa_serial_verdict(value);
  if (key == "duration_seconds") return duration_seconds_verdict(value);
  if (key == "sso_start_url") return sso_start_url_verdict(value);
  if (key == "sso_account_id" || key == "aws_account_id") return account_id_verdict(key, value);
  if (key == "role_session_name") return role_session_name_verdict(value);
  if (key == "credential_process" && value.empty()) {
    return Verdict{"is empty",
                   "every SDK skips an empty credential_process as if it were absent, so the profile "
                   "gets no credentials from it"};
  }
  if (key == "web_identity_token_file" && value.empty()) {
    return Verdict{"is empty",
                   "every SDK skips web identity federation when the token file is empty, so the role is "
                   "not assumed with it"};
  }
  if (aws::is_boolean_property(key, /*nested=*/false)) return boolean_verdict(value);
  if (const aws::EnumeratedSetting* setting = aws::enumerated_setting(key)) {
    return enumeration_verdict(*setting, value, profile);
  }
  return std::nullopt;
}

// Free-form values that still break when quoted or commented (an ExternalId that does
// not match, an endpoint that is no URL).
bool is_checked_for_decoration(std::string_view key) {
  static const std::set<std::string_view> kFreeForm = {"external_id", "sso_role_name", "endpoint_url", "ca_bundle"};
  return kFreeForm.count(key) > 0;
}

bool is_checked(std::string_view key) {
  static const std::set<std::string_view> kChecked = {
      "role_arn",       "mfa_serial",        "duration_seconds",   "sso_start_url",          "sso_account_id",
      "aws_account_id", "role_session_name", "credential_process", "web_identity_token_file"};
  return kChecked.count(key) > 0 || aws::is_boolean_property(key, false) || aws::enumerated_setting(key) != nullptr;
}

bool is_quoted(std::string_view value) {
  return value.size() > 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front();
}

// A valid value that only some SDKs read as valid: quotes (only Go v2 strips them) or an
// inline comment (botocore keeps it). AWS103 says this for credentials and regions.
std::optional<Verdict> decoration_verdict(const Property& property) {
  if (property.inline_comment && property.botocore_value != property.value) {
    return Verdict{"has an inline comment",
                   fmt::format("{} keeps the comment as part of the {} (\"{}\"); the other SDKs strip it. Put the "
                               "comment on its own line",
                               kBotocore, property.key, aws::scrub_text(property.botocore_value))};
  }
  // A quoted credential_process is shell quoting, not decoration.
  if (is_quoted(property.value) && property.key != "credential_process") {
    return Verdict{"is in quotes",
                   fmt::format("only Go v2 strips them; {}, JS v3 and the standard parser (Java v2, Rust, Kotlin) keep "
                               "the quotes as part of the {}",
                               kBotocore, property.key)};
  }
  return std::nullopt;
}

// `${ACCOUNT}`, `{{ role }}`, `<your-role>`: a template filled in before use.
bool is_template(std::string_view value) {
  return value.find("${") != std::string_view::npos || value.find("{{") != std::string_view::npos ||
         value.find('<') != std::string_view::npos ||
         (!value.empty() && (value.front() == '$' || value.front() == '%'));
}

void check_property(const AnalyzedFile& file, const Section& section, const Property& property, FindingSink& out) {
  if (!property.name_valid || !(is_checked(property.key) || is_checked_for_decoration(property.key))) return;
  // Wrapped values are AWS407's; nested blocks are not values.
  if (!property.continuations.empty() || !property.sub_properties.empty()) return;
  const std::string intended = ini::intended_value(property.value);
  if (is_template(intended)) return;
  std::optional<Verdict> verdict = verdict_for(property.key, intended, aws::scrub_text(section.name));
  if (!verdict && !intended.empty()) verdict = decoration_verdict(property);
  if (!verdict) return;
  const std::string shown_value = intended.empty() ? std::string() : fmt::format(" \"{}\"", aws::scrub_text(intended));
  const core::Span span = property.value_span.empty() ? property.name_span : property.value_span;
  out.report(*file.source, span,
             fmt::format("{}{} {}; {}", property.key, shown_value, verdict->problem, verdict->effect),
             identity(section, property.key));
}

// ---- .env files --------------------------------------------------------------------------

// What the SDKs do with an environment variable whose value is outside its vocabulary.
std::string env_enumeration_effect(std::string_view variable, const aws::EnumeratedSetting& setting,
                                   std::string_view value, bool case_only) {
  const std::string shown_value = aws::scrub_text(value);
  if (setting.key == "sts_regional_endpoints") {
    return fmt::format(
        "{} fails when it creates an STS client (\"STS regional endpoints option {} is invalid. Valid options are: "
        "\"legacy\", \"regional\"\"){}; Go v2, JS v3 and Java v2 do not read the variable",
        kBotocore, shown_value,
        case_only ? ", while Go v1 and JS v2 accept either word in any case"
                  : ", and so do Go v1 and JS v2, which accept only legacy or regional (in any case)");
  }
  if (setting.key == "output") {
    return fmt::format("every AWS CLI command fails (\"Unknown output type: {}\"); the SDKs do not read the variable",
                       shown_value);
  }
  if (setting.key == "retry_mode") {
    return fmt::format(
        "{} refuses to create clients with it, and Go v2 fails to load its configuration (\"invalid {} value, "
        "unknown RetryMode, {}\")",
        kBotocore, variable, shown_value);
  }
  if (setting.key == "defaults_mode") {
    return fmt::format(
        "{} refuses to create clients with it, and Go v2 fails to load its configuration (\"invalid {} value: {}\")",
        kBotocore, variable, shown_value);
  }
  return fmt::format("{} refuses to create clients with it", kBotocore);
}

// AWS_USE_FIPS_ENDPOINT and AWS_USE_DUALSTACK_ENDPOINT: botocore compares with "true" in
// any case, Go v2 takes true/false in any case and fails on anything else, JS v3 takes
// the exact words and otherwise moves on to the config file and the default.
std::optional<Verdict> env_boolean_verdict(std::string_view variable, std::string_view value) {
  if (value == "true" || value == "false") return std::nullopt;
  const std::string lower = core::ascii_lower(value);
  const std::string_view js =
      "JS v3 accepts only `true` and `false` and otherwise ignores the variable (the profile's setting, else false, "
      "applies)";
  if (lower == "true" || lower == "false") {
    return Verdict{"is not in lower case", fmt::format("{} and Go v2 accept it, but {}", kBotocore, js)};
  }
  return Verdict{"is not true or false",
                 fmt::format("{} reads it as false, Go v2 fails to load its configuration (\"invalid value for "
                             "environment variable, {}={}, need true, false\") and {}",
                             kBotocore, variable, aws::scrub_text(value), js)};
}

std::optional<Verdict> env_verdict(std::string_view variable, std::string_view property, std::string_view value) {
  if (aws::is_boolean_property(property, /*nested=*/false)) return env_boolean_verdict(variable, value);
  const aws::EnumeratedSetting* setting = aws::enumerated_setting(property);
  if (setting == nullptr) return std::nullopt;
  std::optional<EnumerationMismatch> mismatch = enumeration_mismatch(*setting, value);
  if (!mismatch) return std::nullopt;
  return Verdict{std::move(mismatch->problem), env_enumeration_effect(variable, *setting, value, mismatch->case_only)};
}

// The value every loader that reads the line agrees on; nullopt when they disagree
// (AWS601 says how) or the line is no literal.
std::optional<std::string> agreed_value(const dotenv::Entry& entry) {
  if (entry.only_reference || entry.end_line > entry.line) return std::nullopt;
  for (const dotenv::Loader loader : dotenv::kAllLoaders) {
    const std::optional<std::string>& reading = entry.reading(loader);
    if (reading && *reading != entry.value) return std::nullopt;
  }
  return entry.value;
}

void check_dotenv(const AnalyzedFile& file, FindingSink& out) {
  // In an .envrc, variables that are not exported never reach the SDKs.
  const bool shell_script = is_shell_script(file);
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (shell_script && !entry.exported) continue;
    const std::optional<std::string_view> property = aws::variable_property(entry.name);
    if (!property) continue;
    const std::optional<std::string> value = agreed_value(entry);
    // Empty: every SDK treats the variable as unset (JS v3 falls back as for any value it rejects).
    if (!value || value->empty() || is_template(*value)) continue;
    const std::optional<Verdict> verdict = env_verdict(entry.name, *property, *value);
    if (!verdict) continue;
    out.report(*file.source, entry.value_span,
               fmt::format("{} \"{}\" {}; {}", entry.name, aws::scrub_text(*value), verdict->problem, verdict->effect),
               fmt::format("value/{}", entry.name));
  }
}

void check(const AnalyzedFile& file, const ScanContext&, FindingSink& out) {
  if (file.dotenv) {
    check_dotenv(file, out);
    return;
  }
  if (!file.profile) return;
  for (const Section& section : file.profile->sections) {
    if (!section.has_header) continue;
    if (section.kind != SectionKind::Profile && section.kind != SectionKind::SsoSession) continue;
    for (const Property& property : section.properties) check_property(file, section, property, out);
  }
}

}  // namespace

extern const engine::RuleDef kAws409 = {
    .id = "AWS409",
    .name = "invalid-property-value",
    .level = engine::Level::Error,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "A property value that the property cannot take.",
    .full_description =
        "Some profile settings only take values of a fixed shape: `role_arn` an IAM role ARN, `mfa_serial` an MFA "
        "device ARN or token serial, `duration_seconds` 900 to 43200, `credential_source` one of three exact words, "
        "account IDs 12 digits, booleans `true` or `false`. Anything else fails only when the profile is used: STS "
        "rejects AssumeRole, botocore refuses to create clients, or the setting is silently ignored. The .env "
        "variables with a fixed vocabulary (AWS_STS_REGIONAL_ENDPOINTS, AWS_USE_FIPS_ENDPOINT, ...) are checked too.",
    .help_markdown = R"md(A property value that the property cannot take.

## What is wrong
The SDKs pass these values on without checking them, so a wrong one shows up much later,
as an error from STS or IAM Identity Center, or not at all:

| property | valid values | what happens otherwise |
|---|---|---|
| `role_arn` | `arn:aws:iam::123456789012:role/NAME` (partition `aws`, `aws-cn`, `aws-us-gov`, ...; no region; a 12-digit account) | STS AssumeRole rejects it; an assumed-role ARN from `aws sts get-caller-identity` or a user ARN is not a role ARN |
| `mfa_serial` | `arn:aws:iam::123456789012:mfa/NAME`, or a hardware token serial such as `GAHT12345678` | STS rejects the SerialNumber (a 6-digit one-time code is not a serial) |
| `duration_seconds` | a whole number from 900 to 43200 (and at most the role's maximum session duration) | botocore and Go v2 silently ignore non-numbers; JS v3 reads the leading digits; STS rejects values outside the range |
| `role_session_name` | 2 to 64 characters of letters, digits and `+=,.@_-` | STS rejects AssumeRole |
| `credential_source` | exactly `Environment`, `Ec2InstanceMetadata` or `EcsContainer` | every SDK fails ("The credential source ... is not valid") |
| `sts_regional_endpoints` | `legacy` or `regional` | botocore fails when it creates an STS client |
| `output` | `json`, `text`, `table`, `yaml`, `yaml-stream` | every AWS CLI command fails ("Unknown output type") |
| `retry_mode`, `defaults_mode` | `legacy`/`standard`/`adaptive`; `legacy`/`standard`/`in-region`/`cross-region`/`mobile`/`auto` | botocore refuses to create clients |
| `sso_start_url` | an `https://` URL such as `https://d-1234567890.awsapps.com/start` | `aws sso login` cannot use it |
| `sso_account_id`, `aws_account_id` | 12 digits, no dashes | GetRoleCredentials fails; account-based endpoints cannot be built |
| `credential_process`, `web_identity_token_file` | a command, a file path | an empty value is skipped as if absent |
| `use_fips_endpoint`, `use_dualstack_endpoint`, ... | `true` or `false`, in lower case | botocore and Go v2 read anything else as false; JS v3 rejects it and silently uses the default, false |

A value that is valid but wrapped in quotes or followed by an inline `# comment` is read
with them by most SDKs (only Go v2 strips quotes; botocore keeps inline comments) and is
reported too.

In .env files the environment variables with the same vocabulary are checked the same
way: `AWS_STS_REGIONAL_ENDPOINTS`, `AWS_DEFAULT_OUTPUT`, `AWS_RETRY_MODE`,
`AWS_DEFAULTS_MODE`, `AWS_USE_FIPS_ENDPOINT` and `AWS_USE_DUALSTACK_ENDPOINT`. From the
environment Go v2 is stricter than from the files: a boolean other than true/false or an
unknown retry or defaults mode makes it fail to load its configuration at all.

## How to fix
Replace the value with one from the table. `aws iam get-role --role-name NAME --query
Role.Arn` prints a role's ARN, `aws iam list-mfa-devices` the MFA device ARN.

Bad:
```ini
[profile deploy]
role_arn = arn:aws:sts::123456789012:assumed-role/deploy/session
credential_source = ec2instancemetadata
duration_seconds = 1h
```

Fixed:
```ini
[profile deploy]
role_arn = arn:aws:iam::123456789012:role/deploy
credential_source = Ec2InstanceMetadata
duration_seconds = 3600
```
)md",
    .precision = "high",
    .security_severity = "4.0",
    .check_file = &check,
};

}  // namespace credlint::rules
