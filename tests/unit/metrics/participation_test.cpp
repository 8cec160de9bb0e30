// Guimera & Amaral's participation coefficient, over a partition and over overlapping groups
// (each neighbour's tie split equally over its groups).
#include "engine/metrics/participation.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <stdexcept>

#include "tests/unit/metrics/groups_fixture.hpp"

using reticulist::graph::Edge;
using reticulist::graph::graph_from_edges;
using reticulist::metrics::group_map;
using reticulist::metrics::GroupMap;
using reticulist::metrics::participation;
using reticulist::metrics::ParticipationOptions;
using reticulist::metrics::Partition;
namespace tg = reticulist::test_groups;

namespace {
const ParticipationOptions kWeighted{true};
}

TEST_CASE("Participation over authorities on the drawn fixture", "[metrics][groups][participation]") {
  // The fixture of groups_fixture.hpp (authorities A = {0,1,2}, B = {3,4,6}, C = {5}):
  //
  //   0 -2- 1, 1 -1- 2, 0 -1- 2   (A, triangle)      2 -3- 3   (A-B)     2 -1- 5   (A-C)
  //   3 -1- 4 (B-B)               4 -2- 5   (B-C)      6 isolate in B
  //
  // Unweighted, P_i = 1 - sum_s (k_is / k_i)^2:
  //   0: neighbours 1, 2 both A: 1 - (2/2)^2 = 0;   1: likewise 0
  //   2: neighbours 0 A, 1 A, 3 B, 5 C: 1 - ((2/4)^2 + (1/4)^2 + (1/4)^2) = 1 - 6/16 = 0.625
  //   3: 2 A, 4 B: 1 - (1/4 + 1/4) = 0.5;   4: 3 B, 5 C: 0.5;   5: 2 A, 4 B: 0.5
  //   6: isolate: NA
  // Weighted (strengths):
  //   2: k = 1 + 1 + 3 + 1 = 6, A 2, B 3, C 1: 1 - (4 + 9 + 1)/36 = 22/36 = 11/18
  //   3: k = 3 + 1, A 3, B 1: 1 - (9 + 1)/16 = 3/8
  //   4: k = 1 + 2, B 1, C 2: 1 - (1 + 4)/9 = 4/9;   5: A 1, B 2: 4/9;   0, 1: 0
  const auto g = tg::fixture_graph();
  const auto p = tg::fixture_authorities();
  const auto r = participation(g, p);
  CHECK_FALSE(r.weighted);
  REQUIRE(r.participation.size() == 7);
  const double expect[] = {0, 0, 0.625, 0.5, 0.5, 0.5};
  for (int i = 0; i < 6; ++i) {
    INFO("vertex " << i);
    CHECK_VALUE(r.participation[i], expect[i]);
  }
  CHECK_NA(r.participation[6]);
  CHECK(r.ties_to_ungrouped == 0);

  const auto w = participation(g, p, kWeighted);
  CHECK(w.weighted);
  const double expect_w[] = {0, 0, 11.0 / 18, 3.0 / 8, 4.0 / 9, 4.0 / 9};
  for (int i = 0; i < 6; ++i) {
    INFO("vertex " << i);
    CHECK_VALUE(w.participation[i], expect_w[i]);
  }
  CHECK_NA(w.participation[6]);
}

TEST_CASE("Participation over overlapping networks on the drawn fixture", "[metrics][groups][participation]") {
  // Networks: 0 {N0}, 1 {N0, N1}, 2 {N1}, 3 {N1, N2}, 4 {N2}, 5 {} (in none), 6 {N0, N2}.
  // A tie to a neighbour in c groups gives 1/c (or weight/c) to each of them; ties to 5 are
  // left out of k (it is in no network).
  //   0: 1 {N0,N1} -> 1/2 each, 2 {N1} -> 1: k = 2, N0 1/2, N1 3/2:
  //      1 - ((1/4)^2 + (3/4)^2) = 1 - 10/16 = 0.375
  //   1: 0 {N0}, 2 {N1}: 0.5
  //   2: 0 {N0} 1, 1 {N0,N1} 1/2 + 1/2, 3 {N1,N2} 1/2 + 1/2, 5 left out: k = 3,
  //      N0 3/2, N1 1, N2 1/2: 1 - (9/4 + 1 + 1/4)/9 = 1 - 7/18 = 11/18
  //   3: 2 {N1}, 4 {N2}: 0.5
  //   4: 3 {N1,N2} 1/2 + 1/2, 5 left out: k = 1: 1 - (1/4 + 1/4) = 0.5
  //   5: 2 {N1}, 4 {N2}: 0.5 (5 itself in no network: only its neighbours' groups matter)
  //   6: isolate: NA.   Tie ends to 5 left out: 2 -> 5 and 4 -> 5: 2.
  // Weighted:
  //   0: 1 (w 2) {N0,N1} 1 + 1, 2 (w 1) {N1}: k = 3, N0 1, N1 2: 1 - (1 + 4)/9 = 4/9
  //   2: 0 (1) {N0}, 1 (1) {N0,N1} .5 + .5, 3 (3) {N1,N2} 1.5 + 1.5: k = 5,
  //      N0 1.5, N1 2, N2 1.5: 1 - (2.25 + 4 + 2.25)/25 = 1 - 0.34 = 0.66
  const auto g = tg::fixture_graph();
  const auto nets = tg::fixture_networks();
  const auto r = participation(g, nets);
  const double expect[] = {0.375, 0.5, 11.0 / 18, 0.5, 0.5, 0.5};
  for (int i = 0; i < 6; ++i) {
    INFO("vertex " << i);
    CHECK_VALUE(r.participation[i], expect[i]);
  }
  CHECK_NA(r.participation[6]);
  CHECK(r.ties_to_ungrouped == 2);

  const auto w = participation(g, nets, kWeighted);
  CHECK_VALUE(w.participation[0], 4.0 / 9);
  CHECK_VALUE(w.participation[2], 0.66);
  CHECK_NA(w.participation[6]);
}

TEST_CASE("Participation: a vertex whose neighbours are all in no group is NA", "[metrics][groups][participation]") {
  //   0 --- 1      0 in {N0}, 1 in none: 0's only tie cannot be split, k_0 = 0: NA;
  //                1's tie to 0 goes wholly to N0: P_1 = 0
  const auto g = graph_from_edges(2, std::vector<Edge>{{0, 1, 1}});
  const auto r = participation(g, tg::group_map_of({{0}, {}}, 1));
  CHECK_NA(r.participation[0]);
  CHECK_VALUE(r.participation[1], 0.0);
  CHECK(r.ties_to_ungrouped == 1);
}

TEST_CASE("Participation: empty graph, single group, duplicate ties and loops", "[metrics][groups][participation]") {
  SECTION("no vertex") {
    CHECK(participation(graph_from_edges(0, {}), Partition{{}, 3}).participation.empty());
    CHECK(participation(graph_from_edges(0, {}), GroupMap{}).participation.empty());
  }
  SECTION("a single group: every tied vertex 0, the isolate NA") {
    //   0 --- 1 --- 2    3
    const auto g = graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 1}});
    const auto r = participation(g, Partition{{0, 0, 0, 0}, 1});
    for (int i = 0; i < 3; ++i) CHECK_VALUE(r.participation[i], 0.0);
    CHECK_NA(r.participation[3]);
  }
  SECTION("0 ==(1+2)== 1 -- 2 with a loop on 1; groups {0}, {1}, {2}") {
    //   1's ties: to 0 (one tie, weight 3), to 2 (weight 1), the loop dropped.
    //   unweighted: 1 - (1/4 + 1/4) = 1/2;  weighted: 1 - (9 + 1)/16 = 3/8
    const std::vector<Edge> edges = {{0, 1, 1}, {1, 0, 2}, {1, 1, 5}, {1, 2, 1}};
    const auto g = graph_from_edges(3, edges);
    const Partition p{{0, 1, 2}, 3};
    CHECK_VALUE(participation(g, p).participation[1], 0.5);
    CHECK_VALUE(participation(g, p, kWeighted).participation[1], 3.0 / 8);
  }
}

TEST_CASE("Participation: bad partitions and group maps are refused, word for word",
          "[metrics][groups][participation]") {
  const auto g = graph_from_edges(2, {});
  CHECK_THROWS_WITH(participation(g, Partition{{0, 0, 0}, 1}),
                    "participation: the partition has 3 vertices, the graph 2");
  CHECK_THROWS_WITH(participation(g, tg::group_map_of({{0}}, 1)),
                    "participation: the group map has 1 vertices, the graph 2");
  CHECK_THROWS_WITH(participation(g, tg::group_map_of({{0}, {1, 3}}, 2)),
                    "participation: vertex 1 is in group 3, beyond the group count 2");
  CHECK_THROWS_WITH(participation(g, tg::group_map_of({{1, 0, 1}, {}}, 2)),
                    "participation: vertex 0 lists group 1 twice");
  GroupMap bad = tg::group_map_of({{0}, {1}}, 2);
  bad.offsets.back() = 1;
  CHECK_THROWS_WITH(participation(g, bad), "participation: the group map's offsets do not run from 0 to its 2 entries");
  bad.offsets = {0, 2, 1, 2};
  CHECK_THROWS_WITH(participation(graph_from_edges(3, {}), bad),
                    "participation: the group map's offsets decrease at vertex 1");
  bad.offsets.clear();
  CHECK_THROWS_WITH(participation(g, bad), "participation: the group map has no offsets");
  CHECK_THROWS_AS(participation(g, bad), std::invalid_argument);
}

TEST_CASE("Participation matches a literal brute force on random graphs of <= 12 vertices",
          "[metrics][groups][participation]") {
  std::mt19937_64 rng(2005);
  for (int trial = 0; trial < 300; ++trial) {
    const auto c = tg::random_case(rng);
    const std::uint32_t G = c.partition.group_count;
    for (bool weighted : {false, true}) {
      const ParticipationOptions o{weighted};
      const auto plain = participation(c.g, c.partition, o);
      const auto over = participation(c.g, c.groups, o);
      for (std::uint32_t i = 0; i < c.n; ++i) {
        INFO("trial " << trial << " weighted " << weighted << " vertex " << i);
        // Partition, literally: k_is over every group s.
        double k = 0, sum_sq = 0;
        for (std::uint32_t j = 0; j < c.n; ++j) k += c.a[i][j] > 0 ? (weighted ? c.a[i][j] : 1) : 0;
        for (std::uint32_t s = 0; s < G; ++s) {
          double k_s = 0;
          for (std::uint32_t j = 0; j < c.n; ++j) {
            if (c.a[i][j] > 0 && c.partition.group[j] == s) k_s += weighted ? c.a[i][j] : 1;
          }
          if (k > 0) sum_sq += (k_s / k) * (k_s / k);
        }
        if (k == 0) {
          CHECK_NA(plain.participation[i]);
        } else {
          CHECK_VALUE(plain.participation[i], 1 - sum_sq);
        }
        // Overlapping, literally: each tie to j adds a/c_j to each of j's groups.
        double ko = 0, sum_sq_o = 0;
        for (std::uint32_t j = 0; j < c.n; ++j) {
          if (c.a[i][j] > 0 && !c.groups.of(j).empty()) ko += weighted ? c.a[i][j] : 1;
        }
        for (std::uint32_t s = 0; s < G; ++s) {
          double k_s = 0;
          for (std::uint32_t j = 0; j < c.n; ++j) {
            const auto Gj = c.groups.of(j);
            if (c.a[i][j] == 0 || std::find(Gj.begin(), Gj.end(), s) == Gj.end()) continue;
            k_s += (weighted ? c.a[i][j] : 1) / static_cast<double>(Gj.size());
          }
          if (ko > 0) sum_sq_o += (k_s / ko) * (k_s / ko);
        }
        if (ko == 0) {
          CHECK_NA(over.participation[i]);
        } else {
          CHECK_VALUE(over.participation[i], 1 - sum_sq_o);
        }
      }
    }
  }
}

TEST_CASE("Participation over one-group-per-vertex maps is the partition formula, bit for bit",
          "[metrics][groups][participation]") {
  std::mt19937_64 rng(88);
  for (int trial = 0; trial < 100; ++trial) {
    const auto c = tg::random_case(rng);
    const GroupMap one = group_map(c.partition);
    for (bool weighted : {false, true}) {
      const ParticipationOptions o{weighted};
      CHECK(participation(c.g, one, o).participation == participation(c.g, c.partition, o).participation);
    }
  }
}
