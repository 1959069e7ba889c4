#include "discover/classify.h"

namespace credlint::discover {

core::FileKind classify_path(const std::filesystem::path& path) {
  const std::filesystem::path parent = path.parent_path().filename();
  const std::string name = path.filename().string();
  if (parent == ".aws") {
    if (name == "config") return core::FileKind::Config;
    if (name == "credentials") return core::FileKind::Credentials;
  }
  return core::FileKind::Unknown;
}

}  // namespace credlint::discover
