// Span: distinct groups among a vertex's neighbours (partition or overlapping groups), and among
// its own memberships.
#include "engine/metrics/span.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "tests/unit/metrics/groups_fixture.hpp"

using reticulist::graph::Edge;
using reticulist::graph::graph_from_edges;
using reticulist::metrics::group_map;
using reticulist::metrics::GroupMap;
using reticulist::metrics::membership_span;
using reticulist::metrics::Partition;
using reticulist::metrics::span;
namespace tg = reticulist::test_groups;

using Counts = std::vector<std::uint32_t>;

TEST_CASE("Span over authorities and networks on the drawn fixture", "[metrics][groups][span]") {
  // The fixture of groups_fixture.hpp:
  //
  //   0 -2- 1, 1 -1- 2, 0 -1- 2   (A, triangle)      2 -3- 3   (A-B)     2 -1- 5   (A-C)
  //   3 -1- 4 (B-B)               4 -2- 5   (B-C)      6 isolate in B
  //
  // Authorities among neighbours: 0 {A} 1, 1 {A} 1, 2 {A, B, C} 3, 3 {A, B} 2, 4 {B, C} 2,
  //   5 {A, B} 2, 6 none: 0 (a true count, not NA).
  // Networks 0 {N0}, 1 {N0,N1}, 2 {N1}, 3 {N1,N2}, 4 {N2}, 5 {}, 6 {N0,N2}; among neighbours:
  //   0: 1 and 2 -> {N0, N1} 2;  1: 0, 2 -> {N0, N1} 2;  2: 0, 1, 3, 5 -> {N0, N1, N2} 3;
  //   3: 2, 4 -> {N1, N2} 2;  4: 3, 5 -> {N1, N2} 2;  5: 2, 4 -> {N1, N2} 2;  6: 0.
  // Own memberships: 1, 2, 1, 2, 1, 0, 2.
  const auto g = tg::fixture_graph();
  CHECK(span(g, tg::fixture_authorities()).span == Counts{1, 1, 3, 2, 2, 2, 0});
  CHECK(span(g, tg::fixture_networks()).span == Counts{2, 2, 3, 2, 2, 2, 0});
  CHECK(membership_span(tg::fixture_networks()).span == Counts{1, 2, 1, 2, 1, 0, 2});
}

TEST_CASE("Span: own group counts only through a neighbour; empty graph; single group",
          "[metrics][groups][span]") {
  SECTION("0 (A) --- 1 (B): each spans only the other's group") {
    const auto g = graph_from_edges(2, std::vector<Edge>{{0, 1, 1}});
    CHECK(span(g, Partition{{0, 1}, 2}).span == Counts{1, 1});
  }
  SECTION("no vertex") {
    CHECK(span(graph_from_edges(0, {}), Partition{{}, 2}).span.empty());
    CHECK(span(graph_from_edges(0, {}), GroupMap{}).span.empty());
    CHECK(membership_span(GroupMap{}).span.empty());
  }
  SECTION("a single group: 1 for tied vertices, 0 for the isolate; duplicate ties and loops change nothing") {
    //   0 ==== 1 --- 2    3     (0-1 given twice, a loop on 2)
    const std::vector<Edge> edges = {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 2, 1}};
    CHECK(span(graph_from_edges(4, edges), Partition{{0, 0, 0, 0}, 1}).span == Counts{1, 1, 1, 0});
  }
}

TEST_CASE("Span: bad inputs are refused, word for word", "[metrics][groups][span]") {
  const auto g = graph_from_edges(2, {});
  CHECK_THROWS_WITH(span(g, Partition{{0, 5}, 2}), "span: vertex 1 is in group 5, beyond the group count 2");
  CHECK_THROWS_WITH(span(g, tg::group_map_of({{0, 0}, {}}, 1)), "span: vertex 0 lists group 0 twice");
  CHECK_THROWS_WITH(membership_span(tg::group_map_of({{}, {2}}, 2)),
                    "membership_span: vertex 1 is in group 2, beyond the group count 2");
}

TEST_CASE("Span matches a literal brute force on random graphs of <= 12 vertices", "[metrics][groups][span]") {
  std::mt19937_64 rng(4242);
  for (int trial = 0; trial < 300; ++trial) {
    const auto c = tg::random_case(rng);
    const auto by_partition = span(c.g, c.partition);
    const auto by_map = span(c.g, c.groups);
    const auto own = membership_span(c.groups);
    for (std::uint32_t i = 0; i < c.n; ++i) {
      std::set<std::uint32_t> reached, reached_map;
      for (std::uint32_t j = 0; j < c.n; ++j) {
        if (c.a[i][j] == 0) continue;
        reached.insert(c.partition.group[j]);
        for (auto s : c.groups.of(j)) reached_map.insert(s);
      }
      const std::set<std::uint32_t> mine(c.groups.of(i).begin(), c.groups.of(i).end());
      INFO("trial " << trial << " vertex " << i);
      CHECK(by_partition.span[i] == reached.size());
      CHECK(by_map.span[i] == reached_map.size());
      CHECK(own.span[i] == mine.size());
    }
    // One group per vertex: the overlapping version is the partition version.
    CHECK(span(c.g, group_map(c.partition)).span == by_partition.span);
  }
}
