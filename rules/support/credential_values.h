// Which credential values the credential rules look at: the credential fact kinds, the
// values the shape rules (AWS101, AWS102, AWS104, AWS105) judge, and the scopes that hold
// temporary credentials (AWS203, AWS205).
#pragma once

#include <string>
#include <string_view>

#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {

// An access key ID, secret access key or session token (not a region, profile or expiry).
inline bool is_credential_kind(FactKind kind) {
  return kind == FactKind::AccessKeyId || kind == FactKind::SecretAccessKey || kind == FactKind::SessionToken;
}

// A value the shape rules judge. Empty values are AWS204's (an empty token counts as
// none), placeholders and elided values ("AKIA...", "IQoJb3Jp...") nobody's,
// documentation examples AWS502's.
inline bool is_judged_credential(std::string_view intended) {
  return !intended.empty() && !aws::is_documentation_example(aws::without_blanks(intended)) &&
         !aws::is_placeholder(intended) && !is_elided(intended);
}

// One shape rule's check of one value: `value` is the fact's intended value without blanks.
using CredentialValueCheck = void (*)(const AnalyzedFile& file, const Scope& scope, const Fact& fact,
                                      const std::string& value, FindingSink& out);

// Runs `check_value` on every fact of `kind` whose shape AWS101, AWS102 and AWS105 judge.
// Quotes, comments, blanks and invisible characters are AWS103's, so the shape rules
// judge what is left without blanks. Nothing in a .env file that points the SDK at
// another service: MinIO, R2 or LocalStack behind its endpoint issue and accept keys,
// secrets and tokens of other shapes.
inline void check_judged_credentials(const AnalyzedFile& file, FactKind kind, CredentialValueCheck check_value,
                                     FindingSink& out) {
  if (file.dotenv && dotenv_targets_other_service(file)) return;
  for (const Scope& scope : file.facts.scopes) {
    for (const Fact& fact : scope.facts) {
      if (fact.kind != kind || !is_judged_credential(fact.intended)) continue;
      const std::string value = aws::without_blanks(fact.intended);
      if (value.empty()) continue;
      check_value(file, scope, fact, value, out);
    }
  }
}

// Only temporary credentials expire: a non-empty session token or a temporary (ASIA)
// key ID. An expiry field beside long-term keys, or in a profile without keys, is left
// over from earlier credentials and says nothing.
inline bool holds_temporary_credentials(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind == FactKind::SessionToken && !fact.intended.empty()) return true;
    if (fact.kind == FactKind::AccessKeyId && aws::is_temporary_key_id(fact.intended)) return true;
  }
  return false;
}

}  // namespace credlint::rules
