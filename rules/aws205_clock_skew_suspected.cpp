// AWS205 clock-skew-suspected: offline signs that the local clock is behind, in the
// user's own profile files: an STS expiry further ahead than any session lasts, or a
// file written "in the future".
#include "aws/expiry.h"
#include "rules/support/credential_values.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {
namespace {

// GetSessionToken and GetFederationToken sessions last at most 36 hours; role
// sessions at most 12.
constexpr std::int64_t kLongestStsSession = 36 * 3600;
// Editors, network file systems and coarse timestamps put a file's time a little off.
constexpr std::int64_t kModifiedTimeTolerance = 5 * 60;

constexpr std::string_view kSkewLimits =
    "AWS rejects requests signed more than 5 minutes off its clock (15 for S3): \"Signature expired\" or "
    "RequestTimeTooSkewed";

void check_expiry_too_far_ahead(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  for (const Scope& scope : file.facts.scopes) {
    if (!holds_temporary_credentials(scope)) continue;
    for (const Fact& fact : scope.facts) {
      if (fact.kind != FactKind::Expiry) continue;
      const std::optional<aws::ExpiryTime> expiry = aws::parse_expiry(fact.intended);
      if (!expiry) continue;
      // Without a zone, only a time too far ahead in every zone counts.
      const std::int64_t ahead = expiry->earliest() - scan.now;
      if (ahead <= kLongestStsSession) continue;
      out.report(*file.source, fact.span,
                 fmt::format("{} in {} lies {} after the local clock's time ({}), but no STS session lasts longer "
                             "than 36 hours: the clock is probably at least {} behind; {}",
                             fact.name, scope.description, aws::describe_duration(ahead), aws::format_utc(scan.now),
                             aws::describe_duration(ahead - kLongestStsSession), kSkewLimits),
                 identity(scope, fact));
    }
  }
}

void check_modified_in_future(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  if (!file.modified_time) return;
  const std::int64_t ahead = *file.modified_time - scan.now;
  if (ahead <= kModifiedTimeTolerance) return;
  out.report(*file.source, core::Span{0, 0},
             fmt::format("{} was last modified at {}, {} after the local clock's time ({}): the clock is probably "
                         "behind (or was ahead when the file was written); {}",
                         file.source->path(), aws::format_utc(*file.modified_time), aws::describe_duration(ahead),
                         aws::format_utc(scan.now), kSkewLimits),
             "file/modified-in-the-future");
}

void check(const AnalyzedFile& file, const ScanContext& scan, FindingSink& out) {
  // Only the user's own files say something about this machine's clock: files in a
  // scanned tree may come from anywhere.
  if (file.origin != engine::Origin::AwsHome) return;
  check_expiry_too_far_ahead(file, scan, out);
  check_modified_in_future(file, scan, out);
}

}  // namespace

extern const engine::RuleDef kAws205 = {
    .id = "AWS205",
    .name = "clock-skew-suspected",
    .level = engine::Level::Warning,
    .applies_to = kProfileFiles,
    .phase = engine::Phase::PerFile,
    .short_description =
        "The local clock looks wrong: an STS expiry too far ahead, or a profile file modified in the "
        "future.",
    .full_description =
        "In the user's own profile files (`--aws-home`): an expiry field of temporary credentials more than 36 hours "
        "after the local time (no STS session lasts that long), or a profile file whose modification time is more "
        "than 5 minutes in the future. Both mean the local clock is probably behind, and AWS rejects requests signed "
        "with a clock more than 5 minutes off (15 for S3).",
    .help_markdown =
        R"md(The local clock looks wrong: an STS expiry too far ahead, or a profile file modified in the future.

## What is wrong
Every AWS request is signed with Signature Version 4, which includes the time of
signing. AWS rejects a request whose signing time is more than 5 minutes away from
its own clock (15 minutes for S3): "Signature expired: ... is now earlier than ...",
`RequestTimeTooSkewed` ("The difference between the request time and the current
time is too large"), `InvalidSignatureException` or `SignatureDoesNotMatch`. The
credentials are fine; the clock is not.

credlint cannot ask a time server, but it finds two offline signs in your own files:

- an expiry field written by a credential tool (`x_security_token_expires`,
  `aws_expiration`, ...) more than 36 hours after the local time. STS sessions last
  at most 36 hours (`GetSessionToken`, `GetFederationToken`; role sessions at most
  12), so the local clock is behind by at least the difference;
- `~/.aws/config` or `~/.aws/credentials` last modified more than 5 minutes in the
  future. Either the clock is behind now, or it was ahead when the file was
  written (files copied from another machine or unpacked from an archive keep their
  original time; `touch` the file if that is the case).

## How to fix
Check the clock against a time server and turn on time synchronisation:

```sh
# Linux (systemd)
timedatectl status                   # "System clock synchronized: no" is the problem
sudo timedatectl set-ntp true
# Linux with chrony
chronyc tracking
sudo chronyc makestep
# macOS
sudo sntp -sS time.apple.com
# Windows (administrator prompt)
w32tm /resync
# WSL 2 after the host slept
sudo hwclock -s
```

Docker Desktop and WSL 2 virtual machines often fall behind after the host sleeps;
restarting them resyncs the clock. The stored credentials need no change: STS
computed their expiry with its own clock.
)md",
    .precision = "medium",
    .security_severity = "2.0",
    .check_file = &check,
};

}  // namespace credlint::rules
