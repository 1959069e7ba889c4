// Fingerprints that keep code-scanning alerts stable: GitHub's primaryLocationLineHash
// (the rolling hash codeql-action computes, reimplemented so REST uploads get it too)
// and credlint/v1, a hash of the rule, the path and the mistake's line-independent
// identity. Neither feeds a secret in readable form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace credlint::report {

// "<hex>:<occurrence>" for every line of the file (index 0 = line 1).
[[nodiscard]] std::vector<std::string> line_hashes(std::string_view utf8_text);
[[nodiscard]] std::string stable_fingerprint(std::string_view rule_id, std::string_view path,
                                             std::string_view identity, std::size_t occurrence);

}  // namespace credlint::report
