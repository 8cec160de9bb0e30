#pragma once
// Shared by the group-metric tests (block density, E-I, participation, span): the drawn
// fixture graph with its authorities (a partition) and networks (overlapping groups), seeded
// random graphs of <= 12 vertices for the brute-force oracles, and NA-aware checks.
//
// The fixture (edge labels are weights; letters are authorities):
//
//        A                 B
//   0 ----2---- 1
//    \         /
//     1       1
//      \     /
//        2 --------3-------- 3
//        |                   |
//        |                   1
//        |                   |
//        1                   4 (B)
//        |                   |
//        |                   2
//        |                   |
//        `------------------ 5 (C)
//
//   6 (B, isolate)      authority D has no vertex
//
//   A = {0, 1, 2}, B = {3, 4, 6}, C = {5}, D = {};  n = 7, m = 7, total weight 11.
//   Networks (overlapping): 0 {N0}, 1 {N0, N1}, 2 {N1}, 3 {N1, N2}, 4 {N2}, 5 {}, 6 {N0, N2};
//   N3 has no member.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/participation.hpp"  // GroupMap
#include "engine/metrics/partition.hpp"

// An NA-aware check: `x` must be NA.
#define CHECK_NA(x) CHECK_FALSE((x).has_value())
// `x` must hold a value equal to v within Catch's default Approx.
#define CHECK_VALUE(x, v)                        \
  do {                                           \
    CHECK((x).has_value());                      \
    if ((x).has_value()) CHECK(*(x) == Approx(v)); \
  } while (0)

namespace reticulist::test_groups {

enum Authority : std::uint32_t { kA = 0, kB = 1, kC = 2, kD = 3 };

inline graph::Graph fixture_graph() {
  const std::vector<graph::Edge> edges = {{0, 1, 2}, {1, 2, 1}, {0, 2, 1}, {2, 3, 3},
                                          {3, 4, 1}, {4, 5, 2}, {2, 5, 1}};
  return graph::graph_from_edges(7, edges);
}

inline metrics::Partition fixture_authorities() {
  return {{kA, kA, kA, kB, kB, kC, kB}, 4};
}

inline metrics::GroupMap group_map_of(const std::vector<std::vector<std::uint32_t>>& lists,
                                      std::uint32_t group_count) {
  metrics::GroupMap map;
  map.group_count = group_count;
  for (const auto& list : lists) {
    map.groups.insert(map.groups.end(), list.begin(), list.end());
    map.offsets.push_back(map.groups.size());
  }
  return map;
}

inline metrics::GroupMap fixture_networks() {
  return group_map_of({{0}, {0, 1}, {1}, {1, 2}, {2}, {}, {0, 2}}, 4);
}

// A seeded random graph of 0..12 vertices with its adjacency matrix (weights 1..3, 0 = no tie),
// a partition into 1..4 groups (some possibly empty) and overlapping groups (0..3 per vertex).
struct RandomCase {
  std::uint32_t n = 0;
  std::vector<std::vector<double>> a;  // a[i][j], symmetric, 0 on the diagonal
  graph::Graph g;
  metrics::Partition partition;
  metrics::GroupMap groups;
};

inline RandomCase random_case(std::mt19937_64& rng, std::uint32_t max_n = 12) {
  RandomCase c;
  c.n = std::uniform_int_distribution<std::uint32_t>(0, max_n)(rng);
  const std::uint32_t G = std::uniform_int_distribution<std::uint32_t>(1, 4)(rng);
  const double p = std::uniform_real_distribution<double>(0.05, 0.8)(rng);
  std::bernoulli_distribution tie(p);
  std::uniform_int_distribution<int> weight(1, 3);
  std::uniform_int_distribution<std::uint32_t> group(0, G - 1);
  c.a.assign(c.n, std::vector<double>(c.n, 0.0));
  std::vector<graph::Edge> edges;
  for (std::uint32_t i = 0; i < c.n; ++i) {
    for (std::uint32_t j = i + 1; j < c.n; ++j) {
      if (!tie(rng)) continue;
      const double w = weight(rng);
      c.a[i][j] = c.a[j][i] = w;
      edges.push_back({j, i, w});  // either orientation: the builder sorts rows
    }
  }
  c.g = graph::graph_from_edges(c.n, edges);
  c.partition.group_count = G;
  for (std::uint32_t i = 0; i < c.n; ++i) c.partition.group.push_back(group(rng));
  std::vector<std::vector<std::uint32_t>> lists(c.n);
  std::bernoulli_distribution member(0.4);
  for (auto& list : lists) {
    for (std::uint32_t s = 0; s < G; ++s) {
      if (member(rng)) list.push_back(s);
    }
    std::shuffle(list.begin(), list.end(), rng);  // order within a vertex must not matter
  }
  c.groups = group_map_of(lists, G);
  return c;
}

}  // namespace reticulist::test_groups
