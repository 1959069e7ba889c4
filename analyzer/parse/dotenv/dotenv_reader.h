// credlint's reader for .env files: `NAME=value` lines with optional `export`, quotes
// (single, double, backtick; multi-line), inline comments and references, read the way
// each common loader reads them (see dotenv_document.h). It never stops at a bad line.
#pragma once

#include <string_view>

#include "parse/dotenv/dotenv_document.h"

namespace credlint::dotenv {

[[nodiscard]] DotenvDocument read_dotenv(std::string_view bytes, Dialect dialect = Dialect::EnvFile);

// POSIX shell variable name: [A-Za-z_][A-Za-z0-9_]*
[[nodiscard]] bool is_portable_name(std::string_view name);

}  // namespace credlint::dotenv
