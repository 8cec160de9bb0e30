// Layers for one selection of events, the facts beside them, and the groupings of their vertices.
#include <catch2/catch.hpp>

#include "engine/layers/grouping.hpp"
#include "engine/layers/layer_view.hpp"
#include "engine/error.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::model;
namespace t = reticulist::testing;

namespace {

// Practitioners 0..4; E0 (primary), E1 (secondary) in A0, E2 (primary) in A1; 4 is central staff of A1.
//   day 100, N0: 0@E0, 1@E0, 2@E1
//   day 150, N0: 2@E1
//   day 200, N1: 2@E2 (moved to A1), 3@E2, 4 (central, A1)
m::Dataset moving_teacher() {
  return t::make_dataset(5, 2, 2,
                         {{100, 0, {{0, 0, 0}, {1, 0, 0}, {2, 1, 0}}},
                          {150, 0, {{2, 1, 0}}},
                          {200, 1, {{2, 2, 1}, {3, 2, 1}, {4, m::kNone, 1}}}},
                         3, {0, 0, 1});
}

std::vector<std::string> labels_of(const reticulist::layers::Grouping& grouping) {
  std::vector<std::string> out;
  for (auto group : grouping.partition.group) out.push_back(grouping.labels[group]);
  return out;
}

}  // namespace

TEST_CASE("Practitioner layer: facts from the latest record, main network, first appearance", "[analysis][layer]") {
  const auto ds = moving_teacher();
  const auto layer = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Practitioner, g::all_events(ds), {});
  REQUIRE(layer.entity == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
  CHECK(layer.graph.edge_count() == 6);
  const auto& f = layer.facts;
  CHECK(f.records == std::vector<std::uint32_t>{1, 1, 3, 1, 1});
  // Practitioner 2: two records in N0, one in N1 -> main network N0, in two networks, two authorities.
  CHECK(f.main_network == std::vector<m::NetworkId>{0, 0, 0, 1, 1});
  CHECK(f.network_count(2) == 2);
  CHECK(f.authorities_recorded == std::vector<std::uint32_t>{1, 1, 2, 1, 1});
  CHECK(f.first_seen == std::vector<m::Day>{100, 100, 100, 200, 200});
  CHECK(ds.records.date[f.latest_record[2]] == 200);
  CHECK(reticulist::layers::vertex_label(ds, layer, 4) == "p_4");
}

TEST_CASE("Groupings of practitioners: authority, sector with central staff, main network, workstream",
          "[analysis][grouping]") {
  const auto ds = moving_teacher();
  const auto layer = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Practitioner, g::all_events(ds), {});
  const auto by_authority = reticulist::layers::group_vertices(ds, layer, "authority");
  CHECK(by_authority.labels == std::vector<std::string>{"A0", "A1"});
  CHECK(labels_of(by_authority) == std::vector<std::string>{"A0", "A0", "A1", "A1", "A1"});
  // Every sector the model knows is a group, empty or not, and central staff have their own.
  const auto by_sector = reticulist::layers::group_vertices(ds, layer, "sector");
  CHECK(by_sector.labels ==
        std::vector<std::string>{"central", "elc", "other", "primary", "secondary", "special", "unknown"});
  CHECK(labels_of(by_sector) == std::vector<std::string>{"primary", "primary", "primary", "primary", "central"});
  CHECK(by_sector.partition.sizes() == std::vector<std::uint64_t>{1, 0, 0, 4, 0, 0, 0});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, layer, "network")) == std::vector<std::string>{"N0", "N0", "N0", "N1", "N1"});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, layer, "workstream")) ==
        std::vector<std::string>{"Even", "Even", "Even", "Odd", "Odd"});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, layer, "designation")) == std::vector<std::string>(5, "NA"));
}

TEST_CASE("Groupings per period follow the moves between authorities", "[analysis][grouping]") {
  const auto ds = moving_teacher();
  const auto first = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Practitioner, {0, 1}, {});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, first, "authority")) == std::vector<std::string>{"A0", "A0", "A0"});
  // The establishment grouping keeps every register entry as a group.
  CHECK(reticulist::layers::group_vertices(ds, first, "establishment").labels == std::vector<std::string>{"E0", "E1", "E2", "central"});
}

TEST_CASE("Aggregated and network layers and what they can be grouped by", "[analysis][grouping]") {
  const auto ds = moving_teacher();
  const auto events = g::all_events(ds);
  const auto establishments = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Establishment, events, {});
  CHECK(establishments.entity == std::vector<std::uint32_t>{0, 2});  // E1 has no one placed in it at the end
  CHECK(establishments.members == std::vector<std::uint32_t>{2, 2});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, establishments, "authority")) == std::vector<std::string>{"A0", "A1"});
  CHECK(reticulist::layers::vertex_label(ds, establishments, 1) == "E2");

  const auto authorities = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Authority, events, {});
  CHECK(authorities.internal_ties == std::vector<std::uint64_t>{1, 3});
  CHECK(labels_of(reticulist::layers::group_vertices(ds, authorities, "region")) == std::vector<std::string>{"R", "R"});

  const auto networks = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Network, events, {});
  CHECK(networks.members == std::vector<std::uint32_t>{3, 3});
  CHECK(networks.graph.edge_count() == 1);  // practitioner 2 is in both
  CHECK(labels_of(reticulist::layers::group_vertices(ds, networks, "workstream")) == std::vector<std::string>{"Even", "Odd"});

  CHECK_THROWS_WITH(reticulist::layers::group_vertices(ds, networks, "authority"),
                    "--group authority does not apply to the network layer; it takes: network, workstream");
  CHECK_THROWS_AS(reticulist::layers::group_vertices(ds, authorities, "sector"), reticulist::ConfigError);
}

TEST_CASE("Layer names parse both ways", "[analysis][layer]") {
  for (auto k : {reticulist::layers::LayerKind::Practitioner, reticulist::layers::LayerKind::Establishment, reticulist::layers::LayerKind::Authority,
                 reticulist::layers::LayerKind::Network}) {
    CHECK(reticulist::layers::parse_layer_kind(reticulist::layers::layer_name(k)) == k);
  }
  CHECK_FALSE(reticulist::layers::parse_layer_kind("school").has_value());
}
