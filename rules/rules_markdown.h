// Generates rules/README.md from the rule metadata (`credlint rules --markdown`); a
// test fails when the committed file is stale.
#pragma once

#include <string>

namespace credlint::rules {

[[nodiscard]] std::string rules_markdown();

}  // namespace credlint::rules
