// The graph without a set of vertices: renumbering, weights, sorted rows, and the awkward cases.
#include "engine/graph/remove_vertices.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <stdexcept>
#include <vector>

#include "tests/unit/metrics/cohesion_fixture.hpp"

namespace g = reticulist::graph;
namespace tc = reticulist::test_cohesion;

namespace {

std::vector<g::Edge> edge_list(const g::Graph& graph) {
  std::vector<g::Edge> out;
  graph.for_each_edge([&](g::Vertex u, g::Vertex v, double w) { out.push_back({u, v, w}); });
  return out;
}

bool same_edges(const std::vector<g::Edge>& a, const std::vector<g::Edge>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].u != b[i].u || a[i].v != b[i].v || a[i].weight != b[i].weight) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("Removing the bridge end of a barbell", "[graph][remove_vertices]") {
  //   0       5            remove 2:     0       5         new ids: 0->0 1->1 3->2 4->3 5->4
  //   | \   / |                          |     / |         ties kept with their weights:
  //   |  2-3  |                          |    3  |         0-1 (2), 2-3 (2), 2-4 (2), 3-4 (2)
  //   | /   \ |                          |     \ |
  //   1       4                          1       4
  const auto r = g::remove_vertices(tc::barbell(), std::vector<g::Vertex>{2});
  CHECK(r.original == std::vector<g::Vertex>{0, 1, 3, 4, 5});
  CHECK(r.graph.vertex_count() == 5);
  CHECK(r.graph.edge_count() == 4);
  CHECK(same_edges(edge_list(r.graph), {{0, 1, 2}, {2, 3, 2}, {2, 4, 2}, {3, 4, 2}}));
  CHECK(r.graph.degree(2) == 2);  // vertex 3 lost its bridge
}

TEST_CASE("Removing nobody copies the graph; removing everybody leaves none", "[graph][remove_vertices]") {
  const auto barbell = tc::barbell();
  const auto none = g::remove_vertices(barbell, std::vector<bool>(6, false));
  CHECK(none.original == std::vector<g::Vertex>{0, 1, 2, 3, 4, 5});
  CHECK(none.graph.offsets() == barbell.offsets());
  CHECK(none.graph.targets() == barbell.targets());
  CHECK(none.graph.all_weights() == barbell.all_weights());

  const auto all = g::remove_vertices(barbell, std::vector<bool>(6, true));
  CHECK(all.original.empty());
  CHECK(all.graph.vertex_count() == 0);
  CHECK(all.graph.edge_count() == 0);

  const auto empty = g::remove_vertices(g::Graph(), std::vector<bool>{});
  CHECK(empty.graph.vertex_count() == 0);
}

TEST_CASE("A removal list may repeat vertices; bad input throws", "[graph][remove_vertices]") {
  const auto star = tc::star();
  const auto r = g::remove_vertices(star, std::vector<g::Vertex>{3, 0, 3});
  CHECK(r.original == std::vector<g::Vertex>{1, 2, 4});
  CHECK(r.graph.edge_count() == 0);  // the leaves without their centre are isolates
  CHECK_THROWS_AS(g::remove_vertices(star, std::vector<g::Vertex>{5}), std::out_of_range);
  CHECK_THROWS_AS(g::remove_vertices(star, std::vector<bool>(4, false)), std::invalid_argument);
}

TEST_CASE("Removal agrees with rebuilding from the surviving ties", "[graph][remove_vertices][oracle]") {
  std::mt19937 rng(5);
  for (int trial = 0; trial < 200; ++trial) {
    const auto graph = tc::random_graph(rng);
    const auto n = graph.vertex_count();
    std::vector<bool> removed(n);
    std::vector<g::Vertex> new_of(n, 0);
    g::Vertex kept = 0;
    for (g::Vertex v = 0; v < n; ++v) {
      removed[v] = rng() % 3 == 0;
      if (!removed[v]) new_of[v] = kept++;
    }
    std::vector<g::Edge> surviving;
    graph.for_each_edge([&](g::Vertex u, g::Vertex v, double w) {
      if (!removed[u] && !removed[v]) surviving.push_back({new_of[u], new_of[v], w});
    });
    const auto expected = g::graph_from_edges(kept, surviving);
    const auto r = g::remove_vertices(graph, removed);
    CHECK(r.graph.offsets() == expected.offsets());
    CHECK(r.graph.targets() == expected.targets());
    CHECK(r.graph.all_weights() == expected.all_weights());
  }
}
