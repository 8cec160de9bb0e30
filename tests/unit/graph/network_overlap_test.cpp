// The network-of-networks layer: shared members and Jaccard overlap.
#include <catch2/catch.hpp>

#include "engine/graph/network_overlap.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace t = reticulist::testing;

TEST_CASE("Network overlap: shared members as weight, Jaccard beside, no tie without a shared member",
          "[graph][network_overlap]") {
  //   N0 = {0, 1, 2}   N1 = {2, 3}   N2 = {0, 2, 3, 4}   N3 = {5}   (N4 has no record)
  //   N0-N1: {2}            -> weight 1, Jaccard 1/4
  //   N0-N2: {0, 2}         -> weight 2, Jaccard 2/5
  //   N1-N2: {2, 3}         -> weight 2, Jaccard 2/4
  //   N3 shares no one: an isolate. Practitioner 2 (in three networks) adds three pairs.
  //   Practitioner 0 attends N0 twice: still one member.
  const auto ds = t::make_dataset(6, 5, 1,
                                  {{10, 0, t::people({0, 1, 2})},
                                   {11, 1, t::people({2, 3})},
                                   {12, 2, t::people({0, 2, 3, 4})},
                                   {13, 0, t::people({0})},
                                   {14, 3, t::people({5})}});
  const auto layer = g::network_overlap(g::membership(ds, g::all_events(ds)));
  REQUIRE(layer.network == std::vector<reticulist::model::NetworkId>{0, 1, 2, 3});
  CHECK(layer.members == std::vector<std::uint32_t>{3, 2, 4, 1});
  const auto& graph = layer.graph;
  REQUIRE(graph.edge_count() == 3);
  std::vector<std::tuple<g::Vertex, g::Vertex, double, double>> ties;
  graph.for_each_edge([&](g::Vertex u, g::Vertex v, double w) { ties.emplace_back(u, v, w, layer.jaccard(u, v, w)); });
  CHECK(ties == std::vector<std::tuple<g::Vertex, g::Vertex, double, double>>{
                    {0, 1, 1.0, 0.25}, {0, 2, 2.0, 0.4}, {1, 2, 2.0, 0.5}});
  CHECK(graph.degree(3) == 0);
}

TEST_CASE("Network overlap of an empty selection is an empty graph", "[graph][network_overlap]") {
  const auto ds = t::make_dataset(2, 1, 1, {{10, 0, t::people({0, 1})}});
  const auto layer = g::network_overlap(g::membership(ds, {}));
  CHECK(layer.graph.vertex_count() == 0);
  CHECK(layer.members.empty());
}
