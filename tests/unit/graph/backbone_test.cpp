// The disparity filter (Serrano, Boguñá & Vespignani 2009) and the backbone drawn from it.
#include <catch2/catch.hpp>

#include "engine/graph/backbone.hpp"

namespace g = reticulist::graph;

namespace {

//   edge   weight      k (degree) and s (strength) of each vertex:
//   0-1      5           0: k 3, s 7      1: k 2, s 6      2: k 2, s 2
//   0-2      1           3: k 2, s 10     4: k 1, s 9
//   0-3      1
//   1-2      1         alpha_ij = (1 - w_ij / s_i)^(k_i - 1), from each end:
//   3-4      9           0-1: from 0 (1 - 5/7)^2 = 4/49 = 0.0816   from 1 (1 - 5/6)^1 = 1/6
//                        0-2: from 0 (1 - 1/7)^2 = 36/49 = 0.7347  from 2 (1 - 1/2)^1 = 0.5
//        1               0-3: from 0 36/49                          from 3 (1 - 1/10)^1 = 0.9
//     2-----1            1-2: from 1 (1 - 1/6)^1 = 5/6              from 2 0.5
//     |    /             3-4: from 3 (1 - 9/10)^1 = 0.1             from 4 undefined (degree 1)
//    1|   /5
//     |  /
//     0 ---1--- 3 ---9--- 4
g::Graph fixture() {
  const std::vector<g::Edge> edges{{0, 1, 5}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {3, 4, 9}};
  return g::graph_from_edges(5, edges);
}

std::vector<std::tuple<g::Vertex, g::Vertex, double>> ties(const std::vector<g::BackboneEdge>& kept) {
  std::vector<std::tuple<g::Vertex, g::Vertex, double>> out;
  for (const auto& e : kept) out.emplace_back(e.u, e.v, e.weight);
  return out;
}

std::vector<std::tuple<g::Vertex, g::Vertex, double>> ties(const g::Graph& graph) {
  std::vector<std::tuple<g::Vertex, g::Vertex, double>> out;
  graph.for_each_edge([&](g::Vertex u, g::Vertex v, double w) { out.emplace_back(u, v, w); });
  return out;
}

}  // namespace

TEST_CASE("Disparity alpha from each end, undefined at degree 1", "[graph][backbone]") {
  const auto graph = fixture();
  // Row of 0: neighbours 1, 2, 3 (ascending).
  CHECK(*g::disparity_alpha(graph, 0, 0) == Approx(4.0 / 49.0));
  CHECK(*g::disparity_alpha(graph, 0, 1) == Approx(36.0 / 49.0));
  CHECK(*g::disparity_alpha(graph, 1, 0) == Approx(1.0 / 6.0));
  CHECK(*g::disparity_alpha(graph, 3, 1) == Approx(0.1));
  CHECK_FALSE(g::disparity_alpha(graph, 4, 0).has_value());
}

TEST_CASE("Disparity filter keeps a tie significant from either end", "[graph][backbone]") {
  const auto graph = fixture();
  // 0.09: only 0-1 (4/49 from 0, though 1/6 from 1 is not below).
  CHECK(ties(g::disparity_filter(graph, 0.09)) == std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}});
  // 0.15: and 3-4, judged from 3 alone (4 has one tie, which takes all of its strength).
  const auto kept = g::disparity_filter(graph, 0.15);
  CHECK(ties(kept) == std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}, {3, 4, 9.0}});
  CHECK(kept[0].alpha == Approx(4.0 / 49.0));  // the smaller end's
  CHECK(kept[1].alpha == Approx(0.1));
  // 0.6: every tie but 0-3 (36/49 and 0.9).
  CHECK(ties(g::disparity_filter(graph, 0.6)) ==
        std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}, {0, 2, 1.0}, {1, 2, 1.0}, {3, 4, 9.0}});
  // Strict: a tie exactly at the level is not kept (2's ends are 0.5).
  CHECK(ties(g::disparity_filter(graph, 0.5)) ==
        std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}, {3, 4, 9.0}});
}

TEST_CASE("Backbone: the filter, the strongest ties up to a cap, no isolates", "[graph][backbone]") {
  const auto graph = fixture();
  // alpha 0.15 keeps 0-1 and 3-4; vertex 2 is left without a tie and dropped: 0 1 3 4 -> 0 1 2 3.
  const auto bb = g::backbone(graph, {0.15, std::nullopt});
  CHECK(bb.filtered_edges == 2);
  CHECK(bb.original == std::vector<g::Vertex>{0, 1, 3, 4});
  CHECK(ties(bb.graph) == std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}, {2, 3, 9.0}});
  // alpha 0.6 keeps four ties; a cap of 3 keeps 3-4 (9), 0-1 (5), then of the two of weight 1 and
  // alpha 0.5 the first by vertex, 0-2; 1-2 goes, and every vertex keeps a tie.
  const auto capped = g::backbone(graph, {0.6, 3});
  CHECK(capped.filtered_edges == 4);
  CHECK(capped.original == std::vector<g::Vertex>{0, 1, 2, 3, 4});
  CHECK(ties(capped.graph) == std::vector<std::tuple<g::Vertex, g::Vertex, double>>{{0, 1, 5.0}, {0, 2, 1.0}, {3, 4, 9.0}});
  // A cap of 2: 3-4 and 0-1; vertex 2 goes.
  CHECK(g::backbone(graph, {0.6, 2}).original == std::vector<g::Vertex>{0, 1, 3, 4});
}

TEST_CASE("Backbone of awkward graphs: empty, a lone pair, zero weights", "[graph][backbone]") {
  CHECK(g::backbone(g::Graph(), {}).graph.vertex_count() == 0);
  // A pair of degree-1 vertices: alpha undefined at both ends, never kept.
  const std::vector<g::Edge> pair{{0, 1, 3}};
  CHECK(g::disparity_filter(g::graph_from_edges(2, pair), 1.0).empty());
  // Strength 0: no share to test.
  const std::vector<g::Edge> zeros{{0, 1, 0}, {0, 2, 0}, {1, 2, 0}};
  CHECK(g::disparity_filter(g::graph_from_edges(3, zeros), 1.0).empty());
  // A star whose centre spreads its strength evenly: (1 - 1/3)^2 = 4/9 from the centre, the
  // leaves undefined; kept at 0.5, not at 0.4.
  const std::vector<g::Edge> star{{0, 1, 2}, {0, 2, 2}, {0, 3, 2}};
  CHECK(g::disparity_filter(g::graph_from_edges(4, star), 0.5).size() == 3);
  CHECK(g::disparity_filter(g::graph_from_edges(4, star), 0.4).empty());
}
