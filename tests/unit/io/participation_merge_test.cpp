// How accepted rows of tests/fixtures/damaged/participation.csv resolve (see ingest_test.cpp for
// the fixture's lines): role spellings, establishments by SEED code or by name within the
// authority given, establishments outside the register, central staff, networks by name and
// implicit events (one network on one date).
#include "io/participation_merge.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "support/fixture_datasets.hpp"

namespace reticulist::io {
namespace {

// The record that came from `line` of participation.csv.
std::size_t record_at(const model::Dataset& ds, std::uint32_t line) {
  const auto& lines = ds.records.line;
  const auto it = std::find(lines.begin(), lines.end(), line);
  REQUIRE(it != lines.end());
  return static_cast<std::size_t>(it - lines.begin());
}

std::string establishment_at(const model::Dataset& ds, std::uint32_t line) {
  const auto e = ds.records.establishment[record_at(ds, line)];
  return e == model::kNone ? "(none)" : ds.establishments.id[e];
}

std::string authority_at(const model::Dataset& ds, std::uint32_t line) {
  return ds.authorities.id[ds.records.authority[record_at(ds, line)]];
}

model::Role role_at(const model::Dataset& ds, std::uint32_t line) { return ds.records.role[record_at(ds, line)]; }

}  // namespace

TEST_CASE("role spellings in participation rows resolve to contract roles", "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  CHECK(role_at(ds, 2) == model::Role::Coordinator);   // coordinator
  CHECK(role_at(ds, 4) == model::Role::Member);        // " MEMBER "
  CHECK(role_at(ds, 5) == model::Role::Coordinator);   // Co-ordinator
  CHECK(role_at(ds, 7) == model::Role::Lead);          // lead
  CHECK(role_at(ds, 18) == model::Role::Facilitator);  // facilitator
  CHECK(role_at(ds, 19) == model::Role::Facilitator);  // Presenter
  CHECK(role_at(ds, 27) == model::Role::ResourceCreator);  // resource creator
}

TEST_CASE("establishments are matched by SEED code, then by name within the authority given", "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  CHECK(establishment_at(ds, 2) == "8100001");
  // Two St Mary's Primary Schools: the row's authority settles which.
  CHECK(establishment_at(ds, 8) == "8200001");
  CHECK(authority_at(ds, 8) == "North Lanarkshire");
  // A unique name needs no authority.
  CHECK(establishment_at(ds, 24) == "8100001");
  CHECK(authority_at(ds, 24) == "Glasgow City");
}

TEST_CASE("the register's authority wins over the one a row gives", "[io][ingest]") {
  const Ingested in = testing::ingest_fixture("damaged");
  CHECK(establishment_at(in.dataset, 28) == "8200002");
  CHECK(authority_at(in.dataset, 28) == "North Lanarkshire");  // the row says Glasgow City
  CHECK(in.report.register_authority_overrides == 1);
}

TEST_CASE("an establishment outside the register is kept when the row gives its authority", "[io][ingest]") {
  const Ingested in = testing::ingest_fixture("damaged");
  const auto& ds = in.dataset;
  const auto e = ds.records.establishment[record_at(ds, 16)];
  REQUIRE(e != model::kNone);
  CHECK(ds.establishments.id[e] == "Riverside Primary School");
  CHECK(ds.establishments.name[e] == "Riverside Primary School");
  CHECK_FALSE(ds.establishments.in_register[e]);
  CHECK(ds.authorities.id[ds.establishments.authority[e]] == "Glasgow City");
  CHECK(ds.establishments.size() == 9);
  CHECK(in.report.establishments_outside_register == 1);
}

TEST_CASE("a row with an authority and no establishment is central staff", "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  CHECK(establishment_at(ds, 18) == "(none)");
  CHECK(authority_at(ds, 18) == "Glasgow City");
}

TEST_CASE("ingest notes what it matched by name, overrode and found outside the register", "[io][ingest]") {
  const IngestReport report = testing::ingest_fixture("damaged").report;
  CHECK(report.establishments_matched_by_name == 2);
  CHECK(report.notes ==
        std::vector<std::string>{
            "left out, as they appear only in rejected rows: 5 practitioners",
            "2 distinct establishment references were matched by name rather than SEED code",
            "1 establishment references gave an authority other than the register's; the register's was used",
            "1 establishments appear in participation but not in the register; their records are kept, under the name or code given"});
}

TEST_CASE("rows without an event make one event per network and date, whether the network is coded or named",
          "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  const auto event = ds.records.event[record_at(ds, 20)];
  for (std::uint32_t line : {21u, 22u, 23u}) CHECK(ds.records.event[record_at(ds, line)] == event);
  CHECK(ds.events.id[event].empty());
  CHECK(ds.networks.id[ds.events.network[event]] == "N2");  // line 23 says "Leadership Network"
  CHECK(ds.events.attendees[event] == 4);
  CHECK(ds.networks.size() == 3);  // no network was created from a name
}

TEST_CASE("events are numbered in date order and the last field of a CRLF row is clean", "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  CHECK(ds.events.id == std::vector<std::string>{"E1", "E2", "E4", "E3", "", "E5"});
  CHECK(std::is_sorted(ds.events.date.begin(), ds.events.date.end()));
  CHECK(ds.events.attendees == std::vector<std::uint32_t>{4, 3, 3, 3, 4, 2});
}

TEST_CASE("a case or space variant of an identifier is the same practitioner", "[io][ingest]") {
  const model::Dataset ds = testing::ingest_fixture("damaged").dataset;
  const auto& who = ds.records.practitioner;
  CHECK(who[record_at(ds, 19)] == who[record_at(ds, 2)]);  // " A.Smith@Glow.sch.uk " and "a.smith@glow.sch.uk"
  CHECK(who[record_at(ds, 25)] == who[record_at(ds, 2)]);
  CHECK(std::set<model::PractitionerId>(who.begin(), who.end()).size() == 11);
}


TEST_CASE("a name match needs the row's authority to agree; an unknown authority fits no school",
          "[io][ingest]") {
  // tests/fixtures/name_authority: the damaged fixture's register (two St Mary's, in Glasgow City
  // and North Lanarkshire; one Hillhead, in Glasgow City) and five rows naming schools.
  const auto in = testing::ingest_fixture("name_authority");
  const auto& rejects = in.report.rejects;
  REQUIRE(rejects.size() == 4);
  CHECK(rejects[0].line == 2);
  CHECK(rejects[0].reason ==
        "establishment 'Hillhead Primary School' is in the register under authority 'Glasgow City', not 'Narnia'");
  CHECK(rejects[1].line == 3);
  CHECK(rejects[1].reason ==
        "establishment 'St Mary's Primary School' is in the register under authority 'Glasgow City' or "
        "'North Lanarkshire', not 'Narnia'");
  CHECK(rejects[2].line == 4);
  CHECK(rejects[2].reason ==
        "establishment 'Hillhead Primary School' is in the register under authority 'Glasgow City', not "
        "'North Lanarkshire'");
  CHECK(establishment_at(in.dataset, 5) == "8100002");  // St Mary's of Glasgow City
  CHECK(establishment_at(in.dataset, 6) == "8100001");  // the one Hillhead, no authority needed
  // Line 7 (a bad date) names a new network, authority and school: none of them enters the model.
  CHECK(rejects[3].line == 7);
  const auto& ds = in.dataset;
  CHECK(ds.practitioner_count() == 2);
  CHECK(ds.networks.id == std::vector<std::string>{"N1"});
  CHECK(ds.authorities.id == std::vector<std::string>{"Glasgow City", "North Lanarkshire", "South Lanarkshire"});
  CHECK(ds.establishments.size() == 8);
  CHECK(in.report.notes.front() ==
        "left out, as they appear only in rejected rows: 4 practitioners, 1 networks, 1 authorities, 1 establishments");
}

}  // namespace reticulist::io
