// Betweenness: hand-worked values, awkward graphs, a brute-force oracle that enumerates every
// shortest path, igraph agreement, and the Riondato-Kornaropoulos error bound.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

#include "engine/backends/igraph_adapter.hpp"
#include "engine/error.hpp"
#include "engine/graph/graph.hpp"
#include "engine/metrics/betweenness.hpp"
#include "support/recording_progress.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

g::Graph make(std::uint32_t n, std::vector<g::Edge> edges) { return g::graph_from_edges(n, edges); }

m::BetweennessOptions weighted_options() {
  m::BetweennessOptions o;
  o.weighted = true;
  return o;
}

// Erdos-Renyi G(n, p) with integer weights 1..max_weight, from a fixed seed.
g::Graph random_graph(std::uint32_t n, double p, std::uint32_t max_weight, std::mt19937_64& rng) {
  std::vector<g::Edge> edges;
  for (g::Vertex u = 0; u < n; ++u) {
    for (g::Vertex v = u + 1; v < n; ++v) {
      if (static_cast<double>(rng() % 1000000) < p * 1e6) {
        edges.push_back({u, v, static_cast<double>(1 + rng() % max_weight)});
      }
    }
  }
  return g::graph_from_edges(n, edges);
}

// The definition, literally: all-pairs distances (Floyd-Warshall, lengths 1 or 1/weight), then
// every shortest s-t path enumerated by depth-first search, each interior vertex credited
// 1/sigma_st. O(n^3 + number of shortest paths); for n <= 12.
std::vector<double> brute_force_betweenness(const g::Graph& graph, bool weighted) {
  const std::uint32_t n = graph.vertex_count();
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> len(n, std::vector<double>(n, inf)), dist;
  for (g::Vertex u = 0; u < n; ++u) {
    len[u][u] = 0;
    for (std::size_t i = 0; i < graph.neighbours(u).size(); ++i) {
      len[u][graph.neighbours(u)[i]] = weighted ? 1.0 / graph.weights(u)[i] : 1.0;
    }
  }
  dist = len;
  for (g::Vertex k = 0; k < n; ++k)
    for (g::Vertex i = 0; i < n; ++i)
      for (g::Vertex j = 0; j < n; ++j) dist[i][j] = std::min(dist[i][j], dist[i][k] + dist[k][j]);
  auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(a, b); };
  std::vector<double> c_b(n, 0.0);
  for (g::Vertex s = 0; s < n; ++s) {
    for (g::Vertex t = s + 1; t < n; ++t) {
      if (dist[s][t] == inf) continue;
      std::vector<std::vector<g::Vertex>> paths;
      std::vector<g::Vertex> path{s};
      std::function<void(g::Vertex)> extend = [&](g::Vertex x) {
        if (x == t) {
          paths.push_back(path);
          return;
        }
        for (g::Vertex y : graph.neighbours(x)) {
          // y continues a shortest s-t path when s..x..y..t adds up to d(s,t).
          if (same(dist[s][x] + len[x][y] + dist[y][t], dist[s][t]) && same(dist[s][x] + len[x][y], dist[s][y])) {
            path.push_back(y);
            extend(y);
            path.pop_back();
          }
        }
      };
      extend(s);
      for (const auto& p : paths) {
        for (std::size_t i = 1; i + 1 < p.size(); ++i) c_b[p[i]] += 1.0 / static_cast<double>(paths.size());
      }
    }
  }
  return c_b;
}

}  // namespace

TEST_CASE("betweenness: a path", "[metrics][betweenness]") {
  //   0 --- 1 --- 2 --- 3 --- 4
  // C_B(1): pairs {0,2} {0,3} {0,4} pass through 1            = 3
  // C_B(2): pairs {0,3} {0,4} {1,3} {1,4}                      = 4
  // C_B(3) = 3 by symmetry; the ends 0.
  // normalised = C_B / ((n-1)(n-2)/2) = C_B / 6.
  const auto r = m::betweenness(make(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}}));
  CHECK(r.raw == std::vector<double>{0, 3, 4, 3, 0});
  CHECK(*r.normalised[1] == 0.5);
  CHECK_THAT(*r.normalised[2], WithinRel(4.0 / 6));
  CHECK(*r.normalised[0] == 0);
  CHECK(r.method == m::BetweennessMethod::exact);
  CHECK(r.samples == 0);
}

TEST_CASE("betweenness: a star", "[metrics][betweenness]") {
  //        1
  //        |
  //   4 -- 0 -- 2        every pair of leaves, C(4,2) = 6, goes through the centre:
  //        |             C_B(0) = 6, normalised 6 / (4*3/2) = 1 (the maximum); leaves 0.
  //        3
  const auto r = m::betweenness(make(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}}));
  CHECK(r.raw == std::vector<double>{6, 0, 0, 0, 0});
  CHECK(*r.normalised[0] == 1);
}

TEST_CASE("betweenness: a triangle with a pendant", "[metrics][betweenness]") {
  //   0
  //   | \                the triangle 0-1-2, and 3 hangs on 2;
  //   |  2 --- 3         only 2 lies inside a shortest path: {0,3} and {1,3}.
  //   | /                C_B(2) = 2, normalised 2 / 3.
  //   1
  const auto r = m::betweenness(make(4, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {2, 3, 1}}));
  CHECK(r.raw == std::vector<double>{0, 0, 2, 0});
  CHECK_THAT(*r.normalised[2], WithinRel(2.0 / 3));
}

TEST_CASE("betweenness: two triangles joined by a bridge", "[metrics][betweenness]") {
  //   0           4
  //   | \       / |
  //   |  2 --- 3  |      C_B(2): {0,1} x {3,4,5} = 6 pairs; C_B(3): {0,1,2} x {4,5} = 6.
  //   | /       \ |      normalised 6 / (5*4/2) = 0.6.
  //   1           5
  const auto r = m::betweenness(
      make(6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}}));
  CHECK(r.raw == std::vector<double>{0, 0, 6, 6, 0, 0});
  CHECK_THAT(*r.normalised[3], WithinRel(0.6));
}

TEST_CASE("betweenness: weighted uses 1/weight as length", "[metrics][betweenness]") {
  //   0 --2-- 1          lengths 1/2 on 0-1 and 1-2, 1 on 2-3 and 3-0.
  //   |       |          {0,2}: via 1 is 1, via 3 is 2           -> 1 gets 1
  //   1       2          {1,3}: via 0 is 1/2 + 1, via 2 is 1/2 + 1 -> 0 and 2 get 1/2 each
  //   |       |          unweighted, every vertex gets 1/2 ({0,2} and {1,3} both split).
  //   3 --1-- 2
  // python3 -c 'import networkx as nx; G=nx.Graph(); [G.add_edge(u,v,length=1/w) for u,v,w in
  //   [(0,1,2),(1,2,2),(2,3,1),(3,0,1)]]; print(nx.betweenness_centrality(G,normalized=False,weight="length"))'
  //   -> {0: 0.5, 1: 1.0, 2: 0.5, 3: 0.0}
  const auto graph = make(4, {{0, 1, 2}, {1, 2, 2}, {2, 3, 1}, {3, 0, 1}});
  const auto w = m::betweenness(graph, weighted_options());
  CHECK(w.raw == std::vector<double>{0.5, 1, 0.5, 0});
  CHECK(w.weighted);
  CHECK(m::betweenness(graph).raw == std::vector<double>{0.5, 0.5, 0.5, 0.5});
}

TEST_CASE("betweenness: weighted lengths tie within rounding, as in igraph", "[metrics][betweenness]") {
  //   0 --10-- 1 --15-- 2     1/10 + 1/15 = 1/6 exactly, but not in doubles; the two 0-2 paths tie
  //    \_______6_______/      (relative tolerance 1e-10), so C_B(1) = 1/2. igraph_betweenness
  //                           with lengths {1/10, 1/15, 1/6} gives 0, 0.5, 0 (networkx, comparing
  //                           exactly, gives 0).
  const auto graph = make(3, {{0, 1, 10}, {1, 2, 15}, {0, 2, 6}});
  CHECK(m::betweenness(graph, weighted_options()).raw == std::vector<double>{0, 0.5, 0});
}

TEST_CASE("betweenness: awkward graphs", "[metrics][betweenness]") {
  SECTION("empty graph") {
    const auto r = m::betweenness(g::Graph());
    CHECK(r.raw.empty());
    CHECK(r.normalised.empty());
  }
  SECTION("one and two vertices: normalised is NA (n < 3)") {
    const auto one = m::betweenness(make(1, {}));
    CHECK(one.raw == std::vector<double>{0});
    CHECK_FALSE(one.normalised[0].has_value());
    const auto two = m::betweenness(make(2, {{0, 1, 1}}));
    CHECK(two.raw == std::vector<double>{0, 0});
    CHECK_FALSE(two.normalised[1].has_value());
  }
  SECTION("an isolate counts in n and has 0") {
    //   0 - 1 - 2    3      C_B(1) = 1; normalised 1 / (3*2/2) = 1/3 (not 1 / 1).
    const auto r = m::betweenness(make(4, {{0, 1, 1}, {1, 2, 1}}));
    CHECK(r.raw == std::vector<double>{0, 1, 0, 0});
    CHECK_THAT(*r.normalised[1], WithinRel(1.0 / 3));
    CHECK(*r.normalised[3] == 0);
  }
  SECTION("disconnected: pairs across components contribute nothing") {
    //   0 - 1 - 2    3 - 4 - 5
    const auto r = m::betweenness(make(6, {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}, {4, 5, 1}}));
    CHECK(r.raw == std::vector<double>{0, 1, 0, 0, 1, 0});
  }
  SECTION("self-loops are dropped and duplicate records merge (weights add up)") {
    //   0 =(1+1)= 1 --1-- 2,  0 --1-- 3 --1-- 2, and a loop on 1.
    //   Unweighted it is a 4-cycle: each opposite pair splits, 1/2 everywhere.
    //   Weighted: {0,2}: 0-1-2 is 1/2 + 1 < 0-3-2 = 2, through 1;
    //             {1,3}: 1-0-3 is 1/2 + 1 < 1-2-3 = 2, through 0.
    const auto graph = make(4, {{0, 1, 1}, {0, 1, 1}, {1, 1, 5}, {1, 2, 1}, {0, 3, 1}, {3, 2, 1}});
    CHECK(m::betweenness(graph).raw == std::vector<double>{0.5, 0.5, 0.5, 0.5});
    CHECK(m::betweenness(graph, weighted_options()).raw == std::vector<double>{1, 1, 0, 0});
  }
  SECTION("weighted needs positive weights") {
    const auto graph = make(2, {{0, 1, 0}});
    CHECK_THROWS_WITH(m::betweenness(graph, weighted_options()),
                      "betweenness: weighted betweenness needs positive, finite tie weights");
    CHECK(m::betweenness(graph).raw == std::vector<double>{0, 0});  // unweighted ignores weights
  }
  SECTION("bad epsilon or delta") {
    m::BetweennessOptions o;
    o.method = m::BetweennessMethod::approximate;
    o.epsilon = 0;
    CHECK_THROWS_AS(m::betweenness(make(3, {}), o), reticulist::ConfigError);
    CHECK_THROWS_WITH(m::betweenness(make(3, {}), o), "betweenness: epsilon must be in (0, 1)");
    o.epsilon = 0.1;
    o.delta = 1;
    CHECK_THROWS_WITH(m::betweenness(make(3, {}), o), "betweenness: delta must be in (0, 1)");
  }
}

TEST_CASE("betweenness: exact equals the brute-force oracle on random graphs", "[metrics][betweenness]") {
  std::mt19937_64 rng(20240601);
  for (int trial = 0; trial < 60; ++trial) {
    const auto n = static_cast<std::uint32_t>(3 + rng() % 10);  // 3..12 vertices
    const double p = 0.15 + 0.1 * static_cast<double>(rng() % 6);
    const auto graph = random_graph(n, p, 3, rng);
    for (bool weighted : {false, true}) {
      const auto expected = brute_force_betweenness(graph, weighted);
      for (unsigned threads : {1u, 3u}) {
        m::BetweennessOptions o;
        o.weighted = weighted;
        o.threads = threads;
        const auto r = m::betweenness(graph, o);
        INFO("trial " << trial << " n " << n << " weighted " << weighted << " threads " << threads);
        for (g::Vertex v = 0; v < n; ++v) CHECK_THAT(r.raw[v], WithinAbs(expected[v], 1e-9));
      }
    }
  }
}

TEST_CASE("betweenness: exact equals igraph_betweenness (lengths 1/weight)", "[metrics][betweenness][igraph]") {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 4; ++trial) {
    const auto graph = random_graph(80, 0.06, 4, rng);
    const reticulist::backends::IgraphGraph ig(graph);
    igraph_vector_t lengths, expected;
    igraph_vector_init_copy(&lengths, ig.weights());
    for (igraph_integer_t e = 0; e < igraph_vector_size(&lengths); ++e) VECTOR(lengths)[e] = 1.0 / VECTOR(lengths)[e];
    igraph_vector_init(&expected, 0);
    for (bool weighted : {false, true}) {
      reticulist::backends::check(
          igraph_betweenness(ig.get(), &expected, igraph_vss_all(), false, weighted ? &lengths : nullptr), "betweenness");
      m::BetweennessOptions o;
      o.weighted = weighted;
      o.threads = 2;
      const auto r = m::betweenness(graph, o);
      for (g::Vertex v = 0; v < 80; ++v) CHECK_THAT(r.raw[v], WithinAbs(VECTOR(expected)[v], 1e-7));
    }
    igraph_vector_destroy(&lengths);
    igraph_vector_destroy(&expected);
  }
}

TEST_CASE("betweenness: the vertex-diameter bound and the sample count", "[metrics][betweenness]") {
  //   0 - 1 - 2 - 3 - 4      BFS from 0: the two largest distances are 4 and 3, so VD <= 4 + 3 + 1 = 8
  //                          (the true vertex diameter is 5). Weighted (all weights 1): lengths
  //                          give the same 8, capped by the component's 5 vertices.
  // r = ceil(0.5 / eps_rk^2 (floor(log2(8 - 2)) + 1 + ln(1/delta))), eps_rk = eps (n-2)/n = 0.1 * 3/5.
  const auto graph = make(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}});
  m::BetweennessOptions o;
  o.method = m::BetweennessMethod::approximate;
  o.epsilon = 0.1;
  o.delta = 0.1;
  const auto r = m::betweenness(graph, o);
  CHECK(r.method == m::BetweennessMethod::approximate);
  CHECK(r.vertex_diameter_bound == 8);
  CHECK_THAT(r.epsilon_rk, WithinRel(0.06));
  CHECK(r.samples == static_cast<std::uint64_t>(std::ceil(0.5 / (0.06 * 0.06) * (2 + 1 + std::log(10.0)))));
  CHECK(r.epsilon == 0.1);
  CHECK(r.delta == 0.1);
  o.weighted = true;
  CHECK(m::betweenness(graph, o).vertex_diameter_bound == 5);

  // Components of at most 2 vertices (0 - 1, 2 - 3, isolate 4): VD <= 2, no shortest path has an
  // interior vertex, nothing is sampled and the zeros are exact. (A triangle's bound is 1 + 1 + 1 = 3:
  // it is sampled, and every sample finds no interior vertex.)
  for (bool weighted : {false, true}) {
    o.weighted = weighted;
    const auto pairs = m::betweenness(make(5, {{0, 1, 1}, {2, 3, 1}}), o);
    CHECK(pairs.method == m::BetweennessMethod::exact);
    CHECK(pairs.vertex_diameter_bound == 2);
    CHECK(pairs.samples == 0);
    CHECK(pairs.raw == std::vector<double>{0, 0, 0, 0, 0});
    CHECK(*pairs.normalised[0] == 0);
    const auto triangle = m::betweenness(make(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}), o);
    CHECK(triangle.method == m::BetweennessMethod::approximate);
    CHECK(triangle.raw == std::vector<double>{0, 0, 0});
  }
}

TEST_CASE("betweenness: sampling stays within epsilon of exact", "[metrics][betweenness]") {
  // 300 vertices in 6 communities (ties mostly inside), seeded; RK guarantees |error| <= epsilon
  // on the normalised scale for every vertex with probability >= 0.9; with this seed it holds.
  std::mt19937_64 rng(11);
  std::vector<g::Edge> edges;
  for (g::Vertex u = 0; u < 300; ++u) {
    for (g::Vertex v = u + 1; v < 300; ++v) {
      const bool same_community = u / 50 == v / 50;
      if (rng() % 1000 < (same_community ? 80u : 2u)) edges.push_back({u, v, static_cast<double>(1 + rng() % 5)});
    }
  }
  const auto graph = g::graph_from_edges(300, edges);
  for (bool weighted : {false, true}) {
    m::BetweennessOptions o;
    o.weighted = weighted;
    o.threads = 2;
    const auto exact = m::betweenness(graph, o);
    o.method = m::BetweennessMethod::approximate;
    o.epsilon = 0.02;
    o.delta = 0.1;
    o.seed = 42;
    const auto approx = m::betweenness(graph, o);
    REQUIRE(approx.method == m::BetweennessMethod::approximate);
    double worst = 0;
    for (g::Vertex v = 0; v < 300; ++v) {
      worst = std::max(worst, std::abs(*approx.normalised[v] - *exact.normalised[v]));
      CHECK_THAT(approx.raw[v] / (299.0 * 298 / 2), WithinRel(*approx.normalised[v], 1e-12));
    }
    INFO("weighted " << weighted << " samples " << approx.samples << " worst error " << worst);
    CHECK(worst <= 0.02);
    CHECK(worst > 0);  // it really sampled
    // The estimate depends on the seed only, not on the thread count.
    o.threads = 3;
    CHECK(m::betweenness(graph, o).raw == approx.raw);
    o.seed = 43;
    CHECK(m::betweenness(graph, o).raw != approx.raw);
  }
}

TEST_CASE("betweenness reports one stage: sources searched, or paths sampled", "[metrics][betweenness][progress]") {
  // Exact on the path 0-1-2: a search from each of the 3 sources, one by one.
  reticulist::testing::RecordingProgress exact;
  const auto b = m::betweenness(make(3, {{0, 1, 1}, {1, 2, 1}}), {}, exact);
  CHECK(b.raw[1] == 1.0);
  CHECK(exact.events() == std::vector<std::string>{"begin betweenness 3", "advance 1", "advance 2", "advance 3", "end"});
  reticulist::testing::RecordingProgress weighted;
  m::betweenness(make(3, {{0, 1, 1}, {1, 2, 1}}), weighted_options(), weighted);
  CHECK(weighted.stages() == std::vector<std::string>{"begin weighted betweenness 3", "end"});
  // Sampled on a path of 6 (vertex diameter 6 > 2): the stage's size is the r paths drawn, and
  // its last count is r.
  m::BetweennessOptions o;
  o.method = m::BetweennessMethod::approximate;
  o.epsilon = 0.2;
  o.threads = 2;
  reticulist::testing::RecordingProgress sampled;
  const auto s = m::betweenness(make(6, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {4, 5, 1}}), o, sampled);
  REQUIRE(s.method == m::BetweennessMethod::approximate);
  CHECK(sampled.stages() == std::vector<std::string>{"begin betweenness " + std::to_string(s.samples), "end"});
  const auto counts = sampled.advances();
  REQUIRE_FALSE(counts.empty());
  CHECK(*std::max_element(counts.begin(), counts.end()) == s.samples);
}
