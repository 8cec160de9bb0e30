// Burt's constraint, effective size and efficiency: hand-worked values, awkward graphs, a literal
// dense-matrix oracle on random graphs, and igraph_constraint agreement.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "engine/backends/igraph_adapter.hpp"
#include "engine/error.hpp"
#include "engine/graph/graph.hpp"
#include "engine/metrics/structural_holes.hpp"
#include "support/recording_progress.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

g::Graph make(std::uint32_t n, std::vector<g::Edge> edges) { return g::graph_from_edges(n, edges); }

m::StructuralHolesResult weighted(const g::Graph& graph) {
  m::StructuralHolesOptions o;
  o.weighted = true;
  return m::structural_holes(graph, o);
}

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

struct Oracle {
  std::vector<double> constraint, effective_size;
};

// The formulas of metrics.md, literally, over a dense n x n matrix a (n <= 12):
//   C_i  = sum_{j in N(i)} (p_ij + sum_{q != i,j} p_iq p_qj)^2
//   ES_i = sum_{j in N(i)} (1 - sum_{q != i,j} p_iq m_jq)
// Isolates get NaN here (the metric says NA).
Oracle brute_force(const g::Graph& graph, bool use_weights) {
  const std::uint32_t n = graph.vertex_count();
  std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0)), p = a, mx = a;
  for (g::Vertex u = 0; u < n; ++u) {
    for (std::size_t k = 0; k < graph.neighbours(u).size(); ++k) {
      a[u][graph.neighbours(u)[k]] = use_weights ? graph.weights(u)[k] : 1.0;
    }
  }
  for (g::Vertex i = 0; i < n; ++i) {
    double sum = 0, max = 0;
    for (g::Vertex k = 0; k < n; ++k) sum += a[i][k], max = std::max(max, a[i][k]);
    if (sum == 0) continue;  // an isolate: p and m stay 0
    for (g::Vertex j = 0; j < n; ++j) p[i][j] = a[i][j] / sum, mx[i][j] = a[i][j] / max;
  }
  Oracle o{std::vector<double>(n, std::nan("")), std::vector<double>(n, std::nan(""))};
  for (g::Vertex i = 0; i < n; ++i) {
    if (graph.degree(i) == 0) continue;
    double c = 0, es = 0;
    for (g::Vertex j = 0; j < n; ++j) {
      if (a[i][j] == 0) continue;
      double indirect = 0, redundancy = 0;
      for (g::Vertex q = 0; q < n; ++q) {
        if (q == i || q == j) continue;
        indirect += p[i][q] * p[q][j];
        redundancy += p[i][q] * mx[j][q];
      }
      c += (p[i][j] + indirect) * (p[i][j] + indirect);
      es += 1 - redundancy;
    }
    o.constraint[i] = c;
    o.effective_size[i] = es;
  }
  return o;
}

}  // namespace

TEST_CASE("structural holes: a path", "[metrics][structural_holes]") {
  //   0 --- 1 --- 2        C_0 = p_01^2 = 1 (a pendant: all of 0's investment is in 1).
  //                        C_1 = p_10^2 + p_12^2 = 1/4 + 1/4 = 1/2 (0 and 2 are not tied).
  //                        ES_1 = 2 - 2*0/2 = 2, efficiency 1; ES_0 = 1, efficiency 1.
  const auto r = m::structural_holes(make(3, {{0, 1, 1}, {1, 2, 1}}));
  CHECK(*r.constraint[0] == 1);
  CHECK(*r.constraint[1] == 0.5);
  CHECK(*r.effective_size[1] == 2);
  CHECK(*r.efficiency[1] == 1);
  CHECK(*r.effective_size[0] == 1);
  CHECK(*r.efficiency[0] == 1);
}

TEST_CASE("structural holes: a star", "[metrics][structural_holes]") {
  //        1
  //        |               C_0 = 3 (1/3)^2 = 1/3; ES_0 = 3 (no ties among contacts), efficiency 1.
  //   3 -- 0 -- 2          each leaf: C = 1, ES = 1.
  const auto r = m::structural_holes(make(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}));
  CHECK_THAT(*r.constraint[0], WithinRel(1.0 / 3));
  CHECK(*r.effective_size[0] == 3);
  CHECK(*r.efficiency[0] == 1);
  CHECK(*r.constraint[3] == 1);
}

TEST_CASE("structural holes: a closed triad has constraint 1.125", "[metrics][structural_holes]") {
  //   0                     C_0 = (p_01 + p_02 p_21)^2 + (p_02 + p_01 p_12)^2
  //   | \                       = (1/2 + 1/4)^2 * 2 = 1.125 for every vertex: more than a pendant's 1,
  //   |  2                      because indirect investment is added to direct (Burt's definition).
  //   | /                   ES_0 = 2 - 2*1/2 = 1 (Borgatti: n - 2t/n), efficiency 1/2.
  //   1
  const auto r = m::structural_holes(make(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}));
  for (g::Vertex v = 0; v < 3; ++v) {
    CHECK(*r.constraint[v] == 1.125);
    CHECK(*r.effective_size[v] == 1);
    CHECK(*r.efficiency[v] == 0.5);
  }
}

TEST_CASE("structural holes: a triangle with a pendant", "[metrics][structural_holes]") {
  //   0
  //   | \                   C_0 = (1/2 + 1/2 * 1/3)^2 + (1/2 + 1/2 * 1/2)^2 = 4/9 + 9/16 = 145/144
  //   |  2 --- 3            C_2 = (1/3 + 1/3 * 1/2)^2 * 2 + (1/3)^2       = 1/2 + 1/9 = 11/18
  //   | /                   C_3 = 1
  //   1                     ES_2 = 3 - 2*1/3 = 7/3, efficiency 7/9; ES_0 = 1, efficiency 1/2.
  // igraph_constraint gives 1.00694 1.00694 0.611111 1; networkx constraint the same.
  const auto r = m::structural_holes(make(4, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {2, 3, 1}}));
  CHECK_THAT(*r.constraint[0], WithinRel(145.0 / 144));
  CHECK_THAT(*r.constraint[1], WithinRel(145.0 / 144));
  CHECK_THAT(*r.constraint[2], WithinRel(11.0 / 18));
  CHECK(*r.constraint[3] == 1);
  CHECK_THAT(*r.effective_size[2], WithinRel(7.0 / 3));
  CHECK_THAT(*r.efficiency[2], WithinRel(7.0 / 9));
  CHECK(*r.effective_size[0] == 1);
}

TEST_CASE("structural holes: two triangles joined by a bridge", "[metrics][structural_holes]") {
  //   0           4
  //   | \       / |         The bridge ends: C_2 = C_3 = 11/18 (as vertex 2 above: the far
  //   |  2 --- 3  |         triangle adds no indirect path from 2 to 3), ES = 3 - 2/3 = 7/3.
  //   | /       \ |         The others: C = 145/144, ES = 1, efficiency 1/2.
  //   1           5
  const auto r = m::structural_holes(
      make(6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}}));
  CHECK_THAT(*r.constraint[2], WithinRel(11.0 / 18));
  CHECK_THAT(*r.constraint[3], WithinRel(11.0 / 18));
  CHECK_THAT(*r.constraint[5], WithinRel(145.0 / 144));
  CHECK_THAT(*r.effective_size[3], WithinRel(7.0 / 3));
  CHECK(*r.efficiency[4] == 0.5);
}

TEST_CASE("structural holes: weighted", "[metrics][structural_holes]") {
  //   0 --1-- 1             p_01 = p_02 = 1/2; p_12 = 2/3; p_21 = 2/6 = 1/3.
  //    \      |             C_0 = (p_01 + p_02 p_21)^2 + (p_02 + p_01 p_12)^2
  //     1     2                 = (1/2 + 1/2 * 1/3)^2 + (1/2 + 1/2 * 2/3)^2 = 4/9 + 25/36 = 41/36
  //      \    |             ES_0 = (1 - p_02 m_12) + (1 - p_01 m_21), m_12 = 2/2, m_21 = 2/3
  //       `-- 2 --3-- 3         = (1 - 1/2) + (1 - 1/3) = 7/6
  // python3 -c 'import networkx as nx; G=nx.Graph(); G.add_weighted_edges_from([(0,1,1),(1,2,2),(0,2,1),(2,3,3)]);
  //   print(nx.constraint(G,weight="weight"), nx.effective_size(G,weight="weight"))'
  //   -> {0: 1.1388888888888888, 1: 0.8919753086419752, 2: 0.5007716049382716, 3: 1.0}
  //      {0: 1.1666666666666667, 1: 1.2222222222222223, 2: 2.5833333333333335, 3: 1.0}
  const auto graph = make(4, {{0, 1, 1}, {1, 2, 2}, {0, 2, 1}, {2, 3, 3}});
  const auto r = weighted(graph);
  CHECK(r.weighted);
  CHECK_THAT(*r.constraint[0], WithinRel(41.0 / 36));
  CHECK_THAT(*r.constraint[1], WithinRel(0.8919753086419752));
  CHECK_THAT(*r.constraint[2], WithinRel(0.5007716049382716));
  CHECK_THAT(*r.constraint[3], WithinRel(1.0));
  CHECK_THAT(*r.effective_size[0], WithinRel(7.0 / 6));
  CHECK_THAT(*r.effective_size[1], WithinRel(1.2222222222222223));
  CHECK_THAT(*r.effective_size[2], WithinRel(2.5833333333333335));
  CHECK_THAT(*r.efficiency[2], WithinRel(2.5833333333333335 / 3));
  // Unweighted, the same graph is the triangle with a pendant.
  CHECK_THAT(*m::structural_holes(graph).constraint[2], WithinRel(11.0 / 18));
}

TEST_CASE("structural holes: awkward graphs", "[metrics][structural_holes]") {
  SECTION("empty graph") {
    const auto r = m::structural_holes(g::Graph());
    CHECK(r.constraint.empty());
  }
  SECTION("isolates are NA") {
    //   0 - 1    2
    const auto r = m::structural_holes(make(3, {{0, 1, 1}}));
    CHECK_FALSE(r.constraint[2].has_value());
    CHECK_FALSE(r.effective_size[2].has_value());
    CHECK_FALSE(r.efficiency[2].has_value());
    CHECK(*r.constraint[0] == 1);  // a dyad: each end is a pendant
  }
  SECTION("self-loops dropped, duplicates merged into a weight") {
    //   records 0-1, 0-1, 1-1, 1-2: weighted 0 =2= 1 -1- 2
    //   C_1 = (2/3)^2 + (1/3)^2 = 5/9 weighted, 1/2 unweighted.
    const auto graph = make(3, {{0, 1, 1}, {0, 1, 1}, {1, 1, 4}, {1, 2, 1}});
    CHECK_THAT(*weighted(graph).constraint[1], WithinRel(5.0 / 9));
    CHECK(*m::structural_holes(graph).constraint[1] == 0.5);
  }
  SECTION("disconnected: each component on its own") {
    const auto r = m::structural_holes(make(6, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}}));
    CHECK(*r.constraint[0] == 1.125);
    CHECK(*r.constraint[4] == 0.5);
  }
  SECTION("weighted needs positive weights") {
    CHECK_THROWS_WITH(weighted(make(2, {{0, 1, -1}})),
                      "structural_holes: weighted measures need positive, finite tie weights");
  }
}

TEST_CASE("structural holes: equal the dense-matrix oracle on random graphs", "[metrics][structural_holes]") {
  std::mt19937_64 rng(99);
  for (int trial = 0; trial < 80; ++trial) {
    const auto n = static_cast<std::uint32_t>(1 + rng() % 12);
    const auto graph = random_graph(n, 0.1 + 0.1 * static_cast<double>(rng() % 7), 4, rng);
    for (bool use_weights : {false, true}) {
      const auto expected = brute_force(graph, use_weights);
      m::StructuralHolesOptions o;
      o.weighted = use_weights;
      const auto r = m::structural_holes(graph, o);
      INFO("trial " << trial << " weighted " << use_weights);
      for (g::Vertex v = 0; v < n; ++v) {
        if (graph.degree(v) == 0) {
          CHECK_FALSE(r.constraint[v].has_value());
          continue;
        }
        CHECK_THAT(*r.constraint[v], WithinAbs(expected.constraint[v], 1e-12));
        CHECK_THAT(*r.effective_size[v], WithinAbs(expected.effective_size[v], 1e-12));
        CHECK_THAT(*r.efficiency[v], WithinAbs(expected.effective_size[v] / graph.degree(v), 1e-12));
      }
      if (!use_weights) {  // Borgatti's shortcut: ES = deg - 2t/deg, t = ties among the contacts
        for (g::Vertex v = 0; v < n; ++v) {
          const auto nb = graph.neighbours(v);
          if (nb.empty()) continue;
          double t = 0;
          for (g::Vertex a : nb)
            for (g::Vertex b : nb)
              if (a < b && std::binary_search(graph.neighbours(a).begin(), graph.neighbours(a).end(), b)) ++t;
          const double k = static_cast<double>(nb.size());
          CHECK_THAT(*r.effective_size[v], WithinAbs(k - 2 * t / k, 1e-12));
        }
      }
    }
  }
}

TEST_CASE("structural holes: constraint equals igraph_constraint", "[metrics][structural_holes][igraph]") {
  std::mt19937_64 rng(5);
  for (int trial = 0; trial < 5; ++trial) {
    const auto graph = random_graph(60, 0.08, 5, rng);  // some isolates likely: igraph gives NaN
    const reticulist::backends::IgraphGraph ig(graph);
    igraph_vector_t expected;
    igraph_vector_init(&expected, 0);
    for (bool use_weights : {false, true}) {
      reticulist::backends::check(
          igraph_constraint(ig.get(), &expected, igraph_vss_all(), use_weights ? ig.weights() : nullptr), "constraint");
      m::StructuralHolesOptions o;
      o.weighted = use_weights;
      const auto r = m::structural_holes(graph, o);
      for (g::Vertex v = 0; v < 60; ++v) {
        if (std::isnan(VECTOR(expected)[v])) {
          CHECK_FALSE(r.constraint[v].has_value());
        } else {
          CHECK_THAT(*r.constraint[v], WithinAbs(VECTOR(expected)[v], 1e-12));
        }
      }
    }
    igraph_vector_destroy(&expected);
  }
}

TEST_CASE("structural_holes reports one stage sized by its tie scans", "[metrics][structural_holes][progress]") {
  // Triangle 0-1-2 with pendant 2-3, degrees 2, 2, 3, 1; every vertex gets a neighbour bitset.
  // For each contact j of i: j's row scanned (deg j steps) unless j's row is the longer, then
  // i's row walked against j's bitset (deg i steps). Vertex 0: j = 1 scan 2, j = 2 (3 > 2) set 2;
  // vertex 1 likewise, 4; vertex 2 scans 2 + 2 + 1 = 5; vertex 3: j = 2 set 1. Counts passed on:
  // 4, 8, 13, 14. Without bitsets every row is scanned: sum deg^2 = 18 (5, 10, 15, 18).
  const auto graph = make(4, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}});
  reticulist::testing::RecordingProgress progress;
  const auto holes = m::structural_holes(graph, {}, progress);
  CHECK(holes.constraint[3].has_value());
  CHECK(progress.events() ==
        std::vector<std::string>{"begin structural holes 14", "advance 4", "advance 8", "advance 13", "advance 14", "end"});
  reticulist::testing::RecordingProgress scans;
  m::structural_holes(graph, {.neighbour_sets_bytes = 0}, scans);
  CHECK(scans.events() ==
        std::vector<std::string>{"begin structural holes 18", "advance 5", "advance 10", "advance 15", "advance 18", "end"});
}

namespace {

// The sums as written before hubs were looked up from the other side: for each i, every contact
// j's whole row scanned in ascending q, p_iq read from a dense array (zeros outside N(i)). The
// metric must give these very doubles, whichever side it takes a tie's sums from.
m::StructuralHolesResult scan_every_row(const g::Graph& graph, bool use_weights) {
  const std::uint32_t n = graph.vertex_count();
  const auto a = [use_weights](double w) { return use_weights ? w : 1.0; };
  std::vector<double> inv_total(n, 0), inv_strongest(n, 0);
  for (g::Vertex v = 0; v < n; ++v) {
    if (graph.degree(v) == 0) continue;
    double total = 0, strongest = 0;
    for (double w : graph.weights(v)) total += a(w), strongest = std::max(strongest, a(w));
    if (!use_weights) total = graph.degree(v);
    inv_total[v] = 1 / total, inv_strongest[v] = 1 / strongest;
  }
  m::StructuralHolesResult r;
  r.constraint.assign(n, std::nullopt), r.effective_size = r.efficiency = r.constraint;
  std::vector<double> p(n, 0), p_over_total(n, 0);
  for (g::Vertex i = 0; i < n; ++i) {
    const auto contacts = graph.neighbours(i);
    if (contacts.empty()) continue;
    for (std::size_t k = 0; k < contacts.size(); ++k) {
      p[contacts[k]] = a(graph.weights(i)[k]) * inv_total[i];
      p_over_total[contacts[k]] = p[contacts[k]] * inv_total[contacts[k]];
    }
    double c_i = 0, es_i = 0;
    for (g::Vertex j : contacts) {
      double indirect = 0, redundant = 0;
      for (std::size_t k = 0; k < graph.degree(j); ++k) {
        const g::Vertex q = graph.neighbours(j)[k];
        indirect += p_over_total[q] * a(graph.weights(j)[k]);
        redundant += p[q] * a(graph.weights(j)[k]);
      }
      c_i += (p[j] + indirect) * (p[j] + indirect);
      es_i += 1 - redundant * inv_strongest[j];
    }
    for (g::Vertex q : contacts) p[q] = p_over_total[q] = 0;
    r.constraint[i] = c_i, r.effective_size[i] = es_i, r.efficiency[i] = es_i / static_cast<double>(contacts.size());
  }
  return r;
}

}  // namespace

TEST_CASE("structural holes: hubs looked up from the small side give the same doubles, on any thread count",
          "[metrics][structural_holes]") {
  // Six hubs tied to about 85% of 600 vertices, sparse random ties among the rest, some isolates,
  // weights 0.25..9. Unweighted, with bitsets (600 bits = 80 bytes each) for every vertex (the
  // default budget), i's sums with a longer-rowed j come from j's bitset. With none (budget 0, and
  // always weighted): a hub j's row (~500) is longer than 2 deg(i) log2(deg(j)) = 2 x 25 x 9 for a
  // contact i of degree ~25, so those come from binary searches in j's row, the rest from row
  // scans. With three (240 bytes): the three largest hubs by bitset, the other three by search.
  // Values compared exactly (==).
  std::mt19937_64 rng(1992);
  const std::uint32_t n = 600;
  std::vector<g::Edge> edges;
  for (g::Vertex u = 0; u < n; ++u) {
    if (u % 50 == 7) continue;  // isolates
    for (g::Vertex v = u + 1; v < n; ++v) {
      if (v % 50 == 7) continue;
      const bool hub = u < 6 && rng() % 100 < 85;
      if (hub || rng() % 1000 < 30) edges.push_back({u, v, 0.25 * static_cast<double>(1 + rng() % 36)});
    }
  }
  const auto graph = g::graph_from_edges(n, edges);
  for (const bool use_weights : {false, true}) {
    const auto expected = scan_every_row(graph, use_weights);
    for (const std::size_t budget : {std::size_t{64} << 20, std::size_t{0}, std::size_t{240}}) {
      for (const unsigned threads : {1u, 2u, 3u, 8u}) {
        INFO((use_weights ? "weighted, " : "unweighted, ") << threads << " threads, bitsets of " << budget << " bytes");
        const auto got = m::structural_holes(graph, {.weighted = use_weights, .threads = threads, .neighbour_sets_bytes = budget});
        CHECK(got.constraint == expected.constraint);
        CHECK(got.effective_size == expected.effective_size);
        CHECK(got.efficiency == expected.efficiency);
        CHECK_FALSE(got.constraint[7].has_value());
      }
    }
  }
}
