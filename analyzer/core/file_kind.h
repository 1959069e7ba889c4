// What a file is to credlint. Decided by classify (path + bytes) or by the user's
// --config-file / --credentials-file flags; rules declare which kinds they apply to.
#pragma once

#include <string_view>

namespace credlint::core {

enum class FileKind { Config, Credentials, Dotenv, Source, Unknown };

constexpr std::string_view to_string(FileKind kind) {
  switch (kind) {
    case FileKind::Config: return "config";
    case FileKind::Credentials: return "credentials";
    case FileKind::Dotenv: return "dotenv";
    case FileKind::Source: return "source";
    case FileKind::Unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace credlint::core
