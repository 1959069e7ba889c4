// Unit tests of aws/credential_shapes: the shape checks behind AWS101, AWS102, AWS104,
// AWS105, AWS501 and AWS502. Credential-shaped values are assembled at run time so no
// key-shaped literal sits in the source.
#include <catch2/catch.hpp>

#include <string>

#include "aws/credential_shapes.h"

using namespace credlint;

namespace {

// "AKIA" + 16 characters of A-Z2-7 (a fixed, made-up body).
std::string key_id(const std::string& prefix = "AKIA", std::size_t length = 20) {
  const std::string body = "QZ7MRT2XWB5KDN3HLP4VCJ6G";
  return (prefix + body).substr(0, length);
}

// 40 characters of base64 with both cases, a digit, '/' and '+'.
std::string secret(std::size_t length = 40) {
  const std::string body = "q7Lm/Zt2Rw+Kd9Hn3Vb5Xc8Jp1Gf6Ys4Ta0Ue2Wi7No5Qk3Mh9Bv1";
  return body.substr(0, length);
}

std::string token(std::size_t length = 356) {
  std::string out = "IQoJb3JpZ2luX2Vj";
  const std::string filler = "Zm9vYmFyQmF6cXV4K2Jhei9xdXV4";
  while (out.size() < length) out += filler;
  return out.substr(0, length);
}

bool mentions(const std::optional<std::string>& problem, const std::string& part) {
  return problem && problem->find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("access key IDs: well formed ones pass") {
  CHECK_FALSE(aws::access_key_id_problem(key_id("AKIA")));
  CHECK_FALSE(aws::access_key_id_problem(key_id("ASIA")));
  CHECK(aws::looks_like_access_key_id(key_id("ASIA")));
  CHECK(aws::is_temporary_key_id(key_id("ASIA")));
  CHECK(aws::is_long_term_key_id(key_id("AKIA")));
}

TEST_CASE("access key IDs: each problem gets its own message") {
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA", 16)), "is 16 characters, expected 20 (truncated?)"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA", 23)), "is 23 characters, expected 20 (extra characters?)"));
  std::string lower = key_id();
  for (std::size_t i = 4; i < lower.size(); ++i) lower[i] = static_cast<char>(std::tolower(lower[i]));
  CHECK(mentions(aws::access_key_id_problem(lower), "partly in lower case"));
  CHECK(mentions(aws::access_key_id_problem("akia" + lower.substr(4)), "in lower case"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AIDA")), "IAM user's unique ID"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AROA")), "IAM role's unique ID"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AXYZ")), "starts with 'AXYZ'"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA0", 20)), "the digit 0 (the letter O?)"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA", 19) + "8"), "the digit 8"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA", 10) + "-" + key_id("", 9)), "'-' at character 11"));
  CHECK(mentions(aws::access_key_id_problem(key_id("AKIA", 12) + "\n" + key_id("", 8)), "wrapped across lines"));
  CHECK(mentions(aws::access_key_id_problem(secret()), "shaped like a secret access key"));
  CHECK(mentions(aws::access_key_id_problem(token()), "holds a session token"));
}

TEST_CASE("access key IDs: the prefix problem wins over the length problem") {
  // An IAM user ID pasted in full is the real story, not its length.
  CHECK(mentions(aws::access_key_id_problem(key_id("AIDA", 21)), "IAM user's unique ID"));
}

TEST_CASE("problem texts never quote more than a character of the value") {
  const std::string value = key_id("AKIA", 10) + "-" + key_id("", 9);
  const auto problem = aws::access_key_id_problem(value);
  REQUIRE(problem);
  CHECK(problem->find(value.substr(4, 6)) == std::string::npos);
  const auto secret_problem = aws::secret_access_key_problem(secret(30) + "_" + secret(9));
  REQUIRE(secret_problem);
  CHECK(secret_problem->find(secret(8)) == std::string::npos);
}

TEST_CASE("secret access keys") {
  CHECK_FALSE(aws::secret_access_key_problem(secret()));
  CHECK_FALSE(aws::secret_access_key_problem("//" + secret(38)));  // may start with '/'
  CHECK(mentions(aws::secret_access_key_problem(secret(39)), "is 39 characters, expected 40 (truncated?)"));
  CHECK(mentions(aws::secret_access_key_problem(secret(44)), "expected 40 (extra characters?)"));
  CHECK(mentions(aws::secret_access_key_problem(secret(20) + "-" + secret(19)), "'-' at character 21"));
  CHECK(mentions(aws::secret_access_key_problem(secret(20) + "\n" + secret(20)), "wrapped across lines"));
  CHECK(mentions(aws::secret_access_key_problem(key_id()), "holds an access key ID"));
  CHECK(mentions(aws::secret_access_key_problem(key_id("AKIA", 17)), "holds an access key ID"));
  CHECK(mentions(aws::secret_access_key_problem(token()), "holds a session token"));
}

TEST_CASE("session tokens") {
  CHECK_FALSE(aws::session_token_problem(token()));
  CHECK_FALSE(aws::session_token_problem(token(354) + "=="));
  CHECK(mentions(aws::session_token_problem(token(353) + "==="), "'=' at character 354"));
  CHECK(mentions(aws::session_token_problem(token(60)), "only 60 characters"));
  CHECK(mentions(aws::session_token_problem(token(40)), "only 40 characters"));  // a cut token, not a secret
  CHECK(mentions(aws::session_token_problem(secret()), "shaped like a secret access key"));
  CHECK(mentions(aws::session_token_problem(key_id("ASIA")), "holds an access key ID"));
  CHECK(mentions(aws::session_token_problem(token(200) + "\n" + token(100)), "cut by a line break"));
  CHECK(mentions(aws::session_token_problem(token(200) + "-" + token(100)), "'-' at character 201"));
  CHECK(mentions(aws::session_token_problem(token(200) + "\"" + token(100)), "'\"'"));
}

TEST_CASE("swapped key ID and secret") {
  CHECK(aws::looks_swapped(secret(), key_id()));
  CHECK(aws::looks_swapped(secret(), key_id("ASIA", 16)));  // a damaged key ID is still a key ID
  CHECK_FALSE(aws::looks_swapped(key_id(), secret()));
  CHECK_FALSE(aws::looks_swapped(secret(), secret()));
  CHECK_FALSE(aws::looks_swapped(secret(39), key_id()));
  CHECK_FALSE(aws::looks_swapped(secret(), key_id("AIDA")));
}

TEST_CASE("shapes: hex digests and words are not secrets") {
  CHECK_FALSE(aws::looks_like_secret_access_key("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
  CHECK_FALSE(aws::looks_like_secret_access_key(secret(39)));
  CHECK(aws::looks_like_session_token(token(40)));
  CHECK_FALSE(aws::looks_like_session_token(secret()));
}

TEST_CASE("could-be-live shapes used by AWS501") {
  CHECK(aws::could_be_access_key_id(key_id()));
  CHECK(aws::could_be_access_key_id(key_id("ASIA", 16)));
  CHECK(aws::could_be_access_key_id("akia" + key_id("", 16)));
  CHECK_FALSE(aws::could_be_access_key_id(key_id("AIDA")));
  CHECK_FALSE(aws::could_be_access_key_id("abc"));
  CHECK(aws::could_be_secret_access_key(secret()));
  CHECK(aws::could_be_secret_access_key(secret(35)));
  CHECK_FALSE(aws::could_be_secret_access_key("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
  CHECK_FALSE(aws::could_be_secret_access_key("short"));
  CHECK(aws::could_be_session_token(token()));
  CHECK(aws::could_be_session_token(token(200) + "\n" + token(100)));
  CHECK_FALSE(aws::could_be_session_token("not a token"));
}

TEST_CASE("blanks and carriage returns are left to AWS103") {
  CHECK(aws::without_blanks(" a\tb c\r") == "abc");
  CHECK(aws::without_blanks("a\nb") == "a\nb");
}

TEST_CASE("documentation examples") {
  // Split so no example sits in the source as one literal.
  CHECK(aws::is_documentation_example(std::string("AKIA") + "IOSFODNN7EXAMPLE"));
  CHECK(aws::is_documentation_example(std::string("ASIA") + "IOSFODNN7EXAMPLE"));
  CHECK(aws::is_documentation_example(std::string("AKIA") + "I44QH8DHBEXAMPLE"));
  CHECK(aws::is_documentation_example(std::string("wJalrXUtnFEMI/K7MDENG/") + "bPxRfiCYEXAMPLEKEY"));
  CHECK(aws::is_documentation_example(std::string("AKIA") + "ZZZZZZZZZEXAMPLE"));  // the docs' convention
  CHECK(aws::is_documentation_example(secret(30) + "EXAMPLEKEY"));
  CHECK(aws::is_documentation_example(token(150) + "EXAMPLE" + token(100)));
  CHECK_FALSE(aws::is_documentation_example(key_id()));
  CHECK_FALSE(aws::is_documentation_example(secret()));
  CHECK_FALSE(aws::is_documentation_example(token()));
  // Examples are placeholders too, so other rules skip them without asking twice.
  CHECK(aws::is_placeholder(std::string("AKIA") + "IOSFODNN7EXAMPLE"));
}

TEST_CASE("placeholders") {
  for (const char* value : {"${AWS_ACCESS_KEY_ID}", "$AWS_SECRET_ACCESS_KEY", "<your access key>", "{{ aws_key }}",
                            "%AWS_KEY%", "YOUR_ACCESS_KEY_ID", "your-secret-key", "YourAccessKey", "changeme",
                            "CHANGE_ME", "REPLACE_WITH_KEY", "placeholder", "dummy", "redacted", "****",
                            "xxxxxxxx", "xxx-xxx", "test", "testing", "foo", "none", "null", "my-fake-key",
                            "TODO_SECRET", "mock_token", "secret"}) {
    INFO(value);
    CHECK(aws::is_placeholder(value));
  }
  CHECK(aws::is_placeholder(key_id("AKIA", 4) + "XXXXXXXXXXXXXXXX"));
  CHECK_FALSE(aws::is_placeholder(""));
  CHECK_FALSE(aws::is_placeholder(key_id()));
  CHECK_FALSE(aws::is_placeholder(secret()));
  CHECK_FALSE(aws::is_placeholder(token()));
}

TEST_CASE("placeholders: random credentials that happen to spell a word are still credentials") {
  // Short words count only between separators; base64's '+' and '/' are not separators.
  CHECK_FALSE(aws::is_placeholder(token(100) + "fAkE" + token(100)));
  CHECK_FALSE(aws::is_placeholder(token(100) + "/test/" + token(100)));
  CHECK_FALSE(aws::is_placeholder(token(100) + "Todo" + token(100)));
  CHECK_FALSE(aws::is_placeholder(token(100) + "xXxX" + token(100)));
  CHECK_FALSE(aws::is_placeholder(token(100) + "dUmMy" + token(100)));
}
