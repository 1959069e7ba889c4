// Runs every rule fixture under fixtures/rules/ (one Catch2 test case per fixture) and
// checks the harness itself.
#include <catch2/catch.hpp>

#include <deque>

#include "support/fixtures.h"

using namespace credlint;

namespace {

class FixtureInvoker : public Catch::ITestInvoker {
 public:
  explicit FixtureInvoker(testing::FixtureCase fixture) : fixture_(std::move(fixture)) {}
  void invoke() const override {
    const testing::FixtureRun run = testing::run_fixture(fixture_);
    for (const std::string& failure : run.failures) FAIL_CHECK(failure);
    CHECK(run.failures.empty());
  }

 private:
  testing::FixtureCase fixture_;
};

std::deque<std::string>& names() {
  static std::deque<std::string> storage;
  return storage;
}

const bool kRegistered = [] {
  for (testing::FixtureCase& fixture : testing::discover_fixture_cases()) {
    names().push_back("fixture " + fixture.name);
    names().push_back("[fixture]");
    Catch::AutoReg(new FixtureInvoker(std::move(fixture)), CATCH_INTERNAL_LINEINFO, "",
                   Catch::NameAndTags{names()[names().size() - 2], names().back()});
  }
  return true;
}();

}  // namespace

TEST_CASE("placeholders expand deterministically to the requested shapes") {
  const std::string key = testing::expand_placeholder("akid:ASIA", "seed");
  CHECK(key.size() == 20);
  CHECK(key.substr(0, 4) == "ASIA");
  CHECK(key == testing::expand_placeholder("akid:ASIA", "seed"));
  CHECK(key != testing::expand_placeholder("akid:ASIA", "other seed"));
  CHECK(testing::expand_placeholder("akid:AKIA:len=16", "s").size() == 16);
  const std::string lower = testing::expand_placeholder("akid:AKIA:lower", "s");
  CHECK(lower.substr(0, 4) == "AKIA");
  CHECK(lower.substr(4).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
  CHECK(testing::expand_placeholder("secret", "s").size() == 40);
  CHECK(testing::expand_placeholder("secret:len=39", "s").size() == 39);
  CHECK(testing::expand_placeholder("token", "s").size() > 100);
  CHECK(testing::expand_placeholder("token:len=40", "s").size() == 40);
  CHECK_THROWS(testing::expand_placeholder("nonsense", "s"));
}

TEST_CASE("every rule directory under fixtures/rules has fixtures") {
  CHECK(kRegistered);
  CHECK_FALSE(testing::discover_fixture_cases().empty());
}
