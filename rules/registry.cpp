#include "rules/registry.h"

namespace credlint::rules {

#define CREDLINT_RULE(symbol) extern const engine::RuleDef symbol;
#include "rule_list.inc"
#undef CREDLINT_RULE

namespace {
#define CREDLINT_RULE(symbol) &symbol,
constexpr const engine::RuleDef* kRules[] = {
#include "rule_list.inc"
};
#undef CREDLINT_RULE
}  // namespace

std::span<const engine::RuleDef* const> all_rules() { return kRules; }

const engine::RuleDef* find_rule(std::string_view id) {
  for (const engine::RuleDef* rule : kRules) {
    if (rule->id == id) return rule;
  }
  return nullptr;
}

int rule_index(std::string_view id) {
  for (std::size_t i = 0; i < std::size(kRules); ++i) {
    if (kRules[i]->id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace credlint::rules
