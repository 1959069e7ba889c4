// The AWS SDKs' own profile-file conformance suites (tests/data/conformance, Apache-2.0,
// see NOTICE.md), one Catch2 test case per JSON case so every case is listed by name.
#include <catch2/catch.hpp>

#include <deque>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "aws/file_locations.h"
#include "core/source_file.h"
#include "parse/ini/profile_reader.h"
#include "parse/ini/profile_set.h"

using namespace credlint;
using nlohmann::json;

namespace {

json load(const std::string& name) {
  std::ifstream in(std::string(CREDLINT_SOURCE_DIR) + "/tests/data/conformance/" + name);
  return json::parse(in);
}

json sections_as_json(const std::map<std::string, ini::ResolvedSection>& sections) {
  json out = json::object();
  for (const auto& [name, section] : sections) {
    json properties = json::object();
    for (const auto& [key, value] : section.properties) properties[key] = value.value;
    out[name] = properties;
  }
  return out;
}

void run_parser_case(const json& test) {
  const json& input = test.at("input");
  const std::string config_text = input.value("configFile", "");
  const std::string credentials_text = input.value("credentialsFile", "");
  const core::SourceFile config("config", config_text);
  const core::SourceFile credentials("credentials", credentials_text);
  const ini::ProfileDocument config_doc = ini::read_profile_file(config.bytes(), ini::ProfileFileKind::Config);
  const ini::ProfileDocument credentials_doc =
      ini::read_profile_file(credentials.bytes(), ini::ProfileFileKind::Credentials);

  const json& output = test.at("output");
  if (output.contains("errorContaining")) {
    const std::string wanted = output.at("errorContaining");
    bool found = false;
    for (const auto* doc : {&config_doc, &credentials_doc}) {
      for (const ini::Diagnostic& d : doc->diagnostics) {
        found = found || (d.fatal && d.message.find(wanted) != std::string::npos);
      }
    }
    INFO("expected a fatal diagnostic containing: " << wanted);
    CHECK(found);
    return;
  }
  CHECK(config_doc.parsed_by_standard_sdks());
  CHECK(credentials_doc.parsed_by_standard_sdks());
  const ini::ProfileSet set =
      ini::merge_profile_files({{&config, &config_doc}}, {{&credentials, &credentials_doc}});
  CHECK(sections_as_json(set.profiles).dump() == output.at("config").at("profiles").dump());
  if (output.at("config").contains("sso_sessions")) {
    CHECK(sections_as_json(set.sso_sessions).dump() == output.at("config").at("sso_sessions").dump());
  }
}

void run_location_case(const json& test) {
  std::map<std::string, std::string> environment;
  for (const auto& [name, value] : test.at("environment").items()) environment[name] = value.get<std::string>();
  const auto platform = test.at("platform") == "windows" ? aws::Platform::Windows : aws::Platform::Linux;
  const aws::ProfileLocations locations = aws::resolve_profile_locations(environment, platform);
  CHECK(locations.config_file == test.at("configLocation").get<std::string>());
  CHECK(locations.credentials_file == test.at("credentialsLocation").get<std::string>());
  if (test.contains("profile")) CHECK(locations.profile == test.at("profile").get<std::string>());
}

// Registers one test case per JSON case at start-up (Catch2 v2 has no dynamic tests).
class JsonCase : public Catch::ITestInvoker {
 public:
  JsonCase(json test, void (*run)(const json&)) : test_(std::move(test)), run_(run) {}
  void invoke() const override { run_(test_); }

 private:
  json test_;
  void (*run_)(const json&);
};

std::deque<std::string>& names() {
  static std::deque<std::string> storage;  // Catch keeps StringRefs to these
  return storage;
}

void register_suite(const std::string& file, const std::string& label, void (*run)(const json&)) {
  const json suite = load(file);
  std::size_t index = 0;
  for (const json& test : suite.at("tests")) {
    ++index;
    std::string name = test.at("name").get<std::string>();
    for (char& c : name) {
      if (c == ';' || c == ',' || c == '[' || c == ']') c = ' ';  // ctest and Catch name rules
    }
    names().push_back(label + " " + (index < 10 ? "0" : "") + std::to_string(index) + ": " + name);
    names().push_back("[conformance]");
    Catch::AutoReg(new JsonCase(test, run), CATCH_INTERNAL_LINEINFO, "",
                   Catch::NameAndTags{names()[names().size() - 2], names().back()});
  }
}

const bool kRegistered = [] {
  register_suite("profile-parser-tests.json", "profile parser", &run_parser_case);
  register_suite("file-location-tests.json", "file location", &run_location_case);
  return true;
}();

}  // namespace

TEST_CASE("the conformance suites are all registered") {
  CHECK(kRegistered);
  CHECK(load("profile-parser-tests.json").at("tests").size() == 65);
  CHECK(load("file-location-tests.json").at("tests").size() == 9);
}
