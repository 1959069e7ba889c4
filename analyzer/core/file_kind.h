// What a file is to credlint. Decided by classify (path + bytes) or by the user's
// --config-file / --credentials-file flags; rules declare which kinds they apply to.
#pragma once

#include <string_view>

namespace credlint::core {

// Source: code parsed with a tree-sitter grammar. Text: any other text file, where only
// credential-shaped literals are looked for (RE2), e.g. Dockerfiles and shell scripts.
enum class FileKind { Config, Credentials, Dotenv, Source, Text, Unknown };

// Profile and .env files: the kinds credlint is pointed at for what they are, so one that
// cannot be read is an error. Any other file of a tree is read opportunistically: trouble
// with it (a dangling link, a size over the limit) is a note.
constexpr bool is_aws_settings_kind(FileKind kind) {
  return kind == FileKind::Config || kind == FileKind::Credentials || kind == FileKind::Dotenv;
}

constexpr std::string_view to_string(FileKind kind) {
  switch (kind) {
    case FileKind::Config: return "config";
    case FileKind::Credentials: return "credentials";
    case FileKind::Dotenv: return "dotenv";
    case FileKind::Source: return "source";
    case FileKind::Text: return "text";
    case FileKind::Unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace credlint::core
