#include "discover/classify.h"

namespace credlint::discover {

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
  return core::FileKind::Unknown;
}

}  // namespace credlint::discover
