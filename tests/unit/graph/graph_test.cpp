// The CSR graph and its builder: rows sorted, both directions stored, loops dropped, parallel
// edges merged with summed weights.
#include <catch2/catch.hpp>

#include <vector>

#include "engine/graph/graph.hpp"

using reticulist::graph::BuildStats;
using reticulist::graph::Edge;
using reticulist::graph::Graph;
using reticulist::graph::graph_from_edges;

TEST_CASE("Empty graph: no vertices, no edges", "[graph]") {
  const Graph g = graph_from_edges(0, {});
  CHECK(g.vertex_count() == 0);
  CHECK(g.edge_count() == 0);
  CHECK(g.total_weight() == 0.0);
}

TEST_CASE("Builder merges parallel edges, drops self-loops and keeps isolates", "[graph]") {
  //   0 --2-- 1 --1-- 2     3 (isolate)     loop on 1 dropped; {0,1} given twice (1 + 1)
  const std::vector<Edge> edges = {{0, 1, 1.0}, {1, 2, 1.0}, {1, 0, 1.0}, {1, 1, 5.0}};
  BuildStats stats;
  const Graph g = graph_from_edges(4, edges, &stats);
  CHECK(g.vertex_count() == 4);
  CHECK(g.edge_count() == 2);
  CHECK(stats.self_loops_dropped == 1);
  CHECK(stats.parallel_edges_merged == 1);
  REQUIRE(g.degree(1) == 2);
  CHECK(g.neighbours(1)[0] == 0);
  CHECK(g.neighbours(1)[1] == 2);
  CHECK(g.weights(1)[0] == 2.0);
  CHECK(g.weights(1)[1] == 1.0);
  CHECK(g.strength(1) == 3.0);
  CHECK(g.degree(3) == 0);
  CHECK(g.total_weight() == 3.0);
}

TEST_CASE("for_each_edge visits each undirected edge once with u < v", "[graph]") {
  const Graph g = graph_from_edges(3, std::vector<Edge>{{2, 0, 1.5}, {1, 2, 2.5}});
  std::vector<std::tuple<unsigned, unsigned, double>> seen;
  g.for_each_edge([&](auto u, auto v, double w) { seen.emplace_back(u, v, w); });
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == std::make_tuple(0u, 2u, 1.5));
  CHECK(seen[1] == std::make_tuple(1u, 2u, 2.5));
}

TEST_CASE("An edge beyond the vertex count is a programming error", "[graph]") {
  CHECK_THROWS_AS(graph_from_edges(2, std::vector<Edge>{{0, 2, 1.0}}), std::out_of_range);
}
