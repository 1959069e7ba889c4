// The RE2 layer for text files no grammar reads (Dockerfiles, shell scripts, properties
// files, anything else that is text): credential-shaped literals with their exact spans,
// so AWS101, AWS102, AWS201, AWS501 and AWS502 see them as facts. A key ID and the
// secret or token that follow it in the same file form one scope only when they are
// assigned next to each other (see text_facts.cpp); otherwise each stands alone.
#pragma once

#include "core/source_file.h"
#include "facts/fact.h"

namespace credlint::text {

[[nodiscard]] facts::FactSet extract_facts(const core::SourceFile& file);

// Every well-formed key ID in the file (AKIA/ASIA/ABIA/ACCA + 16), wherever it stands:
// for source files, the key IDs a query did not place.
[[nodiscard]] std::vector<facts::Fact> find_key_ids(const core::SourceFile& file);

}  // namespace credlint::text
