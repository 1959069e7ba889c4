// Which credential values the credential rules look at: the credential fact kinds, the
// values the shape rules (AWS101, AWS102, AWS104, AWS105) judge, and the scopes that hold
// temporary credentials (AWS203, AWS205).
#pragma once

#include <string>
#include <string_view>

#include "rules/support/code_facts.h"
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
//
// In code and text files only literals are judged (a variable or a call has no value to
// judge), only values shaped like some credential (a key slot holding "mykey" is a stub
// for a mock), each literal once however many calls a variable carries it into, and in
// text files only values assigned to a credential name (a bare key ID in prose is no
// slot). Nothing in a call whose endpoint is not AWS.
inline void check_judged_credentials(const AnalyzedFile& file, FactKind kind, CredentialValueCheck check_value,
                                     FindingSink& out) {
  if (file.dotenv && dotenv_targets_other_service(file)) return;
  const bool code_or_text = is_code(file) || is_text(file);
  OncePerLiteral once;
  for (const Scope& scope : file.facts.scopes) {
    if (is_code(file) && scope_targets_other_service(scope)) continue;
    // Key IDs a text pattern found in a comment or a longer string of code sit in no slot:
    // AWS501 reports them, the shape rules do not judge them.
    if (scope.loose) continue;
    for (const Fact& fact : scope.facts) {
      if (fact.kind != kind || fact.dynamic || !is_judged_credential(fact.intended)) continue;
      const std::string value = aws::without_blanks(fact.intended);
      if (value.empty()) continue;
      if (code_or_text && (!is_credential_shaped(value) || is_template_value(value))) continue;
      if (is_text(file) && fact.name.empty()) continue;
      if (code_or_text && !once.first(fact)) continue;
      check_value(file, scope, fact, value, out);
    }
  }
}

// "aws_access_key_id of call boto3.client(...): " before a code message, "" elsewhere
// (text files: "AWS_ACCESS_KEY_ID: ").
inline std::string code_subject(const AnalyzedFile& file, const Scope& scope, const Fact& fact) {
  if (is_code(file)) return fmt::format("{} of {}: ", slot_label(fact), scope.description);
  if (is_text(file)) return fmt::format("{}: ", fact.name);
  return "";
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
