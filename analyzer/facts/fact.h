// The common facts model: what a parser found, independent of the file format. Rules
// over credentials and regions (AWS1xx, AWS2xx, AWS301, AWS5xx) read facts, so the
// .env and source-code readers only have to produce them. A Scope groups the facts that
// belong together (one profile, one .env file, one SDK call): pairing rules ask the
// scope, never the line distance.
#pragma once

#include <string>
#include <vector>

#include "core/file_kind.h"
#include "core/span.h"

namespace credlint::facts {

enum class FactKind {
  AccessKeyId,
  SecretAccessKey,
  SessionToken,
  Region,
  Expiry,
  Profile,  // a profile the file selects (AWS_PROFILE in a .env, profile_name= in code)
  Endpoint, // an endpoint URL given to a client (endpoint_url=, endpoint:, ServiceURL)
  Arn,      // an ARN given to a client or provider (role_arn=, RoleArn:, TopicArn=)
};

// A value as one SDK family reads it, when that differs from the standard reading.
struct Reading {
  std::string who;    // "botocore (AWS CLI, boto3)", "Go v2", ...
  std::string value;  // what it reads
};

struct Fact {
  FactKind kind = FactKind::AccessKeyId;
  std::string name;        // property or variable name as written
  std::string value;       // the standard reading
  std::string intended;    // the value without quotes, comments or invisible characters
  std::vector<Reading> other_readings;
  core::Span span;         // the value (an empty span at the name's end if the value is empty)
  core::Span name_span;
  std::size_t line = 0;
  bool multi_line = false; // continuation lines were joined into the value
  // Source code: the value is not a literal (a variable, a call, an environment read):
  // it counts for pairing (a key with a token from os.environ is paired) but has no value.
  bool dynamic = false;
  // Source code: the value reached the scope through a variable or a concatenation;
  // `span` is where the literal is written, `use_span` where it enters the scope.
  bool via_variable = false;
  core::Span use_span;
};

struct Scope {
  std::string description;  // `profile "dev"`, `.env file`, `call to boto3.client`
  core::Span span;          // header, file start or call
  std::vector<Fact> facts;
  // Facts found by a text pattern, not by structure (a key ID inside a longer string or a
  // comment of source code): value rules (AWS101, AWS501, AWS502) apply, pairing rules
  // (AWS201, AWS202, AWS204) do not, since nothing says which values belong together.
  bool loose = false;

  [[nodiscard]] const Fact* first(FactKind kind) const {
    for (const Fact& fact : facts) {
      if (fact.kind == kind) return &fact;
    }
    return nullptr;
  }
  [[nodiscard]] bool has(FactKind kind) const { return first(kind) != nullptr; }
};

struct FactSet {
  core::FileKind file_kind = core::FileKind::Unknown;
  std::vector<Scope> scopes;
};

}  // namespace credlint::facts
