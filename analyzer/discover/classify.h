// FileKind from a path: `.aws/config` and `.aws/credentials` anywhere in a tree are
// profile files. The .env and source-code readers add their kinds here.
#pragma once

#include <filesystem>

#include "core/file_kind.h"

namespace credlint::discover {

[[nodiscard]] core::FileKind classify_path(const std::filesystem::path& path);

}  // namespace credlint::discover
