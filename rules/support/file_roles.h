// What a file is for and where its values go, for rules that treat .env files apart
// from profile files: templates meant to be copied and filled in, the variable and the
// loader readings behind a .env fact, and the endpoints a .env file sends requests to.
// Rules cannot see discover/, so everything here works on the display path and on
// what the readers recorded.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "aws/environment_variables.h"
#include "core/text.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {

// ---- files ------------------------------------------------------------------------------

inline std::string_view file_name_of(std::string_view display_path) {
  const std::size_t slash = display_path.find_last_of("/\\");
  return slash == std::string_view::npos ? display_path : display_path.substr(slash + 1);
}

// A file meant to be copied and filled in, where placeholder values are normal:
// .env.example, .env.sample, .env.template, .env.dist (Symfony), .env.tpl (1Password's
// `op inject`), example.env, .env.local.example. One dot-separated part of the name
// is such a word. `.env.defaults` is no template: dotenv-defaults loads it at run time.
inline bool is_template_file(std::string_view display_path) {
  static constexpr std::array<std::string_view, 6> kTemplateWords = {"example", "sample", "template",
                                                                     "dist",    "tpl",    "tmpl"};
  const std::string name = core::ascii_lower(file_name_of(display_path));
  std::size_t begin = 0;
  while (begin <= name.size()) {
    std::size_t dot = name.find('.', begin);
    if (dot == std::string::npos) dot = name.size();
    const std::string_view part = std::string_view(name).substr(begin, dot - begin);
    for (std::string_view word : kTemplateWords) {
      if (part == word) return true;
    }
    begin = dot + 1;
  }
  return false;
}

// A value cut short on purpose, as templates and docs write them: "AKIA...", "wJalr…".
// Nobody pastes an ellipsis from a key; the shape rules leave such values alone.
inline bool is_elided(std::string_view value) {
  value = core::trim_ascii_whitespace(value);
  constexpr std::string_view kDots = "...";
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
  for (std::string_view suffix : {kDots, kEllipsis}) {
    if (value.size() >= suffix.size() && value.substr(value.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

// direnv's .envrc is read by a shell only; the dotenv loaders never see it.
// The reader took the file for a shell script (direnv's .envrc; engine/scanner.cpp picks
// the dialect): rules judge such files as a shell reads them.
inline bool is_shell_script(const engine::AnalyzedFile& file) {
  return file.dotenv && file.dotenv->dialect == dotenv::Dialect::ShellScript;
}

// ---- endpoints --------------------------------------------------------------------------

// The host of an endpoint URL or host:port, lower case: "http://u@LocalHost:4566/x" ->
// "localhost", "[::1]:4566" -> "::1", "minio:9000" -> "minio".
inline std::string endpoint_host(std::string_view url) {
  url = core::trim_ascii_whitespace(url);
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (const std::size_t at = url.find('@'); at != std::string_view::npos && at < url.find('/')) {
    url.remove_prefix(at + 1);
  }
  if (!url.empty() && url.front() == '[') return core::ascii_lower(url.substr(1, url.find(']') - 1));
  return core::ascii_lower(url.substr(0, url.find_first_of(":/")));
}

// Local emulators (LocalStack, moto, MinIO, DynamoDB Local) accept any key
// (aws-semantics.md §4.4, §5.3).
inline bool is_local_host(std::string_view host) {
  static constexpr std::array<std::string_view, 7> kLocalHosts = {
      "localhost", "127.0.0.1", "::1", "0.0.0.0", "host.docker.internal", "localstack", "minio"};
  for (std::string_view local : kLocalHosts) {
    if (host == local) return true;
  }
  constexpr std::string_view kLocalstackCloud = ".localstack.cloud";
  return host.size() > kLocalstackCloud.size() &&
         host.compare(host.size() - kLocalstackCloud.size(), kLocalstackCloud.size(), kLocalstackCloud) == 0;
}

// A host under the DNS suffixes of AWS's partitions (dnsSuffix and dualStackDnsSuffix of
// the embedded botocore data): VPC endpoints and FIPS hosts included.
inline bool is_aws_host(std::string_view host) {
  // Per partition: aws, aws-cn, aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, then dual-stack.
  static constexpr std::array<std::string_view, 14> kAwsSuffixes = {
      "amazonaws.com",
      "amazonaws.com.cn",
      "amazonaws.eu",
      "c2s.ic.gov",
      "sc2s.sgov.gov",
      "cloud.adc-e.uk",
      "csp.hci.ic.gov",
      "api.aws",
      "api.aws.ic.gov",
      "api.aws.hci.ic.gov",
      "api.aws.scloud",
      "api.cloud-aws.adc-e.uk",
      "api.amazonwebservices.com.cn",
      "api.amazonwebservices.eu",
  };
  for (std::string_view suffix : kAwsSuffixes) {
    if (host == suffix) return true;
    if (host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0 &&
        host[host.size() - suffix.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

// Looks like an address rather than a flag: a scheme, a dot, a port, or localhost
// (AWS_USE_FIPS_ENDPOINT=true names an endpoint but holds none).
inline bool looks_like_address(std::string_view value) {
  if (value.find("://") != std::string_view::npos || value.find('.') != std::string_view::npos) return true;
  const std::size_t colon = value.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < value.size()) {
    bool digits = true;
    for (char c : value.substr(colon + 1)) digits = digits && c >= '0' && c <= '9';
    if (digits) return true;
  }
  return core::ascii_lower(value) == "localhost";
}

// The hosts a .env file points an SDK at: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>,
// and the names applications pass on themselves (AWS_S3_ENDPOINT_URL of django-storages,
// S3_ENDPOINT, MINIO_ENDPOINT): every variable whose name holds ENDPOINT.
inline std::vector<std::string> dotenv_endpoint_hosts(const AnalyzedFile& file) {
  std::vector<std::string> hosts;
  if (!file.dotenv) return hosts;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.only_reference) continue;
    std::string upper_name = entry.name;
    for (char& c : upper_name) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (upper_name.find("ENDPOINT") == std::string::npos) continue;
    const std::string value = core::strip_value_decoration(entry.value);
    if (!looks_like_address(value)) continue;
    if (std::string host = endpoint_host(value); !host.empty()) hosts.push_back(std::move(host));
  }
  return hosts;
}

// The .env file sends requests to something other than AWS (MinIO, Ceph, Cloudflare R2,
// LocalStack): those services issue and accept keys of other shapes.
inline bool dotenv_targets_other_service(const AnalyzedFile& file) {
  for (const std::string& host : dotenv_endpoint_hosts(file)) {
    if (!is_aws_host(host)) return true;
  }
  return false;
}

// The .env file is set up for a local emulator: an endpoint on a local host, or
// LocalStack's own settings (LOCALSTACK_HOST, LOCALSTACK_AUTH_TOKEN, ...).
inline bool dotenv_targets_local_emulator(const AnalyzedFile& file) {
  if (!file.dotenv) return false;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.name.rfind("LOCALSTACK_", 0) == 0) return true;
  }
  for (const std::string& host : dotenv_endpoint_hosts(file)) {
    if (is_local_host(host)) return true;
  }
  return false;
}

// ---- .env variables and loader readings --------------------------------------------------

// The .env entry a fact came from (nullptr for other files).
inline const dotenv::Entry* dotenv_entry_of(const AnalyzedFile& file, const Fact& fact) {
  if (!file.dotenv) return nullptr;
  for (const dotenv::Entry& entry : file.dotenv->entries) {
    if (entry.name_span == fact.name_span) return &entry;
  }
  return nullptr;
}

// "AWS_SECRET_KEY (legacy name, read by Go v1/v2, ... only, as a fallback)"; the
// standard names as they are.
inline std::string variable_label(const Fact& fact) {
  const auto info = aws::aws_variable(fact.name);
  if (!info || !info->legacy) return fact.name;
  return fmt::format("{} (legacy name, read by {})", fact.name, info->read_by);
}

// The variable, and where a quoted value spans several lines.
inline std::string dotenv_subject(const Fact& fact, const dotenv::Entry& entry) {
  std::string subject = variable_label(fact);
  if (entry.end_line > entry.line) {
    subject += fmt::format(" (a quoted value over lines {}-{})", entry.line, entry.end_line);
  }
  return subject;
}

// "dotenv (Node), python-dotenv and a shell"
inline std::string join_loaders(const std::vector<dotenv::Loader>& loaders) {
  return join_list_of(loaders, [](dotenv::Loader loader) { return dotenv::loader_display_name(loader); });
}

using ShapeProblem = std::optional<std::string> (*)(std::string_view);

// What the loaders that read a .env value make of it: nullopt when every reading is
// well formed; otherwise the problem, and where the loaders read the value differently,
// which of them reads what ("as python-dotenv and docker compose read it, access key ID
// contains '#' ...; dotenv (Node) reads a well-formed key ID"). Each reading is judged as
// the fact's own value is: decoration and blanks left out (AWS103's), so a reading that
// is well formed only without its inner blanks is not called well formed either. An
// empty reading is left to AWS204 and AWS601; a .envrc is read by a shell only.
inline std::optional<std::string> loader_problems(const AnalyzedFile& file, const dotenv::Entry& entry,
                                                  ShapeProblem problem_of, std::string_view well_formed) {
  struct Group {
    std::optional<std::string> problem;
    bool inner_blanks = false;  // well formed only once blanks are left out
    std::vector<dotenv::Loader> loaders;
  };
  std::vector<Group> groups;
  const bool shell_only = is_shell_script(file);
  for (dotenv::Loader loader : dotenv::kAllLoaders) {
    if (shell_only && loader != dotenv::Loader::Shell) continue;
    const auto& reading = entry.reading(loader);
    if (!reading) continue;
    const std::string intended = core::strip_value_decoration(*reading);
    const std::string judged = aws::without_blanks(intended);
    if (judged.empty()) continue;
    std::optional<std::string> problem = problem_of(judged);
    const bool inner_blanks = !problem && judged.size() != intended.size();
    auto group = groups.begin();
    while (group != groups.end() && (group->problem != problem || group->inner_blanks != inner_blanks)) ++group;
    if (group == groups.end()) {
      groups.push_back({std::move(problem), inner_blanks, {loader}});
    } else {
      group->loaders.push_back(loader);
    }
  }
  bool any_problem = false;
  for (const Group& group : groups) any_problem = any_problem || group.problem.has_value();
  if (!any_problem) return std::nullopt;
  if (groups.size() == 1) return groups.front().problem;
  // The problems first: the well-formed readings only say who is spared.
  std::stable_partition(groups.begin(), groups.end(), [](const Group& group) { return group.problem.has_value(); });
  std::string text;
  for (const Group& group : groups) {
    if (group.inner_blanks) continue;
    if (!text.empty()) text += "; ";
    const std::string_view verb = group.loaders.size() == 1 ? "reads" : "read";
    text += group.problem ? fmt::format("as {} {} it, {}", join_loaders(group.loaders), verb, *group.problem)
                          : fmt::format("{} {} a well-formed {}", join_loaders(group.loaders), verb, well_formed);
  }
  return text;
}

}  // namespace credlint::rules
