// Transitivity and local clustering (unweighted), with both conventions for the average.
#include "engine/metrics/clustering.hpp"

#include <catch2/catch.hpp>

#include "tests/unit/metrics/cohesion_fixture.hpp"
#include "support/recording_progress.hpp"

using reticulist::metrics::clustering;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Clustering of a triangle with a pendant, by hand", "[metrics][cohesion][clustering]") {
  //   0
  //   | \
  //   |  2 --- 3
  //   | /
  //   1
  //   degrees 2, 2, 3, 1; one triangle {0,1,2}: t = 1, 1, 1, 0
  //   tau_i = d_i(d_i-1)/2 = 1, 1, 3, 0: 5 connected triples
  //   transitivity = 3T / triples = 3/5
  //   C_0 = C_1 = 1/1, C_2 = 1/3, C_3 NA (degree 1)
  //   avg_excl = (1 + 1 + 1/3) / 3 = 7/9;  avg_zero = (7/3) / 4 = 7/12
  const auto r = clustering(tc::triangle_with_pendant());
  CHECK(r.triangles == 1);
  CHECK(r.connected_triples == 5);
  CHECK(r.vertex_triangles == std::vector<std::uint64_t>{1, 1, 1, 0});
  CHECK_VALUE(r.transitivity, 3.0 / 5);
  REQUIRE(r.local.size() == 4);
  CHECK_VALUE(r.local[0], 1.0);
  CHECK_VALUE(r.local[1], 1.0);
  CHECK_VALUE(r.local[2], 1.0 / 3);
  CHECK_NA(r.local[3]);
  CHECK_VALUE(r.avg_clustering_excl, 7.0 / 9);
  CHECK_VALUE(r.avg_clustering_zero, 7.0 / 12);
}

TEST_CASE("Clustering: an isolate is NA locally and counts only in avg_zero", "[metrics][cohesion][clustering]") {
  // The triangle with a pendant plus an isolate 4: avg_excl unchanged (7/9),
  // avg_zero = (7/3) / 5 = 7/15.
  const auto r = clustering(tc::make(5, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {2, 3, 1}}));
  CHECK_NA(r.local[4]);
  CHECK_VALUE(r.transitivity, 3.0 / 5);
  CHECK_VALUE(r.avg_clustering_excl, 7.0 / 9);
  CHECK_VALUE(r.avg_clustering_zero, 7.0 / 15);
}

TEST_CASE("Clustering of two triangles, the barbell, a star and a path", "[metrics][cohesion][clustering]") {
  // Two disjoint triangles: every triple closed, C = 1 everywhere.
  const auto two = clustering(tc::two_triangles());
  CHECK(two.triangles == 2);
  CHECK_VALUE(two.transitivity, 1.0);
  CHECK_VALUE(two.avg_clustering_excl, 1.0);
  CHECK_VALUE(two.avg_clustering_zero, 1.0);

  // Barbell: t = 1 at every vertex, tau = 1, 1, 3, 3, 1, 1 (sum 10): transitivity 6/10;
  // C = 1, 1, 1/3, 1/3, 1, 1: average (4 + 2/3) / 6 = 7/9 (no vertex of degree < 2).
  // Weights (2 on triangles, 1 on the bridge) change nothing: clustering is unweighted.
  const auto bar = clustering(tc::barbell());
  CHECK(bar.triangles == 2);
  CHECK(bar.connected_triples == 10);
  CHECK_VALUE(bar.transitivity, 0.6);
  CHECK_VALUE(bar.local[2], 1.0 / 3);
  CHECK_VALUE(bar.avg_clustering_excl, 7.0 / 9);
  CHECK_VALUE(bar.avg_clustering_zero, 7.0 / 9);

  // Star, centre 0 with 4 leaves: C(4,2) = 6 open triples at the centre, no triangle.
  // C_0 = 0 (defined), leaves NA: avg_excl = 0 (one vertex), avg_zero = 0.
  const auto s = clustering(tc::star());
  CHECK(s.connected_triples == 6);
  CHECK_VALUE(s.transitivity, 0.0);
  CHECK_VALUE(s.local[0], 0.0);
  CHECK_NA(s.local[1]);
  CHECK_VALUE(s.avg_clustering_excl, 0.0);
  CHECK_VALUE(s.avg_clustering_zero, 0.0);

  // Path 0-1-2-3-4: 3 open triples (at 1, 2, 3), transitivity 0 (defined, not NA).
  const auto p = clustering(tc::path5());
  CHECK(p.connected_triples == 3);
  CHECK_VALUE(p.transitivity, 0.0);
  CHECK_NA(p.local[0]);
  CHECK_NA(p.local[4]);
  CHECK_VALUE(p.avg_clustering_excl, 0.0);
}

TEST_CASE("Clustering awkward cases: empty graph, one tie, no ties, loops and duplicates",
          "[metrics][cohesion][clustering]") {
  const auto empty = clustering(tc::make(0, {}));
  CHECK(empty.local.empty());
  CHECK_NA(empty.transitivity);
  CHECK_NA(empty.avg_clustering_excl);
  CHECK_NA(empty.avg_clustering_zero);  // mean over no vertex

  // One tie 0-1: no connected triple -> transitivity NA; both ends degree 1 -> NA;
  // avg_excl NA (nobody left), avg_zero = 0/2 = 0 (networkx gives 0).
  const auto one = clustering(tc::make(2, {{0, 1, 1}}));
  CHECK(one.connected_triples == 0);
  CHECK_NA(one.transitivity);
  CHECK_NA(one.local[0]);
  CHECK_NA(one.avg_clustering_excl);
  CHECK_VALUE(one.avg_clustering_zero, 0.0);

  const auto none = clustering(tc::make(3, {}));
  CHECK_NA(none.transitivity);
  CHECK_NA(none.avg_clustering_excl);
  CHECK_VALUE(none.avg_clustering_zero, 0.0);

  // A triangle given with a self-loop on 0 and the tie 0-1 twice is still one triangle.
  const auto messy = clustering(tc::make(3, {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 0, 1}}));
  CHECK(messy.triangles == 1);
  CHECK_VALUE(messy.transitivity, 1.0);
}

TEST_CASE("Clustering agrees with a literal triple count on random graphs", "[metrics][cohesion][clustering][oracle]") {
  std::mt19937 rng(13);
  for (int trial = 0; trial < 300; ++trial) {
    const auto g = tc::random_graph(rng);
    const auto a = tc::adjacency(g);
    const std::uint32_t n = g.vertex_count();
    // Oracle: for each vertex i, pairs {j,k} of neighbours (connected triples centred on i),
    // closed when j-k is a tie.
    std::uint64_t closed_all = 0, triples_all = 0, triangles = 0;
    double sum_c = 0;
    std::uint32_t defined = 0;
    std::vector<std::optional<double>> local(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint64_t closed = 0, triples = 0;
      for (std::uint32_t j = 0; j < n; ++j) {
        for (std::uint32_t k = j + 1; k < n; ++k) {
          if (a[i][j] && a[i][k]) {
            ++triples;
            if (a[j][k]) ++closed;
          }
          if (i < j && a[i][j] && a[j][k] && a[i][k]) ++triangles;
        }
      }
      closed_all += closed;
      triples_all += triples;
      if (triples > 0) {
        local[i] = static_cast<double>(closed) / static_cast<double>(triples);
        sum_c += *local[i];
        ++defined;
      }
    }
    const auto r = clustering(g);
    CHECK(r.triangles == triangles);
    CHECK(r.connected_triples == triples_all);
    if (triples_all > 0) {
      CHECK_VALUE(r.transitivity, static_cast<double>(closed_all) / static_cast<double>(triples_all));
    } else {
      CHECK_NA(r.transitivity);
    }
    for (std::uint32_t i = 0; i < n; ++i) {
      if (local[i]) {
        CHECK_VALUE(r.local[i], *local[i]);
      } else {
        CHECK_NA(r.local[i]);
      }
    }
    if (defined > 0) {
      CHECK_VALUE(r.avg_clustering_excl, sum_c / defined);
    } else {
      CHECK_NA(r.avg_clustering_excl);
    }
    if (n > 0) {
      CHECK_VALUE(r.avg_clustering_zero, sum_c / n);
    } else {
      CHECK_NA(r.avg_clustering_zero);
    }
  }
}

TEST_CASE("Clustering reports one stage sized by its tie scans", "[metrics][cohesion][clustering][progress]") {
  // Triangle 0-1-2 with pendant 2-3. Ranks by (degree, id): 3, 0, 1, 2; ties point up the ranks:
  // 3->2, 0->1, 0->2, 1->2, so out = (v0 2, v1 1, v2 0, v3 1) and in = deg - out = (0, 1, 3, 0).
  // Scans sum_b in(b) out(b) = 1 (the tie 0->1 scans out(1) = {2}), counted when vertex 0 is done.
  reticulist::testing::RecordingProgress progress;
  const auto c = clustering(tc::triangle_with_pendant(), progress);
  CHECK(c.triangles == 1);
  CHECK(progress.events() == std::vector<std::string>{"begin clustering 1", "advance 1", "end"});
}
