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
};

struct Scope {
  std::string description;  // `profile "dev"`, `.env file`, `call to boto3.client`
  core::Span span;          // header, file start or call
  std::vector<Fact> facts;

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
