// Facts from source code (FileKind::Source, tree-sitter) and from text files no grammar
// reads (FileKind::Text, the RE2 layer), as the rules judge them: which values are
// literals worth judging, which scopes talk to something other than AWS, where an
// endpoint URL or an ARN says which region and partition it belongs to, and how to
// report a literal once when one variable carries it into several calls.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "aws/environment_variables.h"
#include "aws/regions.h"
#include "core/text.h"
#include "rules/support/file_roles.h"
#include "rules/support/rule_support.h"

namespace credlint::rules {

inline bool is_code(const AnalyzedFile& file) { return file.kind == FileKind::Source; }
inline bool is_text(const AnalyzedFile& file) { return file.kind == FileKind::Text; }

// A fact named after an environment variable (AWS_REGION, AWS_ACCESS_KEY_ID): in code the
// literal default of an environment read or an `os.environ[...] = ...` write, not an
// argument of a client. Such facts stand alone in their scope (one getenv call, one
// assignment), so the pairing rules do not judge them: the other half lives in the
// process environment.
inline bool names_environment_variable(const Fact& fact) {
  if (fact.name.empty()) return false;
  const bool upper = std::none_of(fact.name.begin(), fact.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return upper && aws::sdk_variable(fact.name).has_value();
}

// `${AWS_REGION}`, `{{ region }}`, `<region>`, `%REGION%`, `$REGION`: filled in by
// something else before any SDK sees it.
inline bool is_template_value(std::string_view value) {
  if (value.empty()) return false;
  if (value.front() == '$' || value.find("${") != std::string_view::npos) return true;
  if (value.find("{{") != std::string_view::npos) return true;
  return value.size() >= 3 && ((value.front() == '<' && value.back() == '>') ||
                               (value.front() == '%' && value.back() == '%'));
}

// A credential value that looks like some AWS credential (possibly damaged): in code and
// in free text, a key slot holding "mykey" or "none" is a stub for a mock or an
// emulator, not a broken key, and the shape rules leave it alone.
// IAM unique IDs (AIDA..., AROA...) are pasted into key slots by mistake (AWS101 names them).
inline bool is_credential_shaped(std::string_view value) {
  const bool iam_unique_id =
      value.size() >= 16 && value.size() <= 24 && value.front() == 'A' &&
      std::all_of(value.begin(), value.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
  return iam_unique_id || aws::could_be_access_key_id(value) || aws::could_be_secret_access_key(value) ||
         aws::could_be_session_token(value) || aws::resembles_access_key_id(value);
}

// "aws_access_key_id" or, for a positional argument, what the position means.
inline std::string slot_label(const Fact& fact) {
  if (!fact.name.empty()) return fact.name;
  switch (fact.kind) {
    case FactKind::AccessKeyId: return "the access key ID argument";
    case FactKind::SecretAccessKey: return "the secret access key argument";
    case FactKind::SessionToken: return "the session token argument";
    case FactKind::Region: return "the region argument";
    case FactKind::Profile: return "the profile argument";
    case FactKind::Endpoint: return "the endpoint argument";
    case FactKind::Arn: return "the ARN argument";
    case FactKind::Expiry: return "the expiry argument";
  }
  return "the argument";
}

// ---- endpoints and ARNs -------------------------------------------------------------------

// The hosts of the literal endpoints a scope gives its client.
inline std::vector<std::string> scope_endpoint_hosts(const Scope& scope) {
  std::vector<std::string> hosts;
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::Endpoint || fact.dynamic || fact.intended.empty()) continue;
    if (is_template_value(fact.intended)) continue;
    if (std::string host = endpoint_host(fact.intended); !host.empty()) hosts.push_back(std::move(host));
  }
  return hosts;
}

// The client talks to something other than AWS (LocalStack, moto, MinIO, R2): such
// services issue and accept keys and regions of other shapes.
inline bool scope_targets_other_service(const Scope& scope) {
  for (const std::string& host : scope_endpoint_hosts(scope)) {
    if (!is_aws_host(host)) return true;
  }
  return false;
}

// The client is given an endpoint that is not a literal AWS host: a local daemon or
// emulator, a proxy, or a URL built at run time. Its region is then often only the
// signing name that endpoint expects.
inline bool scope_has_custom_endpoint(const Scope& scope) {
  for (const Fact& fact : scope.facts) {
    if (fact.kind != FactKind::Endpoint) continue;
    if (fact.dynamic || is_template_value(fact.intended) || !is_aws_host(endpoint_host(fact.intended))) return true;
  }
  return false;
}

// Documentation (README.md, docs/*.rst, examples/, botocore's examples-1.json): values
// there illustrate, they configure nothing.
inline bool is_documentation_file(std::string_view path) {
  const std::string lower = core::ascii_lower(path);
  for (std::string_view dir : {"docs/", "doc/", "examples/", "example/"}) {
    if (lower.substr(0, dir.size()) == dir || lower.find("/" + std::string(dir)) != std::string::npos) return true;
  }
  const std::string name(file_name_of(lower));
  if (name.rfind("example", 0) == 0) return true;  // examples-1.json, example.py
  for (std::string_view extension : {".md", ".markdown", ".rst", ".txt", ".adoc", ".html", ".htm"}) {
    if (name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0) {
      return true;
    }
  }
  return false;
}

inline bool scope_targets_local_emulator(const Scope& scope) {
  for (const std::string& host : scope_endpoint_hosts(scope)) {
    if (is_local_host(host)) return true;
  }
  return false;
}

// A text file set up for a local emulator: some line names an endpoint and a local host
// (`AWS_ENDPOINT_URL=http://localhost:4566`, `--endpoint-url http://localstack:4566`).
inline bool text_targets_local_emulator(const AnalyzedFile& file) {
  if (!is_text(file)) return false;
  for (std::size_t line = 1; line <= file.source->line_count(); ++line) {
    const std::string text = core::ascii_lower(file.source->line_text(line));
    if (text.find("localstack") != std::string::npos) return true;
    if (text.find("endpoint") == std::string::npos) continue;
    for (std::string_view host : {"localhost", "127.0.0.1", "host.docker.internal", "0.0.0.0", "minio"}) {
      if (text.find(host) != std::string::npos) return true;
    }
  }
  return false;
}

// The region an AWS endpoint host names (aws-semantics.md §5.3): `sqs.eu-west-1.amazonaws.com`,
// `s3.dualstack.eu-west-1.amazonaws.com`, `s3-eu-west-1.amazonaws.com`,
// `bucket.s3.eu-west-1.amazonaws.com`, `vpce-1.sqs.us-east-1.vpce.amazonaws.com`,
// `s3-external-1.amazonaws.com` (us-east-1). Only regions the data lists count; global
// endpoints (`s3.amazonaws.com`, `sts.amazonaws.com`) name none.
inline std::optional<std::string> endpoint_region(std::string_view host) {
  if (!is_aws_host(host)) return std::nullopt;
  std::vector<std::string_view> labels;
  std::size_t begin = 0;
  while (begin <= host.size()) {
    std::size_t dot = host.find('.', begin);
    if (dot == std::string_view::npos) dot = host.size();
    labels.push_back(host.substr(begin, dot - begin));
    begin = dot + 1;
  }
  std::optional<std::string> found;
  for (std::string_view label : labels) {
    if (label == "s3-external-1") found = "us-east-1";
    if (aws::find_region(label) != nullptr) found = std::string(label);
    // Legacy dash forms: s3-eu-west-1, s3-website-eu-west-1, s3-fips-us-gov-west-1.
    for (std::string_view prefix : {"s3-website-", "s3-fips-", "s3-"}) {
      if (label.substr(0, prefix.size()) == prefix && aws::find_region(label.substr(prefix.size())) != nullptr) {
        found = std::string(label.substr(prefix.size()));
        break;
      }
    }
  }
  return found;
}

// The partitions an endpoint host can belong to, by its DNS suffix (empty: not an AWS
// host). `amazonaws.com` serves both aws and aws-us-gov.
inline std::vector<std::string> endpoint_partitions(std::string_view host) {
  auto ends_with = [&](std::string_view suffix) {
    return host == suffix.substr(1) ||
           (host.size() >= suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0);
  };
  if (ends_with(".amazonaws.com.cn") || ends_with(".api.amazonwebservices.com.cn")) return {"aws-cn"};
  if (ends_with(".c2s.ic.gov") || ends_with(".api.aws.ic.gov")) return {"aws-iso"};
  if (ends_with(".sc2s.sgov.gov") || ends_with(".api.aws.scloud")) return {"aws-iso-b"};
  if (ends_with(".cloud.adc-e.uk") || ends_with(".api.cloud-aws.adc-e.uk")) return {"aws-iso-e"};
  if (ends_with(".csp.hci.ic.gov") || ends_with(".api.aws.hci.ic.gov")) return {"aws-iso-f"};
  if (ends_with(".amazonaws.eu") || ends_with(".api.amazonwebservices.eu")) return {"aws-eusc"};
  if (ends_with(".amazonaws.com") || ends_with(".api.aws")) return {"aws", "aws-us-gov"};
  return {};
}

// The fields of `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`; nullopt when not an ARN.
struct ArnParts {
  std::string partition;
  std::string service;
  std::string region;
};

inline std::optional<ArnParts> parse_arn(std::string_view arn) {
  if (arn.substr(0, 4) != "arn:") return std::nullopt;
  std::array<std::string_view, 3> fields;
  std::size_t begin = 4;
  for (std::string_view& field : fields) {
    const std::size_t colon = arn.find(':', begin);
    if (colon == std::string_view::npos) return std::nullopt;
    field = arn.substr(begin, colon - begin);
    begin = colon + 1;
  }
  return ArnParts{std::string(fields[0]), std::string(fields[1]), std::string(fields[2])};
}

// ---- reporting ----------------------------------------------------------------------------

// One variable can carry a literal into several calls: report it once, at the literal.
class OncePerLiteral {
 public:
  [[nodiscard]] bool first(const Fact& fact) {
    return reported_.insert({fact.span.begin, fact.span.end, static_cast<int>(fact.kind)}).second;
  }

 private:
  std::set<std::tuple<std::size_t, std::size_t, int>> reported_;
};

// A test file: fixed regions and stub keys are normal there (moto needs a region).
inline bool is_test_path(std::string_view path) {
  const std::string lower = core::ascii_lower(path);
  for (std::string_view dir : {"test/", "tests/", "spec/", "__tests__/", "testdata/", "testing/"}) {
    if (lower.substr(0, dir.size()) == dir || lower.find("/" + std::string(dir)) != std::string::npos) return true;
  }
  const std::string_view name = file_name_of(lower);
  if (name.substr(0, 5) == "test_" || name.substr(0, 5) == "test.") return true;
  for (std::string_view marker : {"_test.", ".test.", ".spec.", "_spec.", "test.java", "tests.java", "test.kt",
                                  "tests.cs", "test.cs"}) {
    if (name.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace credlint::rules
