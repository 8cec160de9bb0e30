// The thin adapters see exactly our graph; Boost's directed CSR doubles undirected betweenness.
#include <catch2/catch.hpp>

#include <boost/graph/betweenness_centrality.hpp>

#include "engine/backends/boost_adapter.hpp"
#include "engine/backends/igraph_adapter.hpp"
#include "engine/error.hpp"
#include "engine/graph/graph.hpp"

namespace b = reticulist::backends;
namespace g = reticulist::graph;

namespace {
// A path 0 - 1 - 2 - 3 with weights 1, 2, 3, and an isolate 4.
// Undirected betweenness (each unordered pair once): C_B(1) = 2 ({0,2}, {0,3}), C_B(2) = 2.
g::Graph path_and_isolate() {
  return g::graph_from_edges(5, std::vector<g::Edge>{{0, 1, 1.0}, {1, 2, 2.0}, {2, 3, 3.0}});
}
}  // namespace

TEST_CASE("igraph adapter: same vertices, edges and weights", "[backends][igraph]") {
  const g::Graph graph = path_and_isolate();
  const b::IgraphGraph ig(graph);
  CHECK(igraph_vcount(ig.get()) == 5);
  CHECK(igraph_ecount(ig.get()) == 3);
  CHECK_FALSE(igraph_is_directed(ig.get()));
  for (igraph_integer_t e = 0; e < 3; ++e) {
    igraph_integer_t from, to;
    igraph_edge(ig.get(), e, &from, &to);
    CHECK(to == from + 1);
    CHECK(VECTOR(*ig.weights())[e] == static_cast<double>(from + 1));
  }
  igraph_vector_t betweenness;
  igraph_vector_init(&betweenness, 0);
  b::check(igraph_betweenness(ig.get(), &betweenness, igraph_vss_all(), IGRAPH_UNDIRECTED, nullptr), "betweenness");
  CHECK(VECTOR(betweenness)[1] == 2.0);
  CHECK(VECTOR(betweenness)[2] == 2.0);
  CHECK(VECTOR(betweenness)[4] == 0.0);
  igraph_vector_destroy(&betweenness);
}

TEST_CASE("igraph errors become BackendError with the first reason", "[backends][igraph]") {
  const b::IgraphGraph ig(path_and_isolate());
  igraph_vector_int_t out;
  igraph_vector_int_init(&out, 0);
  // Vertex 9 does not exist.
  const igraph_error_t code = igraph_degree(ig.get(), &out, igraph_vss_1(9), IGRAPH_ALL, false);
  igraph_vector_int_destroy(&out);
  CHECK_THROWS_WITH(b::check(code, "degree"), Catch::StartsWith("igraph: degree: "));
}

TEST_CASE("Boost adapter holds both arcs, so Brandes betweenness is doubled", "[backends][boost]") {
  const g::Graph graph = path_and_isolate();
  const b::BoostGraph bg = b::to_boost(graph);
  CHECK(boost::num_vertices(bg) == 5);
  CHECK(boost::num_edges(bg) == 6);  // 2 arcs per undirected edge
  std::vector<double> centrality(5, 0.0);
  boost::brandes_betweenness_centrality(
      bg, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, bg))));
  // Twice the undirected values: halve before use.
  CHECK(centrality[1] == 4.0);
  CHECK(centrality[2] == 4.0);
  CHECK(centrality[0] == 0.0);
  CHECK(centrality[4] == 0.0);
}
