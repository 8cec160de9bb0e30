// People named on the command line, looked up among a Dataset's pseudonyms
// (engine/privacy/person_lookup.hpp). With the test key, as Python computes them
// (hashlib.blake2b(id, digest_size=8, key=KEY), see pseudonymiser_test.cpp):
//   a.smith@glow.sch.uk    -> p_7f4832aa7dc6c5b9   (in the data below)
//   n.nash@glasgow.gov.uk  -> p_7de094522d8e2c87   (in the data)
//   b.jones@glow.sch.uk    -> p_84a767c753d9d090   (in the data)
//   nobody@glow.sch.uk     -> p_3745f95b323238ec   (not in the data)
// The data knows those three people only.
#include "engine/privacy/person_lookup.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/error.hpp"
#include "support/fixture_datasets.hpp"

namespace reticulist::privacy {
namespace {

using Strings = std::vector<std::string>;

const Strings kKnown = {"p_84a767c753d9d090", "p_7f4832aa7dc6c5b9", "p_7de094522d8e2c87"};

NamedPeople look_up(const Strings& pseudonyms, const Strings& identifiers) {
  const Pseudonymiser pseudonymiser(key_from_hex(testing::kTestKeyHex));
  return find_people(request_people(pseudonyms, identifiers), pseudonymiser, kKnown);
}

std::string request_error(const Strings& pseudonyms) {
  try {
    request_people(pseudonyms, {});
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

}  // namespace

TEST_CASE("an identifier finds its person whatever its case and surrounding space", "[privacy][whatif]") {
  for (const std::string spelling : {"a.smith@glow.sch.uk", "A.Smith@Glow.sch.uk", " A.SMITH@glow.sch.uk\t"}) {
    INFO(spelling);
    const NamedPeople named = look_up({}, {spelling});
    CHECK(named.pseudonyms == Strings{"p_7f4832aa7dc6c5b9"});
    CHECK(named.by_identifier == 1);
    CHECK(named.missing.empty());
    CHECK(named.missing_as_given.empty());
  }
}

TEST_CASE("a person not in the data is listed by pseudonym, and as written for the terminal", "[privacy][whatif]") {
  const NamedPeople named = look_up({}, {"n.nash@glasgow.gov.uk", " Nobody@Glow.sch.uk "});
  CHECK(named.pseudonyms == Strings{"p_7de094522d8e2c87", "p_3745f95b323238ec"});
  CHECK(named.by_identifier == 2);
  CHECK(named.missing == Strings{"p_3745f95b323238ec"});
  CHECK(named.missing_as_given == Strings{"Nobody@Glow.sch.uk"});
  CHECK(missing_people(named) == "1 of the people named is not in the data: Nobody@Glow.sch.uk");
}

TEST_CASE("pseudonyms are found in any case; a missing one is listed as a pseudonym", "[privacy][whatif]") {
  const NamedPeople named = look_up({" P_84A767C753D9D090", "p_0000000000000000"}, {"nobody@glow.sch.uk"});
  CHECK(named.pseudonyms == Strings{"p_84a767c753d9d090", "p_0000000000000000", "p_3745f95b323238ec"});
  CHECK(named.by_identifier == 1);
  CHECK(named.missing == Strings{"p_0000000000000000", "p_3745f95b323238ec"});
  CHECK(named.missing_as_given == Strings{"p_0000000000000000", "nobody@glow.sch.uk"});
  CHECK(missing_people(named) ==
        "2 of the people named are not in the data: p_0000000000000000, nobody@glow.sch.uk");
}

TEST_CASE("one person named several ways is one person", "[privacy][whatif]") {
  // a.smith twice by identifier (two spellings) and once by pseudonym; b.jones by identifier.
  const NamedPeople named =
      look_up({"p_7f4832aa7dc6c5b9"}, {"A.Smith@Glow.sch.uk", "a.smith@glow.sch.uk ", "b.jones@glow.sch.uk"});
  CHECK(named.pseudonyms == Strings{"p_7f4832aa7dc6c5b9", "p_84a767c753d9d090"});
  CHECK(named.by_identifier == 2);  // a.smith (also by pseudonym) and b.jones
  CHECK(named.missing.empty());
}

TEST_CASE("blank entries name nobody", "[privacy][whatif]") {
  const PersonRequest request = request_people({"", "  "}, {"", " \t"});
  CHECK(request.empty());
  const NamedPeople named = look_up({" "}, {"", "b.jones@glow.sch.uk", ""});
  CHECK(named.pseudonyms == Strings{"p_84a767c753d9d090"});
  CHECK(named.by_identifier == 1);
}

TEST_CASE("a pseudonym that is not p_ and 16 hex digits is refused before anything is read", "[privacy][whatif]") {
  CHECK(request_error({"jane.smith@glow.sch.uk"}) ==
        "'jane.smith@glow.sch.uk' is not a pseudonym (p_ and 16 hexadecimal digits); name people by their "
        "identifier in the export instead");
  CHECK(request_error({" p_7f4832aa7dc6c5b "}) ==  // 15 digits
        "'p_7f4832aa7dc6c5b' is not a pseudonym (p_ and 16 hexadecimal digits); name people by their identifier in "
        "the export instead");
  CHECK(request_error({"p_7f4832aa7dc6c5bg"}) ==
        "'p_7f4832aa7dc6c5bg' is not a pseudonym (p_ and 16 hexadecimal digits); name people by their identifier in "
        "the export instead");
  CHECK(request_error({"P_7F4832AA7DC6C5B9"}) == "(no ConfigError)");
}

}  // namespace reticulist::privacy
