// Krackhardt & Stern's E-I index: whole graph, groups, vertices, weighted variant and rescaling
// (the permutation test is in ei_permutation_test.cpp).
#include "engine/metrics/ei_index.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <stdexcept>

#include "tests/unit/metrics/groups_fixture.hpp"

using reticulist::graph::Edge;
using reticulist::graph::graph_from_edges;
using reticulist::metrics::ei_index;
using reticulist::metrics::ei_permutation_test;
using reticulist::metrics::EiPermutationOptions;
using reticulist::metrics::Partition;
namespace tg = reticulist::test_groups;

TEST_CASE("E-I of the drawn fixture: graph, groups, vertices, weighted, rescaled", "[metrics][groups][ei_index]") {
  // The fixture of groups_fixture.hpp:
  //
  //   0 -2- 1, 1 -1- 2, 0 -1- 2   (A, triangle)      2 -3- 3   (A-B)     2 -1- 5   (A-C)
  //   3 -1- 4 (B-B)               4 -2- 5   (B-C)      6 isolate in B     D empty
  //
  // Whole graph: I = 3 (A) + 1 (B) = 4, E = 3 (2-3, 2-5, 4-5): EI = (3 - 4)/7 = -1/7.
  //   weighted: I_w = 4 + 1 = 5, E_w = 3 + 1 + 2 = 6: EI_w = (6 - 5)/11 = 1/11.
  // Groups: A: E = 2 (2-3, 2-5), I = 3: -1/5;   weighted E = 4, I = 4: 0.
  //         B: E = 2 (2-3, 4-5), I = 1: 1/3;    weighted E = 5, I = 1: 4/6 = 2/3.
  //         C: E = 2, I = 0: 1 (a one-member group with ties);  D: no tie: NA.
  // Vertices: 0: e = 0, i = 2: -1 (weighted -1);  1: -1;
  //           2: e = 2 (3, 5), i = 2 (0, 1): 0;  weighted e = 3 + 1, i = 1 + 1: (4 - 2)/6 = 1/3
  //           3: e = 1, i = 1: 0;  weighted (3 - 1)/4 = 1/2
  //           4: e = 1, i = 1: 0;  weighted (2 - 1)/3 = 1/3
  //           5: e = 2, i = 0: 1;  6: isolate: NA
  // Rescaling: B = sum_{g<h} n_g n_h = 9 + 3 + 3 = 15 between pairs, W = 3 + 3 = 6 within:
  //   E_max = min(7, 15) = 7, E_min = max(0, 7 - 6) = 1: EI_max = 1, EI_min = (2 - 7)/7 = -5/7,
  //   EI* = 2 (3 - 1)/(7 - 1) - 1 = -1/3  (= 2 (-1/7 + 5/7)/(1 + 5/7) - 1).
  const auto r = ei_index(tg::fixture_graph(), tg::fixture_authorities());
  CHECK(r.graph.external == 3);
  CHECK(r.graph.internal == 4);
  CHECK(r.graph.external_weight == 6.0);
  CHECK(r.graph.internal_weight == 5.0);
  CHECK_VALUE(r.graph.ei, -1.0 / 7);
  CHECK_VALUE(r.graph.ei_weighted, 1.0 / 11);

  REQUIRE(r.groups.size() == 4);
  CHECK(r.groups[tg::kA].external == 2);
  CHECK(r.groups[tg::kA].internal == 3);
  CHECK_VALUE(r.groups[tg::kA].ei, -1.0 / 5);
  CHECK_VALUE(r.groups[tg::kA].ei_weighted, 0.0);
  CHECK_VALUE(r.groups[tg::kB].ei, 1.0 / 3);
  CHECK_VALUE(r.groups[tg::kB].ei_weighted, 2.0 / 3);
  CHECK_VALUE(r.groups[tg::kC].ei, 1.0);
  CHECK_VALUE(r.groups[tg::kC].ei_weighted, 1.0);
  CHECK_NA(r.groups[tg::kD].ei);
  CHECK_NA(r.groups[tg::kD].ei_weighted);

  REQUIRE(r.nodes.size() == 7);
  const double node_ei[] = {-1, -1, 0, 0, 0, 1};
  const double node_ei_w[] = {-1, -1, 1.0 / 3, 1.0 / 2, 1.0 / 3, 1};
  for (int i = 0; i < 6; ++i) {
    INFO("vertex " << i);
    CHECK_VALUE(r.nodes[i].ei, node_ei[i]);
    CHECK_VALUE(r.nodes[i].ei_weighted, node_ei_w[i]);
  }
  CHECK(r.nodes[2].external == 2);
  CHECK(r.nodes[2].internal == 2);
  CHECK_NA(r.nodes[6].ei);  // isolate
  CHECK_NA(r.nodes[6].ei_weighted);

  CHECK(r.external_max == 7);
  CHECK(r.external_min == 1);
  CHECK_VALUE(r.ei_max, 1.0);
  CHECK_VALUE(r.ei_min, -5.0 / 7);
  CHECK_VALUE(r.ei_rescaled, -1.0 / 3);
}

TEST_CASE("E-I rescaled: the observed index can already be the largest possible", "[metrics][groups][ei_index]") {
  //          0 (A)
  //        / | \          A = {0}, B = {1, 2, 3}; m = 4, E = 3 (0-1, 0-2, 0-3), I = 1 (1-2)
  //       1--2  3         EI = (3 - 1)/4 = 1/2, but only B = 1*3 = 3 between pairs exist:
  //   E_max = min(4, 3) = 3, E_min = max(0, 4 - 3) = 1 (W = 3 pairs within B),
  //   EI_max = (6 - 4)/4 = 1/2, EI_min = (2 - 4)/4 = -1/2, EI* = 2 (3 - 1)/(3 - 1) - 1 = 1
  const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}});
  const auto r = ei_index(g, Partition{{0, 1, 1, 1}, 2});
  CHECK_VALUE(r.graph.ei, 0.5);
  CHECK(r.external_max == 3);
  CHECK(r.external_min == 1);
  CHECK_VALUE(r.ei_max, 0.5);
  CHECK_VALUE(r.ei_min, -0.5);
  CHECK_VALUE(r.ei_rescaled, 1.0);
  // Add 1-3 and 2-3 (K4): m = 6 = B + W, so E is forced: E_max = E_min = 3 and EI* is NA.
  const auto k4 = graph_from_edges(
      4, std::vector<Edge>{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  const auto r4 = ei_index(k4, Partition{{0, 1, 1, 1}, 2});
  CHECK(r4.external_max == 3);
  CHECK(r4.external_min == 3);
  CHECK_VALUE(r4.graph.ei, 0.0);
  CHECK_NA(r4.ei_rescaled);
}

TEST_CASE("E-I of a single group is -1 everywhere, rescaled NA", "[metrics][groups][ei_index]") {
  //   0 --- 1        3 (isolate)     one group: E = 0, I = 3: EI = -1 for the graph, the group
  //    \   /                         and each tied vertex; B = 0 between pairs, so
  //      2                           E_max = E_min = 0 and EI* is NA; the isolate is NA
  const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 2}, {0, 2, 1}});
  const auto r = ei_index(g, Partition{{0, 0, 0, 0}, 1});
  CHECK_VALUE(r.graph.ei, -1.0);
  CHECK_VALUE(r.graph.ei_weighted, -1.0);
  CHECK_VALUE(r.groups[0].ei, -1.0);
  for (int i = 0; i < 3; ++i) CHECK_VALUE(r.nodes[i].ei, -1.0);
  CHECK_NA(r.nodes[3].ei);
  CHECK(r.external_max == 0);
  CHECK(r.external_min == 0);
  CHECK_VALUE(r.ei_max, -1.0);
  CHECK_VALUE(r.ei_min, -1.0);
  CHECK_NA(r.ei_rescaled);
}

TEST_CASE("E-I: empty graph, edgeless graph, duplicate ties and loops", "[metrics][groups][ei_index]") {
  SECTION("no vertex: everything NA") {
    const auto r = ei_index(graph_from_edges(0, {}), Partition{{}, 2});
    CHECK_NA(r.graph.ei);
    CHECK_NA(r.graph.ei_weighted);
    CHECK_NA(r.ei_min);
    CHECK_NA(r.ei_max);
    CHECK_NA(r.ei_rescaled);
    REQUIRE(r.groups.size() == 2);
    CHECK_NA(r.groups[0].ei);
    CHECK(r.nodes.empty());
  }
  SECTION("isolates only (0 | 1 2): no tie anywhere, NA everywhere") {
    const auto r = ei_index(graph_from_edges(3, {}), Partition{{0, 1, 1}, 2});
    CHECK_NA(r.graph.ei);
    CHECK_NA(r.groups[0].ei);  // a one-member group whose member is an isolate
    CHECK_NA(r.groups[1].ei);
    for (const auto& v : r.nodes) CHECK_NA(v.ei);
    CHECK_NA(r.ei_rescaled);
  }
  SECTION("0 ==(1+2)== 1 with a loop on 1: one external tie of weight 3") {
    const std::vector<Edge> edges = {{0, 1, 1.0}, {1, 0, 2.0}, {1, 1, 5.0}};
    const auto r = ei_index(graph_from_edges(2, edges), Partition{{0, 1}, 2});
    CHECK(r.graph.external == 1);
    CHECK(r.graph.internal == 0);
    CHECK(r.graph.external_weight == 3.0);
    CHECK_VALUE(r.graph.ei, 1.0);
    CHECK_VALUE(r.nodes[1].ei, 1.0);
  }
}

TEST_CASE("E-I: a bad partition is refused, word for word", "[metrics][groups][ei_index]") {
  const auto g = graph_from_edges(2, {});
  CHECK_THROWS_WITH(ei_index(g, Partition{{0}, 1}), "ei_index: the partition has 1 vertices, the graph 2");
  CHECK_THROWS_WITH(ei_permutation_test(g, Partition{{0, 1}, 1}),
                    "ei_permutation_test: vertex 1 is in group 1, beyond the group count 1");
  EiPermutationOptions none;
  none.permutations = 0;
  CHECK_THROWS_WITH(ei_permutation_test(g, Partition{{0, 0}, 1}, none),
                    "ei_permutation_test: the number of permutations must be at least 1");
}

TEST_CASE("E-I matches a literal brute force on random graphs of <= 12 vertices", "[metrics][groups][ei_index]") {
  std::mt19937_64 rng(19880601);
  for (int trial = 0; trial < 300; ++trial) {
    const auto c = tg::random_case(rng);
    const auto r = ei_index(c.g, c.partition);
    const auto& grp = c.partition.group;
    INFO("trial " << trial);
    // Literally: every tied pair once.
    double E = 0, I = 0, Ew = 0, Iw = 0;
    std::vector<double> Eg(c.partition.group_count), Ig(c.partition.group_count);
    for (std::uint32_t i = 0; i < c.n; ++i) {
      for (std::uint32_t j = i + 1; j < c.n; ++j) {
        if (c.a[i][j] == 0) continue;
        if (grp[i] == grp[j]) {
          I += 1, Iw += c.a[i][j], Ig[grp[i]] += 1;
        } else {
          E += 1, Ew += c.a[i][j], Eg[grp[i]] += 1, Eg[grp[j]] += 1;
        }
      }
    }
    if (E + I == 0) {
      CHECK_NA(r.graph.ei);
    } else {
      CHECK_VALUE(r.graph.ei, (E - I) / (E + I));
      CHECK_VALUE(r.graph.ei_weighted, (Ew - Iw) / (Ew + Iw));
    }
    for (std::uint32_t s = 0; s < c.partition.group_count; ++s) {
      if (Eg[s] + Ig[s] == 0) {
        CHECK_NA(r.groups[s].ei);
      } else {
        CHECK_VALUE(r.groups[s].ei, (Eg[s] - Ig[s]) / (Eg[s] + Ig[s]));
      }
    }
    for (std::uint32_t i = 0; i < c.n; ++i) {
      double e = 0, in = 0, ew = 0, iw = 0, k = 0, s = 0;
      for (std::uint32_t j = 0; j < c.n; ++j) {
        if (c.a[i][j] == 0) continue;
        k += 1, s += c.a[i][j];
        if (grp[i] == grp[j]) {
          in += 1, iw += c.a[i][j];
        } else {
          e += 1, ew += c.a[i][j];
        }
      }
      if (k == 0) {
        CHECK_NA(r.nodes[i].ei);
        CHECK_NA(r.nodes[i].ei_weighted);
      } else {
        CHECK_VALUE(r.nodes[i].ei, (e - in) / k);
        CHECK_VALUE(r.nodes[i].ei_weighted, (ew - iw) / s);
      }
    }
  }
}

TEST_CASE("E-I rescaling bounds match an enumeration of every graph with m ties (n <= 6)",
          "[metrics][groups][ei_index]") {
  // For each random partition of <= 6 vertices, list all vertex pairs, enumerate every subset of
  // pairs (every simple graph, <= 2^15) and record the least and greatest number of between-group
  // ties among the graphs with m ties; they must be E_min and E_max of the derivation.
  std::mt19937_64 rng(51);
  for (int trial = 0; trial < 40; ++trial) {
    const auto c = tg::random_case(rng, 6);
    const auto r = ei_index(c.g, c.partition);
    std::vector<bool> between;
    for (std::uint32_t i = 0; i < c.n; ++i)
      for (std::uint32_t j = i + 1; j < c.n; ++j) between.push_back(c.partition.group[i] != c.partition.group[j]);
    const std::uint64_t m = c.g.edge_count();
    std::uint64_t lo = ~0ULL, hi = 0;
    for (std::uint64_t mask = 0; mask < (1ULL << between.size()); ++mask) {
      if (static_cast<std::uint64_t>(__builtin_popcountll(mask)) != m) continue;
      std::uint64_t E = 0;
      for (std::size_t k = 0; k < between.size(); ++k) E += ((mask >> k) & 1) && between[k];
      lo = std::min(lo, E);
      hi = std::max(hi, E);
    }
    INFO("trial " << trial << " n " << c.n << " m " << m);
    CHECK(r.external_min == lo);
    CHECK(r.external_max == hi);
    CHECK(r.graph.external >= lo);
    CHECK(r.graph.external <= hi);
    if (m > 0 && hi > lo) {
      REQUIRE(r.ei_rescaled);
      CHECK(*r.ei_rescaled >= -1.0 - 1e-12);
      CHECK(*r.ei_rescaled <= 1.0 + 1e-12);
    }
  }
}
