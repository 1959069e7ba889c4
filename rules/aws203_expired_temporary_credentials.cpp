// AWS203 expired-temporary-credentials: an expiry field written by a credential tool
// that lies in the past, beside the temporary credentials it describes.
#include <ctime>
#include <optional>
#include <string>

#include "aws/expiry.h"
#include "core/text.h"
#include "rules/support/credential_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// "2026-05-31T12:00:00Z" or, without a zone, "2026-05-31 12:00:00 (local time, zone not given)".
std::string shown_time(const aws::ExpiryTime& expiry) {
  if (expiry.has_zone) return aws::format_utc(expiry.time);
  std::string wall_clock = aws::format_utc(expiry.time);
  wall_clock.pop_back();  // the Z
  wall_clock[10] = ' ';
  return wall_clock + " (local time, zone not given)";
}

// botocore's EnvProvider reads AWS_CREDENTIAL_EXPIRATION beside any environment key and
// refuses credentials whose expiry has passed, before sending anything.
constexpr std::string_view kBotocoreExpiry = "AWS_CREDENTIAL_EXPIRATION";
constexpr std::string_view kBotocoreRefusal =
    "botocore (AWS CLI, boto3) refuses them before sending a request (RuntimeError: \"Credentials were refreshed, "
    "but the refreshed credentials are still expired.\")";

// A past expiry, and how long ago by the local clock; nullopt for future or unreadable times.
struct PastExpiry {
  aws::ExpiryTime expiry;
  std::string ago;
};

std::optional<PastExpiry> past_expiry(const Fact& fact, std::time_t now) {
  // Formats we cannot read stay silent: guessing would turn a live session into a
  // false "expired".
  const std::optional<aws::ExpiryTime> expiry = aws::parse_expiry(fact.intended);
  // A time without a zone is expired only if it is past in every time zone.
  if (!expiry || expiry->latest() >= now) return std::nullopt;
  return PastExpiry{*expiry, fmt::format("{}{}", expiry->has_zone ? "" : "at least ",
                                         aws::describe_duration(now - expiry->latest()))};
}

void report_expired(const AnalyzedFile& file, const Scope& scope, const Fact& fact, const PastExpiry& past,
                    std::string_view botocore_note, FindingSink& out) {
  out.report(*file.source, fact.span,
             fmt::format("temporary credentials in {} expired at {} per {}, {} ago by the local clock: AWS rejects "
                         "them (ExpiredToken: \"The security token included in the request is expired\"){}",
                         scope.description, shown_time(past.expiry), fact.name, past.ago, botocore_note),
             identity(scope, fact));
}

// botocore loads environment credentials when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
// are both set (a `${VAR}` counts: it is set at run time).
bool botocore_loads_env_credentials(const AnalyzedFile& file) {
  bool key = false, secret = false;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    const bool set = entry.only_reference || !core::strip_value_decoration(entry.value).empty();
    if (entry.name == "AWS_ACCESS_KEY_ID") key = set;
    if (entry.name == "AWS_SECRET_ACCESS_KEY") secret = set;
  }
  return key && secret;
}

void check_dotenv(const AnalyzedFile& file, const Scope& scope, std::time_t now, FindingSink& out) {
  const bool temporary = holds_temporary_credentials(scope);
  const bool botocore_reads = botocore_loads_env_credentials(file);
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::Expiry) continue;
    const bool botocore_expiry = fact.name == kBotocoreExpiry;
    const std::optional<PastExpiry> past = past_expiry(fact, now);
    if (!past) continue;
    if (temporary) {
      report_expired(file, scope, fact, *past,
                     botocore_expiry && botocore_reads ? fmt::format("; {}", kBotocoreRefusal) : "", out);
    } else if (botocore_expiry && botocore_reads) {
      // Long-term keys do not expire, but botocore believes the variable.
      out.report(*file.source, fact.span,
                 fmt::format("{} in {} lies {} in the past ({}) beside credentials that are not temporary: {}, "
                             "although a long-term key does not expire; the other SDKs ignore the variable or "
                             "send the key anyway; delete the line",
                             fact.name, scope.description, past->ago, shown_time(past->expiry), kBotocoreRefusal),
                 identity(scope, fact));
    }
  }
}

void check(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  for (const Scope& scope : file.facts.scopes) {
    if (file.dotenv) {
      check_dotenv(file, scope, scan.now, out);
      continue;
    }
    if (!holds_temporary_credentials(scope)) continue;
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Expiry) continue;
      if (const std::optional<PastExpiry> past = past_expiry(fact, scan.now)) {
        report_expired(file, scope, fact, *past, "", out);
      }
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws203 = {
    .id = "AWS203",
    .name = "expired-temporary-credentials",
    .level = engine::Level::Warning,
    .applies_to = {FileKind::Config, FileKind::Credentials, FileKind::Dotenv},
    .phase = engine::Phase::PerFile,
    .short_description = "Temporary credentials whose expiry time, written by a credential tool, has passed.",
    .full_description =
        "Credential tools such as saml2aws, gimme-aws-creds, aws-google-auth or awsume write an expiry field "
        "(`x_security_token_expires`, `aws_expiration`, `aws_session_expiration`, `expiration`, "
        "`aws_credential_expiration`; in a .env file AWS_CREDENTIAL_EXPIRATION or AWS_SESSION_EXPIRATION) next to the "
        "temporary credentials they store. When that time lies in the past by the local clock, AWS rejects the "
        "credentials with ExpiredToken. botocore reads AWS_CREDENTIAL_EXPIRATION itself and refuses environment "
        "credentials whose expiry has passed, long-term keys included.",
    .help_markdown = R"md(Temporary credentials whose expiry time, written by a credential tool, has passed.

## What is wrong
Temporary credentials (an `ASIA...` key ID with a session token) stop working when
their STS session ends, after 15 minutes to 36 hours. The SDKs do not read the
expiry fields that credential tools write beside them (`x_security_token_expires`
by saml2aws, `aws_expiration`, `aws_session_expiration`, `expiration`,
`aws_credential_expiration`), so nothing warns you: every request fails with
`ExpiredToken` ("The security token included in the request is expired") or,
for some services, `RequestExpired` / `InvalidClientTokenId`.

credlint reads ISO-8601 times with `Z` or an offset and Unix epoch seconds. A time
without a zone is treated as local time of an unknown zone and reported only once it
has passed everywhere. Values it cannot read are not reported.

## How to fix
Get fresh credentials from the tool that wrote them, for example:

```sh
saml2aws login --force
aws sso login --profile dev        # for SSO profiles
```

```ini
# bad (the clock says 2026-06-01)
[dev]
aws_access_key_id = ASIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...
x_security_token_expires = 2026-05-30T18:00:00Z

# fixed: refreshed by the tool
[dev]
aws_access_key_id = ASIA...
aws_secret_access_key = ...
aws_session_token = IQoJb3JpZ2luX2Vj...
x_security_token_expires = 2026-06-01T08:00:00Z
```

Better, let the SDK refresh credentials itself: `sso_session`, `role_arn` with
`source_profile`, or `credential_process` never store an expiring token in the file.

## In .env files
`aws configure export-credentials --format env` writes `AWS_CREDENTIAL_EXPIRATION`
beside the key, secret and token; aws-vault writes `AWS_SESSION_EXPIRATION`. A .env
file that keeps such an export goes stale with it. botocore (AWS CLI, boto3) and JS v3
read `AWS_CREDENTIAL_EXPIRATION`, and botocore refuses credentials whose expiry has
passed before it sends anything: `RuntimeError: Credentials were refreshed, but the
refreshed credentials are still expired.` It does so even beside a long-term `AKIA`
key, which never expires: then the variable itself is the mistake, and credlint
reports it too. Export fresh credentials, or delete the stale lines and let the SDK
use a profile:

```sh
# bad (the clock says 2026-06-01)
AWS_ACCESS_KEY_ID=ASIA...
AWS_SECRET_ACCESS_KEY=...
AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj...
AWS_CREDENTIAL_EXPIRATION=2026-05-30T18:00:00Z

# fixed
AWS_PROFILE=dev
```
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_file = &check,
};

}  // namespace credlint::rules
