// The shared triangle listing: a hand count, then the literal definition (every triple of
// vertices) on random graphs with groups, isolates and several components, on 1 to 8 threads.
#include <catch2/catch.hpp>

#include <random>

#include "engine/error.hpp"
#include "engine/graph/graph.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/clustering.hpp"
#include "engine/metrics/triangles.hpp"
#include "support/recording_progress.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
using Role = m::BrokerageRole;

namespace {

// The definition: t_v = pairs {a, b} of v's contacts that are tied; each such closed pair by the
// role v would have between a and b (Gould & Fernandez's classification of the triple).
m::TriangleCounts oracle(std::uint32_t n, const std::vector<std::vector<bool>>& tied, const m::Partition& p) {
  m::TriangleCounts r;
  r.per_vertex.assign(n, 0);
  r.closed.assign(n, m::ClosedPairs{});
  for (g::Vertex v = 0; v < n; ++v) {
    for (g::Vertex a = 0; a < n; ++a) {
      for (g::Vertex b = a + 1; b < n; ++b) {
        if (a == v || b == v || !tied[a][v] || !tied[b][v] || !tied[a][b]) continue;
        ++r.per_vertex[v];
        const auto ga = p.group[a], gv = p.group[v], gb = p.group[b];
        if (ga == gb) {
          ++r.closed[v][ga == gv ? Role::coordinator : Role::itinerant];
        } else if (ga == gv || gb == gv) {
          ++r.closed[v][Role::representative_or_gatekeeper];
        } else {
          ++r.closed[v][Role::liaison];
        }
      }
    }
  }
  return r;
}

struct RandomGraph {
  std::uint32_t n = 0;
  std::vector<std::vector<bool>> tied;
  std::vector<g::Edge> edges;
  m::Partition groups;
};

// Two blocks with no tie between them (so the graph is disconnected), a density per block, a few
// vertices left isolated, self-loops and duplicates among the records (the builder drops and
// merges them), weights at random.
RandomGraph random_graph(std::mt19937_64& rng, std::uint32_t n, std::uint32_t percent) {
  RandomGraph r;
  r.n = n;
  r.tied.assign(n, std::vector<bool>(n, false));
  const std::uint32_t split = n / 2 + static_cast<std::uint32_t>(rng() % (n / 2 + 1));
  const auto isolated = [&](g::Vertex v) { return v % 7 == 3; };
  for (g::Vertex u = 0; u < n; ++u) {
    for (g::Vertex v = u + 1; v < n; ++v) {
      if ((u < split) != (v < split) || isolated(u) || isolated(v) || rng() % 100 >= percent) continue;
      r.tied[u][v] = r.tied[v][u] = true;
      r.edges.push_back({u, v, 0.5 + static_cast<double>(rng() % 8)});
      if (rng() % 10 == 0) r.edges.push_back({v, u, 1});  // a duplicate record
    }
    if (rng() % 10 == 0) r.edges.push_back({u, u, 1});  // a self-loop
  }
  const auto count = static_cast<std::uint32_t>(1 + rng() % 5);
  r.groups = {std::vector<std::uint32_t>(n), count};
  for (auto& x : r.groups.group) x = static_cast<std::uint32_t>(rng() % count);
  return r;
}

}  // namespace

TEST_CASE("triangles: two triangles sharing a tie, by hand", "[metrics][triangles]") {
  //   0 --- 1        triangles {0,1,2} and {1,2,3}; 4 is isolated.
  //   |  /  |        groups: 0 A, 1 A, 2 A, 3 B.
  //   2 --- 3        t = (1, 2, 2, 1, 0).
  // Vertex 1: closed pairs {0,2} (A, A around A: coordinator) and {2,3} (A, B around A:
  // representative). Vertex 2 likewise. Vertex 3 (B) between 1 and 2 (both A): itinerant.
  // Vertex 0 (A) between 1 and 2 (A): coordinator.
  const auto graph = g::graph_from_edges(5, std::vector<g::Edge>{{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  const m::Partition p{{0, 0, 0, 1, 0}, 2};
  const auto t = m::count_triangles(graph, {.groups = &p});
  CHECK(t.per_vertex == std::vector<std::uint64_t>{1, 2, 2, 1, 0});
  CHECK(t.closed[0] == m::ClosedPairs{1, 0, 0, 0});
  CHECK(t.closed[1] == m::ClosedPairs{1, 0, 1, 0});
  CHECK(t.closed[2] == m::ClosedPairs{1, 0, 1, 0});
  CHECK(t.closed[3] == m::ClosedPairs{0, 1, 0, 0});
  CHECK(t.closed[4] == m::ClosedPairs{});
  CHECK(m::count_triangles(graph).closed.empty());  // no partition: no roles
}

TEST_CASE("triangles: the empty graph and a partition that does not fit", "[metrics][triangles]") {
  const auto none = m::count_triangles(g::Graph{}, {.threads = 4});
  CHECK(none.per_vertex.empty());
  const m::Partition wrong{{0, 0}, 1};
  CHECK_THROWS_WITH(m::count_triangles(g::graph_from_edges(3, std::vector<g::Edge>{}), {.groups = &wrong}),
                    "brokerage: the partition has 2 vertices, the graph 3");
  const m::Partition beyond{{0, 3}, 2};
  CHECK_THROWS_AS(m::count_triangles(g::graph_from_edges(2, std::vector<g::Edge>{}), {.groups = &beyond}),
                  reticulist::ConfigError);
}

TEST_CASE("triangles: equal the literal definition on random graphs, on any thread count", "[metrics][triangles]") {
  std::mt19937_64 rng(14);
  for (int trial = 0; trial < 60; ++trial) {
    const auto n = static_cast<std::uint32_t>(1 + rng() % 14);
    const RandomGraph r = random_graph(rng, n, static_cast<std::uint32_t>(rng() % 101));
    const auto graph = g::graph_from_edges(n, r.edges);
    const auto expected = oracle(n, r.tied, r.groups);
    INFO("trial " << trial << ", " << n << " vertices, " << graph.edge_count() << " ties");
    for (unsigned threads : {1u, 3u}) {
      const auto t = m::count_triangles(graph, {.groups = &r.groups, .threads = threads});
      CHECK(t.per_vertex == expected.per_vertex);
      CHECK(t.closed == expected.closed);
      CHECK(m::count_triangles(graph, {.threads = threads}).per_vertex == expected.per_vertex);
    }
  }
  // Large enough (about 2e6 tie scans) that the listing really is cut among the threads.
  for (const std::uint32_t percent : {25u, 70u}) {
    const RandomGraph r = random_graph(rng, 360, percent);
    const auto graph = g::graph_from_edges(r.n, r.edges);
    const auto expected = oracle(r.n, r.tied, r.groups);
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      INFO(percent << "% ties, " << threads << " threads");
      const auto t = m::count_triangles(graph, {.groups = &r.groups, .threads = threads});
      CHECK(t.per_vertex == expected.per_vertex);
      CHECK(t.closed == expected.closed);
      // And the measures built on them: the same whether the pass is shared or their own.
      CHECK(m::brokerage(graph, r.groups, t).counts == m::brokerage(graph, r.groups).counts);
      CHECK(m::clustering(graph, t).vertex_triangles == m::clustering(graph, reticulist::no_progress(), threads).vertex_triangles);
    }
  }
}

TEST_CASE("triangles: brokerage refuses triangles counted without groups", "[metrics][triangles]") {
  const auto graph = g::graph_from_edges(3, std::vector<g::Edge>{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}});
  const m::Partition p{{0, 0, 1}, 2};
  CHECK_THROWS_AS(m::brokerage(graph, p, m::count_triangles(graph)), std::logic_error);
}

TEST_CASE("triangles report one stage sized by their tie scans", "[metrics][triangles][progress]") {
  // Triangle 0-1-2 with pendant 2-3 (the clustering test's graph): 1 tie scan, when vertex 0 is done.
  reticulist::testing::RecordingProgress progress;
  const auto graph = g::graph_from_edges(4, std::vector<g::Edge>{{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}});
  const auto t = m::count_triangles(graph, {.stage = "listing"}, progress);
  CHECK(t.per_vertex == std::vector<std::uint64_t>{1, 1, 1, 0});
  CHECK(progress.events() == std::vector<std::string>{"begin listing 1", "advance 1", "end"});
}
