// credlint's reader for AWS shared config and credentials files. It follows the
// cross-SDK parser test suite (the conformance JSON in tests/data) for the standard
// reading and records how botocore/AWS CLI, Go v2 and JS v3 read each header and value.
// It never stops at the first error: problems become Diagnostics and reading goes on,
// so one broken line does not hide the findings in the rest of the file.
#pragma once

#include <string_view>

#include "parse/ini/profile_document.h"

namespace credlint::ini {

[[nodiscard]] ProfileDocument read_profile_file(std::string_view bytes, ProfileFileKind kind);

// SDK-std name rules (aws-semantics.md §1.4).
[[nodiscard]] bool is_valid_profile_name(std::string_view name);
[[nodiscard]] bool is_valid_property_name(std::string_view name);

}  // namespace credlint::ini
