// How each SDK takes static credentials from environment variables (aws-semantics.md
// §3.1, §3.2): the names it reads for the key ID, the secret and the session token, in
// order, and whether half a pair is an error. The legacy names (AWS_ACCESS_KEY,
// AWS_SECRET_KEY, AMAZON_*, AWS_SECURITY_TOKEN) make one .env file complete for some
// SDKs and incomplete for others, so AWS202 and AWS204 judge a .env SDK by SDK.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/rule.h"
#include "facts/fact.h"
#include "parse/dotenv/dotenv_document.h"
#include "rules/support/rule_support.h"

namespace credlint::rules::env_credentials {

// One environment credential provider of an SDK. Names are tried in order; unused
// slots are empty.
struct Provider {
  std::array<std::string_view, 3> key_ids;
  std::array<std::string_view, 3> secrets;
  std::array<std::string_view, 2> tokens;
};

struct Sdk {
  std::string_view name;
  std::array<Provider, 2> providers;  // JS v2 tries AWS_* and then AMAZON_*
  std::size_t provider_count = 1;
  // botocore raises PartialCredentialsError for a key ID without a secret; every other
  // SDK lets its environment provider fail softly and moves on down the chain.
  bool key_without_secret_is_error = false;
  // botocore takes the first token variable that is set at all, even to "".
  bool empty_token_counts = false;
};

// Sources: botocore EnvProvider (TOKENS = AWS_SECURITY_TOKEN, AWS_SESSION_TOKEN); Go v1
// and v2 env_config (AWS_ACCESS_KEY, AWS_SECRET_KEY as fallbacks); JS v2
// EnvironmentCredentials('AWS') then ('AMAZON'); JS v3 fromEnv; Java v1
// EnvironmentVariableCredentialsProvider (AWS_SECRET_KEY first); Java v2
// SystemSettingsCredentialsProvider; .NET EnvironmentVariablesAWSCredentials (legacy
// AWS_SECRET_KEY fallback); Ruby credential_provider_chain env_credentials.
inline constexpr std::array<Sdk, 9> kSdks = {{
    {"botocore (AWS CLI, boto3)",
     {{{{"AWS_ACCESS_KEY_ID"}, {"AWS_SECRET_ACCESS_KEY"}, {"AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"}}}},
     1,
     true,
     true},
    {"Go v1",
     {{{{"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY"}, {"AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {"Go v2",
     {{{{"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY"}, {"AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {"JS v2",
     {{{{"AWS_ACCESS_KEY_ID"}, {"AWS_SECRET_ACCESS_KEY"}, {"AWS_SESSION_TOKEN"}},
       {{"AMAZON_ACCESS_KEY_ID"}, {"AMAZON_SECRET_ACCESS_KEY"}, {"AMAZON_SESSION_TOKEN"}}}},
     2},
    {"JS v3", {{{{"AWS_ACCESS_KEY_ID"}, {"AWS_SECRET_ACCESS_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {"Java v1",
     {{{{"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY"}, {"AWS_SECRET_KEY", "AWS_SECRET_ACCESS_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {"Java v2", {{{{"AWS_ACCESS_KEY_ID"}, {"AWS_SECRET_ACCESS_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {".NET", {{{{"AWS_ACCESS_KEY_ID"}, {"AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"}, {"AWS_SESSION_TOKEN"}}}}},
    {"Ruby",
     {{{{"AWS_ACCESS_KEY_ID", "AMAZON_ACCESS_KEY_ID", "AWS_ACCESS_KEY"},
        {"AWS_SECRET_ACCESS_KEY", "AMAZON_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"},
        {"AWS_SESSION_TOKEN", "AMAZON_SESSION_TOKEN"}}}}},
}};

// What a .env file assigns to a variable: its last assignment wins in every loader.
struct Variable {
  enum class State { Empty, Value, Reference };
  State state = State::Empty;
  const dotenv::Entry* entry = nullptr;
  const facts::Fact* fact = nullptr;  // nullptr for references

  [[nodiscard]] bool set() const { return state != State::Empty; }  // a value or `${VAR}`
};

class DotenvVariables {
 public:
  DotenvVariables(const engine::AnalyzedFile& file, const facts::Scope& scope) {
    if (!file.dotenv) return;
    // Facts by the offset of their name: a large file must not cost entries x facts.
    std::unordered_map<std::size_t, const facts::Fact*> facts_by_name;
    for (const facts::Fact& fact : scope.facts) facts_by_name[fact.name_span.begin] = &fact;
    for (const dotenv::Entry& entry : file.dotenv->entries) {
      Variable variable;
      variable.entry = &entry;
      if (const auto found = facts_by_name.find(entry.name_span.begin); found != facts_by_name.end()) {
        variable.fact = found->second;
      }
      if (entry.only_reference) {
        variable.state = Variable::State::Reference;
      } else if (variable.fact != nullptr && !variable.fact->intended.empty()) {
        variable.state = Variable::State::Value;
      }
      variables_[entry.name] = variable;
    }
  }

  // nullptr when the file does not assign `name`.
  [[nodiscard]] const Variable* get(std::string_view name) const {
    if (name.empty()) return nullptr;
    const auto found = variables_.find(std::string(name));
    return found == variables_.end() ? nullptr : &found->second;
  }

  // The first of `names` holding a value or a reference (how the SDKs pick among names).
  template <std::size_t N>
  [[nodiscard]] const Variable* first_set(const std::array<std::string_view, N>& names) const {
    for (std::string_view name : names) {
      const Variable* variable = get(name);
      if (variable != nullptr && variable->set()) return variable;
    }
    return nullptr;
  }

 private:
  std::map<std::string, Variable> variables_;
};

enum class PairState { Complete, KeyOnly, SecretOnly, Neither };

// How one SDK sees the .env file's credentials.
struct SdkView {
  const Sdk* sdk = nullptr;
  PairState state = PairState::Neither;
  const Variable* key = nullptr;  // the key ID it reads, if any
  const Variable* secret = nullptr;
  const Variable* token = nullptr;  // the token it reads beside that key
};

inline const Variable* token_of(const Sdk& sdk, const Provider& provider, const DotenvVariables& variables) {
  if (!sdk.empty_token_counts) return variables.first_set(provider.tokens);
  for (std::string_view name : provider.tokens) {
    if (const Variable* variable = variables.get(name)) return variable;
  }
  return nullptr;
}

inline SdkView view_of(const Sdk& sdk, const DotenvVariables& variables) {
  SdkView view{&sdk};
  bool key_only = false, secret_only = false;
  for (std::size_t i = 0; i < sdk.provider_count; ++i) {
    const Provider& provider = sdk.providers[i];
    const Variable* key = variables.first_set(provider.key_ids);
    const Variable* secret = variables.first_set(provider.secrets);
    if (key != nullptr && secret != nullptr) {
      return SdkView{&sdk, PairState::Complete, key, secret, token_of(sdk, provider, variables)};
    }
    if (key != nullptr && view.key == nullptr) {
      view.key = key;
      view.token = token_of(sdk, provider, variables);
    }
    if (secret != nullptr && view.secret == nullptr) view.secret = secret;
    key_only = key_only || key != nullptr;
    secret_only = secret_only || secret != nullptr;
  }
  view.state = key_only ? PairState::KeyOnly : secret_only ? PairState::SecretOnly : PairState::Neither;
  return view;
}

inline std::vector<SdkView> views_of(const DotenvVariables& variables) {
  std::vector<SdkView> views;
  for (const Sdk& sdk : kSdks) views.push_back(view_of(sdk, variables));
  return views;
}

// "Go v1, Go v2 and Ruby", or "every SDK" when the list holds all of them.
inline std::string sdk_list(const std::vector<const Sdk*>& sdks) {
  if (sdks.size() == kSdks.size()) return "every SDK";
  return join_list_of(sdks, [](const Sdk* sdk) { return sdk->name; });
}

// The verb that goes with sdk_list(sdks): "every SDK" takes the singular too.
inline std::string_view verb_for(const std::vector<const Sdk*>& sdks, std::string_view one, std::string_view many) {
  return sdks.size() == 1 || sdks.size() == kSdks.size() ? one : many;
}

}  // namespace credlint::rules::env_credentials
