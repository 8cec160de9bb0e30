// Whole-graph density (unweighted) and the weighted summaries beside it, with isolates in n.
#include "engine/metrics/density.hpp"

#include <catch2/catch.hpp>

#include "tests/unit/metrics/cohesion_fixture.hpp"

using reticulist::metrics::density;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Density of the barbell, by hand", "[metrics][cohesion][density]") {
  //   0       5         triangle ties weight 2, bridge 2-3 weight 1
  //   | \   / |
  //   |  2-3  |         n = 6, m = 7: D = 2m / (n(n-1)) = 14 / 30 = 7/15
  //   | /   \ |         W = 6 * 2 + 1 = 13, mean tie weight W/m = 13/7
  //   1       4         mean strength 2W/n = 26/6 = 13/3
  const auto r = density(tc::barbell());
  CHECK(r.n == 6);
  CHECK(r.m == 7);
  CHECK(r.isolates == 0);
  CHECK_VALUE(r.density, 7.0 / 15);
  CHECK(r.total_weight == 13.0);
  CHECK_VALUE(r.mean_weight, 13.0 / 7);
  CHECK_VALUE(r.mean_strength, 13.0 / 3);
}

TEST_CASE("Density: isolates count in n and lower density and mean strength", "[metrics][cohesion][density]") {
  //   0 -3- 1     2 (isolate)     3 (isolate)
  //   n = 4, m = 1: D = 2 / 12 = 1/6; W = 3, mean weight 3, mean strength 6/4 = 1.5
  const auto r = density(tc::make(4, {{0, 1, 3}}));
  CHECK(r.n == 4);
  CHECK(r.isolates == 2);
  CHECK_VALUE(r.density, 1.0 / 6);
  CHECK_VALUE(r.mean_weight, 3.0);
  CHECK_VALUE(r.mean_strength, 1.5);
}

TEST_CASE("Density of a complete graph is 1, of a star 2/n", "[metrics][cohesion][density]") {
  const auto k4 = density(tc::make(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}}));
  CHECK_VALUE(k4.density, 1.0);
  // Star on 5 vertices: m = 4, D = 8 / 20 = 2/5.
  CHECK_VALUE(density(tc::star()).density, 0.4);
}

TEST_CASE("Density awkward cases: empty graph, one vertex, no ties", "[metrics][cohesion][density]") {
  const auto empty = density(tc::make(0, {}));
  CHECK(empty.n == 0);
  CHECK(empty.m == 0);
  CHECK_NA(empty.density);      // no pair
  CHECK_NA(empty.mean_weight);  // no tie
  CHECK_NA(empty.mean_strength);
  CHECK(empty.total_weight == 0.0);

  const auto one = density(tc::make(1, {}));
  CHECK(one.isolates == 1);
  CHECK_NA(one.density);  // n(n-1) = 0
  CHECK_VALUE(one.mean_strength, 0.0);

  const auto none = density(tc::make(3, {}));
  CHECK_VALUE(none.density, 0.0);  // defined: 3 pairs, none tied
  CHECK_NA(none.mean_weight);
  CHECK_VALUE(none.mean_strength, 0.0);
}

TEST_CASE("Density: self-loops are no ties, duplicate records one tie of summed weight",
          "[metrics][cohesion][density]") {
  //   records 0-1 (w 1), 1-0 (w 2), 1-1 (loop), 1-2 (w 1): ties {0,1} w 3 and {1,2} w 1
  const auto r = density(tc::make(3, {{0, 1, 1}, {1, 0, 2}, {1, 1, 5}, {1, 2, 1}}));
  CHECK(r.m == 2);
  CHECK_VALUE(r.density, 2.0 / 3);
  CHECK(r.total_weight == 4.0);
  CHECK_VALUE(r.mean_weight, 2.0);
}

TEST_CASE("Density agrees with a literal count on random graphs", "[metrics][cohesion][density][oracle]") {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 200; ++trial) {
    const auto g = tc::random_graph(rng);
    const auto a = tc::weight_matrix(g);
    const std::uint32_t n = g.vertex_count();
    std::uint64_t ties = 0;
    double w = 0;
    std::uint32_t isolates = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      bool any = false;
      for (std::uint32_t j = 0; j < n; ++j) {
        if (a[i][j] > 0) any = true;
        if (j > i && a[i][j] > 0) {
          ++ties;
          w += a[i][j];
        }
      }
      if (!any) ++isolates;
    }
    const auto r = density(g);
    CHECK(r.m == ties);
    CHECK(r.isolates == isolates);
    CHECK(r.total_weight == Approx(w));
    if (n >= 2) CHECK_VALUE(r.density, static_cast<double>(ties) / (n * (n - 1) / 2.0));
  }
}
