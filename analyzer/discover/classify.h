// FileKind from a path: `.aws/config` and `.aws/credentials` anywhere in a tree are
// profile files; `.env`, `.env.*`, `*.env` and `.envrc` are dotenv files. The
// source-code reader adds its kinds here.
#pragma once

#include <filesystem>

#include "core/file_kind.h"

namespace credlint::discover {

[[nodiscard]] core::FileKind classify_path(const std::filesystem::path& path);
// `.env.example`, `.env.sample`, `.env.template`: committed templates, where
// placeholder values are normal (AWS501 does not apply).
[[nodiscard]] bool is_dotenv_template(const std::filesystem::path& path);

}  // namespace credlint::discover
