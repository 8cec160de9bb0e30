// Affiliation, the aggregated establishment / authority layers and the two-mode membership layer.
#include <catch2/catch.hpp>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/aggregate.hpp"
#include "engine/graph/membership.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::model;
namespace t = reticulist::testing;

namespace {

// Practitioners 0..4; establishments E0, E1 in authority A0, E2 in A1; 4 is central staff of A1.
//   day 100, network 0: 0@E0, 1@E0, 2@E1
//   day 200, network 1: 2@E2 (moved to A1), 3@E2, 4 (central, A1)
// Ties (shared events): {0,1} {0,2} {1,2} from day 100; {2,3} {2,4} {3,4} from day 200.
m::Dataset moving_teacher() {
  return t::make_dataset(5, 2, 2,
                         {{100, 0, {{0, 0, 0}, {1, 0, 0}, {2, 1, 0}}},
                          {200, 1, {{2, 2, 1}, {3, 2, 1}, {4, m::kNone, 1}}}},
                         3, {0, 0, 1});
}

}  // namespace

TEST_CASE("Affiliation is the latest record in the selection", "[graph][affiliation]") {
  const auto ds = moving_teacher();
  const auto layer = g::coattendance(ds, g::all_events(ds), {});
  const auto all = g::affiliation(ds, g::all_events(ds), layer.practitioner);
  CHECK(all.establishment == std::vector<m::EstablishmentId>{0, 0, 2, 2, m::kNone});
  CHECK(all.authority == std::vector<m::AuthorityId>{0, 0, 1, 1, 1});
  // In the first event only, practitioner 2 is still at E1 in A0.
  const auto first_layer = g::coattendance(ds, {0}, {});
  const auto first = g::affiliation(ds, {0}, first_layer.practitioner);
  CHECK(first.establishment == std::vector<m::EstablishmentId>{0, 0, 1});
  CHECK(first.authority == std::vector<m::AuthorityId>{0, 0, 0});
}

TEST_CASE("Affiliation of a practitioner outside the given vertices is an error, and leaves no trace",
          "[graph][affiliation]") {
  const auto ds = moving_teacher();
  // Event 1 has practitioners 2, 3 and 4. Without 3 among the vertices:
  CHECK_THROWS_WITH(g::affiliation(ds, {1}, {2, 4}), "affiliation: practitioner outside the layer");
  // Without 4: still an error (a vertex left over from the call above would hide it).
  CHECK_THROWS_WITH(g::affiliation(ds, {1}, {2, 3}), "affiliation: practitioner outside the layer");
  const auto second = g::affiliation(ds, {0}, {0, 1, 2});
  CHECK(second.establishment == std::vector<m::EstablishmentId>{0, 0, 1});
}

TEST_CASE("Authority layer: tie counts between authorities, internal ties per authority", "[graph][aggregate]") {
  //   by latest affiliation: A0 = {0, 1}, A1 = {2, 3, 4}
  //   ties: {0,1} internal to A0; {0,2} {1,2} across; {2,3} {2,4} {3,4} internal to A1
  const auto ds = moving_teacher();
  const auto events = g::all_events(ds);
  const auto layer = g::coattendance(ds, events, {});
  const auto aff = g::affiliation(ds, events, layer.practitioner);
  const auto authorities = g::aggregate(layer, aff.authority);
  REQUIRE(authorities.entity == std::vector<std::uint32_t>{0, 1});
  CHECK(authorities.graph.edge_count() == 1);
  CHECK(authorities.graph.weights(0)[0] == 2.0);
  CHECK(authorities.internal_ties == std::vector<std::uint64_t>{1, 3});
  CHECK(authorities.members == std::vector<std::uint32_t>{2, 3});
  CHECK(authorities.unplaced_ties == 0);
}

TEST_CASE("Establishment layer leaves central staff out and counts their ties", "[graph][aggregate]") {
  //   E0 = {0, 1}, E2 = {2, 3}, 4 has no establishment
  //   ties: {0,1} internal E0; {0,2} {1,2} E0-E2 (weight 2); {2,3} internal E2; {2,4} {3,4} unplaced
  const auto ds = moving_teacher();
  const auto events = g::all_events(ds);
  const auto layer = g::coattendance(ds, events, {});
  const auto aff = g::affiliation(ds, events, layer.practitioner);
  const auto schools = g::aggregate(layer, aff.establishment);
  REQUIRE(schools.entity == std::vector<std::uint32_t>{0, 2});
  CHECK(schools.graph.edge_count() == 1);
  CHECK(schools.graph.weights(1)[0] == 2.0);
  CHECK(schools.internal_ties == std::vector<std::uint64_t>{1, 1});
  CHECK(schools.unplaced_ties == 2);
}

TEST_CASE("Aggregating a graph with no placed practitioner gives an empty layer", "[graph][aggregate]") {
  const auto ds = t::make_dataset(2, 1, 1, {{100, 0, t::people({0, 1})}});
  const auto layer = g::coattendance(ds, g::all_events(ds), {});
  const auto out = g::aggregate(layer, std::vector<std::uint32_t>(2, m::kNone));
  CHECK(out.graph.vertex_count() == 0);
  CHECK(out.unplaced_ties == 1);
}

TEST_CASE("Membership layer: practitioners then networks, weight = records", "[graph][membership]") {
  //   network 0: events on days 100 and 101 with {0,1} and {0}; network 1: day 102 with {1,2}
  //   edges: 0-N0 (2 records), 1-N0 (1), 1-N1 (1), 2-N1 (1)
  const auto ds = t::make_dataset(3, 2, 1,
                                  {{100, 0, t::people({0, 1})}, {101, 0, t::people({0})}, {102, 1, t::people({1, 2})}});
  const auto layer = g::membership(ds, g::all_events(ds));
  REQUIRE(layer.practitioner.size() == 3);
  REQUIRE(layer.network.size() == 2);
  const auto& graph = layer.graph;
  CHECK(graph.vertex_count() == 5);
  CHECK(graph.edge_count() == 4);
  CHECK(layer.is_network(3));
  CHECK_FALSE(layer.is_network(2));
  REQUIRE(graph.degree(0) == 1);
  CHECK(graph.neighbours(0)[0] == 3);
  CHECK(graph.weights(0)[0] == 2.0);
  CHECK(graph.degree(1) == 2);
  CHECK(graph.strength(3) == 3.0);  // network 0 holds three records
}
