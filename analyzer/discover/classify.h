// FileKind from a path: `.aws/config` and `.aws/credentials` anywhere in a tree are
// profile files; `.env`, `.env.*`, `*.env` and `.envrc` are dotenv files. The
// source-code reader adds its kinds here.
#pragma once

#include <filesystem>

#include "core/file_kind.h"

namespace credlint::discover {

[[nodiscard]] core::FileKind classify_path(const std::filesystem::path& path);

}  // namespace credlint::discover
