// Nominal assortativity of a partition (Newman 2003), unweighted, with the two shares it compares.
#include "engine/metrics/assortativity.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

#include "engine/metrics/communities.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"

using reticulist::metrics::assortativity;
using reticulist::metrics::modularity;
using reticulist::metrics::Partition;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Assortativity of the barbell split at the bridge, by hand", "[metrics][cohesion][assortativity]") {
  //   0       5
  //   | \   / |      groups A = {0,1,2}, B = {3,4,5}; m = 7, 6 ties inside groups
  //   |  2-3  |      e_AA = e_BB = 3/7, e_AB = e_BA = 1/14; a_A = a_B = 7/14 = 1/2
  //   | /   \ |      r = (6/7 - 1/2) / (1 - 1/2) = 5/7
  //   1       4      (= Q / Q_max = (5/14) / (1/2))
  const Partition sides{{0, 0, 0, 1, 1, 1}, 2};
  const auto r = assortativity(tc::barbell(), sides);
  CHECK_VALUE(r.within_share, 6.0 / 7);
  CHECK_VALUE(r.expected_within_share, 0.5);
  CHECK_VALUE(r.r, 5.0 / 7);
  CHECK(*r.r == Approx(*modularity(tc::barbell(), sides, false) / (1 - *r.expected_within_share)));
}

TEST_CASE("Assortativity: a one-member group at the centre of a star is perfectly disassortative",
          "[metrics][cohesion][assortativity]") {
  //   star, centre 0 alone in group A, leaves in B: every tie crosses
  //   a_A = 4/8, a_B = 4/8: r = (0 - 1/2) / (1 - 1/2) = -1
  const auto r = assortativity(tc::star(), Partition{{0, 1, 1, 1, 1}, 2});
  CHECK_VALUE(r.within_share, 0.0);
  CHECK_VALUE(r.r, -1.0);
}

TEST_CASE("Assortativity: isolates and empty groups do not enter", "[metrics][cohesion][assortativity]") {
  // The barbell plus an isolate 6 in a third group, and a fourth, empty group: still 5/7.
  const auto g = tc::make(7, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}});
  const auto r = assortativity(g, Partition{{0, 0, 0, 1, 1, 1, 2}, 4});
  CHECK_VALUE(r.r, 5.0 / 7);
}

TEST_CASE("Assortativity awkward cases: one group, no ties, empty graph, wrong size",
          "[metrics][cohesion][assortativity]") {
  // One group: sum a^2 = 1 -> r = 0/0 (igraph NaN) -> NA; the shares are defined (1 and 1).
  const auto one = assortativity(tc::barbell(), Partition{{0, 0, 0, 0, 0, 0}, 1});
  CHECK_NA(one.r);
  CHECK_VALUE(one.within_share, 1.0);
  CHECK_VALUE(one.expected_within_share, 1.0);
  // Only one group has ties (the other is an isolate): NA too.
  CHECK_NA(assortativity(tc::make(3, {{0, 1, 1}}), Partition{{0, 0, 1}, 2}).r);
  // No ties: everything NA.
  const auto none = assortativity(tc::make(3, {}), Partition{{0, 1, 1}, 2});
  CHECK_NA(none.r);
  CHECK_NA(none.within_share);
  CHECK_NA(none.expected_within_share);
  CHECK_NA(assortativity(tc::make(0, {}), Partition{{}, 0}).r);
  CHECK_THROWS_AS(assortativity(tc::barbell(), Partition{{0}, 1}), std::invalid_argument);
}

TEST_CASE("Assortativity agrees with Newman's e_gh formula on random graphs",
          "[metrics][cohesion][assortativity][oracle]") {
  std::mt19937 rng(20);
  for (int trial = 0; trial < 300; ++trial) {
    const auto g = tc::random_graph(rng);
    const Partition p = tc::random_partition(rng, g.vertex_count(), 4);
    // e_gh over tie ends, each tie in both directions.
    std::vector<std::vector<double>> e(p.group_count, std::vector<double>(p.group_count, 0));
    const double two_m = 2.0 * static_cast<double>(g.edge_count());
    g.for_each_edge([&](auto u, auto v, double) {
      e[p.group[u]][p.group[v]] += 1 / two_m;
      e[p.group[v]][p.group[u]] += 1 / two_m;
    });
    double trace = 0, sum_a2 = 0;
    for (std::uint32_t i = 0; i < p.group_count; ++i) {
      double a_i = 0;
      for (std::uint32_t j = 0; j < p.group_count; ++j) a_i += e[i][j];
      trace += e[i][i];
      sum_a2 += a_i * a_i;
    }
    const auto r = assortativity(g, p);
    if (g.edge_count() == 0) {
      CHECK_NA(r.r);
      continue;
    }
    CHECK_VALUE(r.within_share, trace);
    CHECK_VALUE(r.expected_within_share, sum_a2);
    if (std::abs(1 - sum_a2) > 1e-12) {
      CHECK_VALUE(r.r, (trace - sum_a2) / (1 - sum_a2));
    } else {
      CHECK_NA(r.r);
    }
  }
}
