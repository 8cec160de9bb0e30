#pragma once
// Shared by the cohesion tests (density, components, clustering, coreness, distances,
// communities, assortativity): the small drawn graphs, seeded random graphs of <= 12 vertices for
// the brute-force oracles, Zachary's karate club, and NA-aware checks.
#include <catch2/catch.hpp>

#include <igraph/igraph.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

#ifndef CHECK_NA
// `x` must be NA.
#define CHECK_NA(x) CHECK_FALSE((x).has_value())
#endif
#ifndef CHECK_VALUE
// `x` must hold a value equal to v within Catch's default Approx (relative), or within 1e-12 near 0.
#define CHECK_VALUE(x, v)                                          \
  do {                                                             \
    CHECK((x).has_value());                                        \
    if ((x).has_value()) CHECK(*(x) == Approx(v).margin(1e-12));   \
  } while (0)
#endif

namespace reticulist::test_cohesion {

using graph::Edge;
using graph::Graph;

inline Graph make(std::uint32_t n, std::vector<Edge> edges) { return graph::graph_from_edges(n, edges); }

//   0
//   | \
//   |  2 --- 3        a triangle with a pendant
//   | /
//   1
inline Graph triangle_with_pendant() { return make(4, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}}); }

//   0       3
//   | \     | \
//   |  2    |  5      two disjoint triangles
//   | /     | /
//   1       4
inline Graph two_triangles() {
  return make(6, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}});
}

//   0       5         two triangles joined by the bridge 2-3 (a "barbell");
//   | \   / |         weights: 2 on the triangle ties, 1 on the bridge
//   |  2-3  |
//   | /   \ |
//   1       4
inline Graph barbell() {
  return make(6, {{0, 1, 2}, {0, 2, 2}, {1, 2, 2}, {2, 3, 1}, {3, 4, 2}, {3, 5, 2}, {4, 5, 2}});
}

//       1
//       |
//   4 - 0 - 2         a star with centre 0 and four leaves
//       |
//       3
inline Graph star() { return make(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}}); }

//   0 - 1 - 2 - 3 - 4  a path
inline Graph path5() { return make(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}}); }

// A seeded random graph of up to 12 vertices (possibly 0) with random density and weights 1..4,
// whose edge list also holds self-loops and duplicate ties (the builder drops and merges them).
inline Graph random_graph(std::mt19937& rng, std::uint32_t max_n = 12) {
  const auto n = static_cast<std::uint32_t>(rng() % (max_n + 1));
  const double p = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
  std::vector<Edge> edges;
  for (std::uint32_t u = 0; u < n; ++u) {
    for (std::uint32_t v = u; v < n; ++v) {
      if (std::uniform_real_distribution<double>(0.0, 1.0)(rng) >= p) continue;
      const auto w = static_cast<double>(1 + rng() % 4);
      edges.push_back({u, v, w});                               // u == v: a self-loop
      if (rng() % 8 == 0) edges.push_back({v, u, 1.0});          // a duplicate record
    }
  }
  return graph::graph_from_edges(n, edges);
}

// `ties` random records on n vertices (loops and repeats included, weight 1): sparse to dense
// graphs beyond the oracles' 12 vertices.
inline Graph random_records(std::mt19937& rng, std::uint32_t n, std::uint32_t ties) {
  std::vector<Edge> edges;
  for (std::uint32_t e = 0; e < ties; ++e) {
    edges.push_back({static_cast<graph::Vertex>(rng() % n), static_cast<graph::Vertex>(rng() % n), 1.0});
  }
  return graph::graph_from_edges(n, edges);
}

// A random partition of n vertices into up to `groups` groups (some may stay empty).
inline metrics::Partition random_partition(std::mt19937& rng, std::uint32_t n, std::uint32_t groups) {
  metrics::Partition p{{}, 1 + static_cast<std::uint32_t>(rng() % groups)};
  for (std::uint32_t v = 0; v < n; ++v) p.group.push_back(static_cast<std::uint32_t>(rng() % p.group_count));
  return p;
}

// Dense adjacency (0/1) and weight matrices, for the oracles only.
inline std::vector<std::vector<int>> adjacency(const Graph& g) {
  std::vector<std::vector<int>> a(g.vertex_count(), std::vector<int>(g.vertex_count(), 0));
  g.for_each_edge([&](auto u, auto v, double) { a[u][v] = a[v][u] = 1; });
  return a;
}
inline std::vector<std::vector<double>> weight_matrix(const Graph& g) {
  std::vector<std::vector<double>> a(g.vertex_count(), std::vector<double>(g.vertex_count(), 0.0));
  g.for_each_edge([&](auto u, auto v, double w) { a[u][v] = a[v][u] = w; });
  return a;
}

// Zachary's karate club (34 members, 78 ties) from igraph_famous("Zachary"), unweighted (weight 1).
// The same vertices and ties as networkx.karate_club_graph() (checked in karate_test.cpp).
inline Graph karate() {
  igraph_t k;
  igraph_famous(&k, "Zachary");
  igraph_vector_int_t el;
  igraph_vector_int_init(&el, 0);
  igraph_get_edgelist(&k, &el, false);
  std::vector<Edge> edges;
  for (igraph_integer_t e = 0; e < igraph_ecount(&k); ++e) {
    edges.push_back({static_cast<graph::Vertex>(VECTOR(el)[2 * e]), static_cast<graph::Vertex>(VECTOR(el)[2 * e + 1]),
                     1.0});
  }
  const auto n = static_cast<std::uint32_t>(igraph_vcount(&k));
  igraph_vector_int_destroy(&el);
  igraph_destroy(&k);
  return graph::graph_from_edges(n, edges);
}

// The factions after the split (networkx: G.nodes[v]["club"], 0 = "Mr. Hi", 1 = "Officer").
inline std::vector<std::uint32_t> karate_clubs() {
  return {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
}

// networkx 3.6.1 karate_club_graph() weights (Zachary's interaction counts), u < v:
//   python3 -c "import networkx as nx; G = nx.karate_club_graph();
//     print(sorted((min(u, v), max(u, v), d['weight']) for u, v, d in G.edges(data=True)))"
inline std::vector<Edge> karate_weighted_edges() {
  return {{0, 1, 4},   {0, 2, 5},   {0, 3, 3},   {0, 4, 3},   {0, 5, 3},   {0, 6, 3},   {0, 7, 2},   {0, 8, 2},
          {0, 10, 2},  {0, 11, 3},  {0, 12, 1},  {0, 13, 3},  {0, 17, 2},  {0, 19, 2},  {0, 21, 2},  {0, 31, 2},
          {1, 2, 6},   {1, 3, 3},   {1, 7, 4},   {1, 13, 5},  {1, 17, 1},  {1, 19, 2},  {1, 21, 2},  {1, 30, 2},
          {2, 3, 3},   {2, 7, 4},   {2, 8, 5},   {2, 9, 1},   {2, 13, 3},  {2, 27, 2},  {2, 28, 2},  {2, 32, 2},
          {3, 7, 3},   {3, 12, 3},  {3, 13, 3},  {4, 6, 2},   {4, 10, 3},  {5, 6, 5},   {5, 10, 3},  {5, 16, 3},
          {6, 16, 3},  {8, 30, 3},  {8, 32, 3},  {8, 33, 4},  {9, 33, 2},  {13, 33, 3}, {14, 32, 3}, {14, 33, 2},
          {15, 32, 3}, {15, 33, 4}, {18, 32, 1}, {18, 33, 2}, {19, 33, 1}, {20, 32, 3}, {20, 33, 1}, {22, 32, 2},
          {22, 33, 3}, {23, 25, 5}, {23, 27, 4}, {23, 29, 3}, {23, 32, 5}, {23, 33, 4}, {24, 25, 2}, {24, 27, 3},
          {24, 31, 2}, {25, 31, 7}, {26, 29, 4}, {26, 33, 2}, {27, 33, 4}, {28, 31, 2}, {28, 33, 2}, {29, 32, 4},
          {29, 33, 2}, {30, 32, 3}, {30, 33, 3}, {31, 32, 4}, {31, 33, 4}, {32, 33, 5}};
}

// Padgett's Florentine families, marriage ties (Breiger & Pattison 1986), as networkx 3.6.1's
// florentine_families_graph(): 15 families (Pucci, without a marriage tie, left out), 20 ties.
//   0 Acciaiuoli   1 Medici      2 Castellani  3 Peruzzi     4 Strozzi   5 Barbadori
//   6 Ridolfi      7 Tornabuoni  8 Albizzi     9 Salviati   10 Pazzi    11 Bischeri
//  12 Guadagni    13 Ginori     14 Lamberteschi
inline Graph florentine_families() {
  return make(15, {{0, 1, 1},  {2, 3, 1},  {2, 4, 1},  {2, 5, 1},  {1, 5, 1},  {1, 6, 1},   {1, 7, 1},
                   {1, 8, 1},  {1, 9, 1},  {9, 10, 1}, {3, 4, 1},  {3, 11, 1}, {4, 6, 1},   {4, 11, 1},
                   {6, 7, 1},  {7, 12, 1}, {8, 13, 1}, {8, 12, 1}, {11, 12, 1}, {12, 14, 1}});
}

// Davis, Gardner & Gardner's (1941) Southern women: which of the 14 events (1-14) each of the 18
// women attended, as networkx 3.6.1's davis_southern_women_graph() (women in its order, Evelyn
// Jefferson to Flora Price), projected as Reticulist projects attendance: a tie between two
// women who attended an event together, weight = events shared. 18 women, 139 ties.
inline Graph davis_southern_women() {
  const std::vector<std::vector<int>> attended = {
      {1, 2, 3, 4, 5, 6, 8, 9}, {1, 2, 3, 5, 6, 7, 8}, {2, 3, 4, 5, 6, 7, 8, 9}, {1, 3, 4, 5, 6, 7, 8},
      {3, 4, 5, 7},             {3, 5, 6, 8},          {5, 6, 7, 8},             {6, 8, 9},
      {5, 7, 8, 9},             {7, 8, 9, 12},         {8, 9, 10, 12},           {8, 9, 10, 12, 13, 14},
      {7, 8, 9, 10, 12, 13, 14}, {6, 7, 9, 10, 11, 12, 13, 14}, {7, 8, 10, 11, 12}, {8, 9},
      {9, 11},                  {9, 11}};
  std::vector<Edge> edges;
  for (std::uint32_t a = 0; a < attended.size(); ++a) {
    for (std::uint32_t b = a + 1; b < attended.size(); ++b) {
      double shared = 0;
      for (int e : attended[a]) shared += static_cast<double>(std::count(attended[b].begin(), attended[b].end(), e));
      if (shared > 0) edges.push_back({a, b, shared});
    }
  }
  return make(static_cast<std::uint32_t>(attended.size()), edges);
}

}  // namespace reticulist::test_cohesion
