// Turns a parsed .env file into the common facts model: one Scope for the whole file,
// one Fact per credential, region or expiry variable whose value is a literal (a value
// that is only `${VAR}` is a reference, not a credential).
#pragma once

#include "core/source_file.h"
#include "facts/fact.h"
#include "parse/dotenv/dotenv_document.h"

namespace credlint::dotenv {

[[nodiscard]] facts::FactSet extract_facts(const core::SourceFile& source, const DotenvDocument& document);

}  // namespace credlint::dotenv
