// The rule registry: a static, sorted array generated from the CREDLINT_RULES list in
// rules/CMakeLists.txt (no self-registration, which static libraries drop silently).
#pragma once

#include <span>
#include <string_view>

#include "engine/rule.h"

namespace credlint::rules {

[[nodiscard]] std::span<const engine::RuleDef* const> all_rules();
[[nodiscard]] const engine::RuleDef* find_rule(std::string_view id);
// Index of a rule in all_rules() (SARIF ruleIndex); -1 when unknown.
[[nodiscard]] int rule_index(std::string_view id);

}  // namespace credlint::rules
