// Turns a parsed profile file into the common facts model: one Scope per section, one
// Fact per credential, region or expiry property, with the readings of the SDKs that
// differ from the standard one.
#pragma once

#include "core/source_file.h"
#include "facts/fact.h"
#include "parse/ini/profile_document.h"

namespace credlint::ini {

[[nodiscard]] facts::FactSet extract_facts(const core::SourceFile& source, const ProfileDocument& document);

// What the user meant: the value with surrounding quotes, inline comments, blanks,
// carriage returns, non-breaking and zero-width spaces and BOMs removed.
[[nodiscard]] std::string intended_value(std::string_view raw);

}  // namespace credlint::ini
