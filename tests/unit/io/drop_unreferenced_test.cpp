// drop_unreferenced keeps what accepted records refer to and what the optional files list, and
// renumbers the rest in order.
#include "io/drop_unreferenced.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace reticulist::io {
namespace {

// Practitioners p0..p3 (p2 only in rejected rows, so in no record), networks N0 (listed) and N1,
// N2 (unlisted; N1 in no record), authorities A0 (listed) and A1, A2 (unlisted; A2 in no record),
// establishments S0 (in the register, under A0) and S1, S2 (outside it; S1 in no record),
// designations d0, d1 (d1 in no record). `records` records cycle through the referenced ones.
model::Dataset dataset(std::size_t records) {
  model::Dataset ds;
  ds.pseudonyms = {"p_0", "p_1", "p_2", "p_3"};
  ds.networks.id = {"N0", "N1", "N2"};
  ds.networks.name = ds.networks.id;
  ds.networks.workstream = {"", "", ""};
  ds.networks.started.resize(3);
  ds.networks.ended.resize(3);
  ds.networks.listed = {true, false, false};
  ds.authorities.id = {"A0", "A1", "A2"};
  ds.authorities.name = ds.authorities.id;
  ds.authorities.region = {"", "", ""};
  ds.authorities.listed = {true, false, false};
  ds.establishments.id = {"S0", "S1", "S2"};
  ds.establishments.name = ds.establishments.id;
  ds.establishments.authority = {0, 1, 1};
  ds.establishments.sector.resize(3);
  ds.establishments.roll = {1, 2, 3};
  ds.establishments.staff = {1, 2, 3};
  ds.establishments.in_register = {true, false, false};
  ds.designations = {"d0", "d1"};
  ds.events.id = {"E0"};
  ds.events.network = {2};
  auto& r = ds.records;
  const model::PractitionerId people[] = {0, 1, 3};
  for (std::size_t i = 0; i < records; ++i) {
    r.practitioner.push_back(people[i % 3]);
    r.network.push_back(i % 2 == 0 ? 0 : 2);
    r.event.push_back(0);
    r.date.push_back(0);
    r.establishment.push_back(i % 3 == 0 ? model::kNone : (i % 3 == 1 ? 0 : 2));
    r.authority.push_back(i % 3 == 1 ? 0 : 1);
    r.role.push_back(model::Role::Member);
    r.designation.push_back(i % 5 == 0 ? 0 : model::kNone);
    r.line.push_back(static_cast<std::uint32_t>(i + 2));
  }
  return ds;
}

}  // namespace

TEST_CASE("drop_unreferenced drops what no record refers to and nothing listed", "[io][ingest][drop]") {
  for (std::size_t records : {30u, 1'200'000u}) {
    INFO("records " << records);
    model::Dataset ds = dataset(records);
    const Dropped dropped = drop_unreferenced(ds);
    CHECK(dropped.practitioners == 1);
    CHECK(dropped.networks == 1);
    CHECK(dropped.authorities == 1);
    CHECK(dropped.establishments == 1);
    CHECK(ds.pseudonyms == std::vector<std::string>{"p_0", "p_1", "p_3"});
    CHECK(ds.networks.id == std::vector<std::string>{"N0", "N2"});
    CHECK(ds.authorities.id == std::vector<std::string>{"A0", "A1"});
    CHECK(ds.establishments.id == std::vector<std::string>{"S0", "S2"});
    CHECK(ds.establishments.authority == std::vector<model::AuthorityId>{0, 1});
    CHECK(ds.designations == std::vector<std::string>{"d0"});
    CHECK(ds.events.network == std::vector<model::NetworkId>{1});
    // Ids renumbered in order: p3 is now 2, N2 is 1, S2 is 1.
    const auto& r = ds.records;
    REQUIRE(r.size() == records);
    CHECK(r.practitioner[2] == 2);
    CHECK(r.network[1] == 1);
    CHECK(r.establishment[2] == 1);
    CHECK(r.establishment[0] == model::kNone);
    CHECK(r.practitioner[records - 1] == (records - 1) % 3);
  }
}

}  // namespace reticulist::io
