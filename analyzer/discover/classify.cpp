#include "discover/classify.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "parse/source/languages.h"

namespace credlint::discover {
namespace {

// Extensions of files that are never text: not read at all (reading them only to find
// the NUL byte would cost time on every image of a repository).
constexpr std::array<std::string_view, 44> kBinaryExtensions = {
    "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tiff", "psd", "pdf", "zip", "gz", "tgz", "bz2", "xz",
    "zst", "7z", "rar", "jar", "war", "class", "so", "dylib", "dll", "exe", "o", "a", "obj", "pyc", "wasm",
    "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "mov", "avi", "webm", "ogg", "wav", "sqlite", "db"};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

core::FileKind classify_path(const std::filesystem::path& path) {
  const std::filesystem::path parent = path.parent_path().filename();
  const std::string name = path.filename().string();
  if (parent == ".aws") {
    if (name == "config") return core::FileKind::Config;
    if (name == "credentials") return core::FileKind::Credentials;
  }
  // .env, .env.local, .env.production, app.env, and direnv's .envrc.
  if (name == ".env" || name == ".envrc" || name.rfind(".env.", 0) == 0) return core::FileKind::Dotenv;
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".env") == 0) return core::FileKind::Dotenv;
  if (!source::language_for_path(name).empty()) return core::FileKind::Source;
  const std::size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) {
    const std::string extension = lower(std::string_view(name).substr(dot + 1));
    if (std::find(kBinaryExtensions.begin(), kBinaryExtensions.end(), extension) != kBinaryExtensions.end()) {
      return core::FileKind::Unknown;
    }
  }
  return core::FileKind::Text;
}

}  // namespace credlint::discover
