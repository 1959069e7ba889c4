// AWS203 expired-temporary-credentials: an expiry field written by a credential tool
// that lies in the past, beside the temporary credentials it describes.
#include "aws/expiry.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// Only temporary credentials expire. An expiry field beside long-term keys, or in a
// profile without keys, is left over from earlier credentials and says nothing.
bool holds_temporary_credentials(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind == FactKind::SessionToken && !fact.intended.empty()) return true;
    if (fact.kind == FactKind::AccessKeyId && aws::is_temporary_key_id(fact.intended)) return true;
  }
  return false;
}

// "2026-05-31T12:00:00Z" or, without a zone, "2026-05-31 12:00:00 (local time, zone not given)".
std::string shown_time(const aws::ExpiryTime& expiry) {
  if (expiry.has_zone) return aws::format_utc(expiry.time);
  std::string wall_clock = aws::format_utc(expiry.time);
  wall_clock.pop_back();  // the Z
  wall_clock[10] = ' ';
  return wall_clock + " (local time, zone not given)";
}

void check(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  for (const Scope& scope : file.facts.scopes) {
    if (!holds_temporary_credentials(scope)) continue;
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Expiry) continue;
      // Formats we cannot read stay silent: guessing would turn a live session into a
      // false "expired".
      const std::optional<aws::ExpiryTime> expiry = aws::parse_expiry(fact.intended);
      if (!expiry) continue;
      // A time without a zone is expired only if it is past in every time zone.
      if (expiry->latest() >= scan.now) continue;
      out.report(*file.source, fact.span,
                 fmt::format("temporary credentials in {} expired at {} per {}, {}{} ago by the local clock: AWS "
                             "rejects them (ExpiredToken: \"The security token included in the request is expired\")",
                             scope.description, shown_time(*expiry), fact.name, expiry->has_zone ? "" : "at least ",
                             aws::describe_duration(scan.now - expiry->latest())),
                 identity(scope, fact));
    }
  }
}

}  // namespace

extern const engine::RuleDef kAws203 = {
    .id = "AWS203",
    .name = "expired-temporary-credentials",
    .level = engine::Level::Warning,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::PerFile,
    .short_description = "Temporary credentials whose expiry time, written by a credential tool, has passed.",
    .full_description =
        "Credential tools such as saml2aws, gimme-aws-creds, aws-google-auth or awsume write an expiry field "
        "(`x_security_token_expires`, `aws_expiration`, `aws_session_expiration`, `expiration`, "
        "`aws_credential_expiration`) next to the temporary credentials they store. When that time lies in the past "
        "by the local clock, AWS rejects the credentials with ExpiredToken.",
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
)md",
    .precision = "high",
    .security_severity = "3.0",
    .check_file = &check,
};

}  // namespace credlint::rules
