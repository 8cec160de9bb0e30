// Keyed pseudonyms (engine/privacy/pseudonymiser.hpp): "p_" + hex(BLAKE2b-64(key, normalise(id))).
// The expected values were computed independently with Python:
//   hashlib.blake2b(b"a.smith@glow.sch.uk", digest_size=8, key=bytes.fromhex(KEY)).hexdigest()
//   hashlib.blake2b(b"reticulist pseudonym key fingerprint v1" + KEY, digest_size=8).hexdigest()
// A change to them breaks the contract that a person keeps one pseudonym from year to year.
#include "engine/privacy/pseudonymiser.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "support/fixture_datasets.hpp"

namespace reticulist::privacy {
namespace {

const Key kTestKey = key_from_hex(testing::kTestKeyHex);

Key counting_key() {  // 00 01 02 ... 1f
  Key key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i);
  return key;
}

std::string error_of(std::string_view hex) {
  try {
    key_from_hex(hex);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no ConfigError)";
}

// Every string a Dataset holds, wherever it is.
std::vector<std::string> all_strings(const model::Dataset& ds) {
  std::vector<std::string> out;
  auto add = [&](const std::vector<std::string>& v) { out.insert(out.end(), v.begin(), v.end()); };
  auto add_extra = [&](const model::Attributes& a) {
    add(a.names);
    for (const auto& column : a.values) add(column);
  };
  add(ds.pseudonyms);
  add(ds.identities);
  add(ds.authorities.id);
  add(ds.authorities.name);
  add(ds.authorities.region);
  add_extra(ds.authorities.extra);
  add(ds.establishments.id);
  add(ds.establishments.name);
  add_extra(ds.establishments.extra);
  add(ds.networks.id);
  add(ds.networks.name);
  add(ds.networks.workstream);
  add_extra(ds.networks.extra);
  add(ds.events.id);
  add(ds.designations);
  add(ds.records.extra.names);
  for (const auto& d : ds.records.extra.dictionary) add(d);
  return out;
}

const std::vector<std::string> kIdentifiers = {
    "a.smith@glow.sch.uk", "A.Smith@Glow.sch.uk", "b.jones@glow.sch.uk", "c.brown@glow.sch.uk",
    "d.white@glow.sch.uk", "e.green@glow.sch.uk", "f.black@glow.sch.uk", "h.hall@glow.sch.uk",
    "m.moss@glow.sch.uk",  "n.nash@glasgow.gov.uk", "o.owen@glow.sch.uk", "p.park@glow.sch.uk",
    // of rejected rows only
    "g.grey@glow.sch.uk", "i.ivory@glow.sch.uk", "j.jade@glow.sch.uk", "k.khan@glow.sch.uk", "l.lee@glow.sch.uk"};

}  // namespace

TEST_CASE("a pseudonym is p_ and 16 lower-case hex digits, the same for the same key", "[privacy]") {
  const Pseudonymiser first(kTestKey), second(kTestKey);  // two runs
  CHECK(first.pseudonym("a.smith@glow.sch.uk") == "p_7f4832aa7dc6c5b9");
  CHECK(second.pseudonym("a.smith@glow.sch.uk") == "p_7f4832aa7dc6c5b9");
  CHECK(first.pseudonym("12345") == "p_cbc929efe7aa7ca9");
  const std::regex format("p_[0-9a-f]{16}");
  for (const auto& id : kIdentifiers) CHECK(std::regex_match(first.pseudonym(normalise_identifier(id)), format));
}

TEST_CASE("a different key gives different pseudonyms and a different fingerprint", "[privacy]") {
  const Pseudonymiser test(kTestKey), other(counting_key());
  CHECK(other.pseudonym("a.smith@glow.sch.uk") == "p_3fac943100a1ffa0");
  for (const auto& id : kIdentifiers) CHECK(test.pseudonym(id) != other.pseudonym(id));
  CHECK(test.fingerprint() == testing::kTestKeyFingerprint);
  CHECK(other.fingerprint() == "429fc628df04bec4");
}

TEST_CASE("identifiers are normalised by trimming and lower-casing ASCII letters only", "[privacy]") {
  CHECK(normalise_identifier(" A.Smith@Glow.sch.uk ") == "a.smith@glow.sch.uk");
  CHECK(normalise_identifier("\tGW12345\t") == "gw12345");
  CHECK(normalise_identifier("Anne Marie") == "anne marie");  // inner space is part of the id
  CHECK(normalise_identifier("\xC3\x89LODIE") == "\xC3\x89lodie");  // "ÉLODIE": É is not ASCII
  CHECK(normalise_identifier("   ").empty());
  const Pseudonymiser p(kTestKey);
  CHECK(p.pseudonym(normalise_identifier(" A.SMITH@glow.SCH.uk")) == "p_7f4832aa7dc6c5b9");
}

TEST_CASE("a key is 64 hex digits, read in either case, with a trailing line end", "[privacy]") {
  CHECK(key_to_hex(kTestKey) == testing::kTestKeyHex);
  std::string upper(testing::kTestKeyHex);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(key_from_hex(upper) == kTestKey);
  CHECK(key_from_hex(std::string(testing::kTestKeyHex) + "\r\n") == kTestKey);
  CHECK(error_of("abc") == "a pseudonymisation key is 64 hexadecimal digits; found 3 characters");
  CHECK(error_of(std::string(63, '0') + "g") == "a pseudonymisation key holds only hexadecimal digits");
  CHECK(random_key() != random_key());
}

TEST_CASE("the fingerprint names the key without revealing it", "[privacy]") {
  const std::string fingerprint = Pseudonymiser(kTestKey).fingerprint();
  CHECK(std::regex_match(fingerprint, std::regex("[0-9a-f]{16}")));
  CHECK(std::string(testing::kTestKeyHex).find(fingerprint) == std::string::npos);
}

TEST_CASE("ingest holds practitioners only as pseudonyms, the same on every run", "[privacy][ingest]") {
  const model::Dataset first = testing::ingest_fixture("damaged").dataset;
  const model::Dataset second = testing::ingest_fixture("damaged").dataset;
  CHECK(first.pseudonyms == second.pseudonyms);
  CHECK(first.identities.empty());
  const Pseudonymiser p(kTestKey);
  CHECK(std::count(first.pseudonyms.begin(), first.pseudonyms.end(), p.pseudonym("a.smith@glow.sch.uk")) == 1);
  for (const std::string& text : all_strings(first)) {
    for (const auto& id : kIdentifiers) {
      INFO(text);
      CHECK(text.find(id) == std::string::npos);
    }
  }
}

TEST_CASE("ingest keeps raw identifiers only when asked to identify", "[privacy][ingest]") {
  io::DatasetConfig config = testing::fixture_config("damaged");
  config.identify = true;
  const model::Dataset ds = testing::ingest_config(config).dataset;
  REQUIRE(ds.identities.size() == ds.pseudonyms.size());
  const Pseudonymiser p(kTestKey);
  for (std::size_t i = 0; i < ds.identities.size(); ++i) {
    CHECK(ds.pseudonyms[i] == p.pseudonym(normalise_identifier(ds.identities[i])));
  }
  // a.smith@glow.sch.uk on line 2, " A.Smith@Glow.sch.uk " on line 19: shown as first written.
  CHECK(std::count(ds.identities.begin(), ds.identities.end(), "a.smith@glow.sch.uk") == 1);
  CHECK(std::count(ds.identities.begin(), ds.identities.end(), "A.Smith@Glow.sch.uk") == 0);
}

}  // namespace reticulist::privacy
