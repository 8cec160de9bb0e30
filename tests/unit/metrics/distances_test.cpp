// Average shortest-path length and diameter over connected pairs: exact, and sampled with a
// standard error; the same whatever the number of threads.
#include "engine/metrics/distances.hpp"

#include <catch2/catch.hpp>

#include <cmath>

#include "engine/error.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"
#include "support/recording_progress.hpp"

using reticulist::ConfigError;
using reticulist::metrics::DistanceOptions;
using reticulist::metrics::distances;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Distances of a triangle with a pendant and of a path, by hand", "[metrics][cohesion][distances]") {
  //   0
  //   | \
  //   |  2 --- 3     d(0,1) = d(0,2) = d(1,2) = d(2,3) = 1, d(0,3) = d(1,3) = 2
  //   | /            L = (4*1 + 2*2) / 6 = 4/3; diameter 2
  //   1
  const auto r = distances(tc::triangle_with_pendant());
  CHECK(r.exact);
  CHECK(r.sources == 4);
  CHECK(r.connected_pairs == 12);  // ordered pairs
  CHECK_VALUE(r.average_path_length, 4.0 / 3);
  CHECK(r.diameter == 2u);
  CHECK_VALUE(r.standard_error, 0.0);

  //   0 - 1 - 2 - 3 - 4:  distance 1 x4, 2 x3, 3 x2, 4 x1 -> 20 / 10 = 2; diameter 4
  const auto p = distances(tc::path5());
  CHECK_VALUE(p.average_path_length, 2.0);
  CHECK(p.diameter == 4u);

  //   Star: centre-leaf 4 pairs at 1, leaf-leaf 6 pairs at 2 -> 16 / 10 = 1.6; diameter 2
  CHECK_VALUE(distances(tc::star()).average_path_length, 1.6);

  //   Barbell: 7 tied pairs at 1; across the bridge {0,1}-3 and 2-{4,5} at 2 (4 pairs),
  //   {0,1}-{4,5} at 3 (4 pairs): (7 + 8 + 12) / 15 = 27/15 = 1.8; diameter 3
  const auto b = distances(tc::barbell());
  CHECK_VALUE(b.average_path_length, 1.8);
  CHECK(b.diameter == 3u);
}

TEST_CASE("Distances of a disconnected graph are over connected pairs only", "[metrics][cohesion][distances]") {
  // Two disjoint triangles and an isolate 6: only the 6 tied pairs are connected, each at 1.
  const auto r = distances(tc::make(7, {{0, 1, 1}, {0, 2, 1}, {1, 2, 1}, {3, 4, 1}, {3, 5, 1}, {4, 5, 1}}));
  CHECK(r.connected_pairs == 12);
  CHECK_VALUE(r.average_path_length, 1.0);
  CHECK(r.diameter == 1u);
  CHECK(r.sources == 7);
}

TEST_CASE("Distances awkward cases: empty graph, isolates, weights ignored", "[metrics][cohesion][distances]") {
  const auto empty = distances(tc::make(0, {}));
  CHECK(empty.exact);
  CHECK(empty.connected_pairs == 0);
  CHECK_NA(empty.average_path_length);
  CHECK_NA(empty.diameter);
  CHECK_NA(empty.standard_error);

  const auto isolates = distances(tc::make(3, {}));
  CHECK_NA(isolates.average_path_length);  // no connected pair (igraph: NaN)
  CHECK_NA(isolates.diameter);             // (igraph: 0)

  // Unweighted: a heavy tie is still one step.
  const auto heavy = distances(tc::make(3, {{0, 1, 9}, {1, 2, 1}}));
  CHECK_VALUE(heavy.average_path_length, 4.0 / 3);  // (1 + 1 + 2) / 3
}

TEST_CASE("Distances agree with Floyd-Warshall on random graphs", "[metrics][cohesion][distances][oracle]") {
  std::mt19937 rng(15);
  for (int trial = 0; trial < 300; ++trial) {
    const auto g = tc::random_graph(rng);
    const auto a = tc::adjacency(g);
    const std::uint32_t n = g.vertex_count();
    constexpr int kInf = 1 << 20;
    std::vector<std::vector<int>> d(n, std::vector<int>(n, kInf));
    for (std::uint32_t i = 0; i < n; ++i) {
      d[i][i] = 0;
      for (std::uint32_t j = 0; j < n; ++j) {
        if (a[i][j]) d[i][j] = 1;
      }
    }
    for (std::uint32_t k = 0; k < n; ++k)
      for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
    std::uint64_t pairs = 0, sum = 0;
    int diameter = 0;
    for (std::uint32_t i = 0; i < n; ++i)
      for (std::uint32_t j = 0; j < n; ++j)
        if (i != j && d[i][j] < kInf) {
          ++pairs;
          sum += static_cast<std::uint64_t>(d[i][j]);
          diameter = std::max(diameter, d[i][j]);
        }
    DistanceOptions options;
    options.threads = 1 + trial % 3;
    const auto r = distances(g, options);
    CHECK(r.exact);
    CHECK(r.connected_pairs == pairs);
    if (pairs > 0) {
      CHECK_VALUE(r.average_path_length, static_cast<double>(sum) / static_cast<double>(pairs));
      CHECK(r.diameter == static_cast<std::uint32_t>(diameter));
    } else {
      CHECK_NA(r.average_path_length);
      CHECK_NA(r.diameter);
    }
  }
}

TEST_CASE("Direction-optimising BFS matches a textbook BFS on larger random graphs",
          "[metrics][cohesion][distances][oracle]") {
  // Sparse to dense, connected or not, so that both top-down and bottom-up levels are taken.
  std::mt19937 rng(21);
  for (int trial = 0; trial < 12; ++trial) {
    const std::uint32_t n = 50 + rng() % 250;
    const std::uint32_t ties = static_cast<std::uint32_t>(n * (trial % 4 == 0 ? 0.6 : 1 + trial * 3));
    const auto g = tc::random_records(rng, n, ties);
    std::uint64_t pairs = 0, sum = 0;
    std::uint32_t diameter = 0;
    for (std::uint32_t s = 0; s < n; ++s) {
      std::vector<int> d(n, -1);
      std::vector<std::uint32_t> queue{s};
      d[s] = 0;
      for (std::size_t h = 0; h < queue.size(); ++h)
        for (auto w : g.neighbours(queue[h]))
          if (d[w] < 0) {
            d[w] = d[queue[h]] + 1;
            queue.push_back(w);
          }
      for (std::uint32_t t = 0; t < n; ++t)
        if (t != s && d[t] > 0) {
          ++pairs;
          sum += static_cast<std::uint64_t>(d[t]);
          diameter = std::max(diameter, static_cast<std::uint32_t>(d[t]));
        }
    }
    const auto r = distances(g);
    CHECK(r.connected_pairs == pairs);
    if (pairs > 0) {
      CHECK_VALUE(r.average_path_length, static_cast<double>(sum) / static_cast<double>(pairs));
      CHECK(r.diameter == diameter);
    }
  }
}

TEST_CASE("Sampled distances on a cycle: every source gives the same answer, SE 0", "[metrics][cohesion][distances]") {
  // Cycle of 8: from any source, distances 1,1,2,2,3,3,4: D_s = 16, P_s = 7, ecc 4.
  // Any sample gives L^ = 16/7 with residuals D_s - L^ P_s = 0, so SE = 0; diameter 4.
  std::vector<tc::Edge> edges;
  for (std::uint32_t v = 0; v < 8; ++v) edges.push_back({v, (v + 1) % 8, 1});
  DistanceOptions options;
  options.exact_max_vertices = 4;
  options.samples = 3;
  const auto r = distances(tc::make(8, edges), options);
  CHECK_FALSE(r.exact);
  CHECK(r.sources == 3);
  CHECK(r.connected_pairs == 21);
  CHECK_VALUE(r.average_path_length, 16.0 / 7);
  CHECK(r.standard_error == Approx(0.0).margin(1e-12));
  CHECK(r.diameter == 4u);
}

TEST_CASE("Sampled distances on a star: the ratio estimate and its standard error by hand",
          "[metrics][cohesion][distances]") {
  // Star, centre 0, leaves 1-4 (N = 5 vertices of degree >= 1), k = 2 sources.
  //   centre: D = 4, P = 4;  leaf: D = 1 + 2*3 = 7, P = 4
  //   two leaves: L^ = 14/8 = 1.75, residuals 0 -> SE 0
  //   centre and a leaf: L^ = 11/8; residuals D - L^ P = -1.5, +1.5 (sum of squares 4.5);
  //     SE^2 = (1 - 2/5) * 4.5 / (2 * 1 * 4^2) = 0.084375, SE = 0.29047...
  //     = the SE of the mean of per-source averages 1 and 1.75 (s^2 = 0.28125): 0.6 * 0.28125 / 2.
  DistanceOptions options;
  options.exact_max_vertices = 0;
  options.samples = 2;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    options.seed = seed;
    const auto r = distances(tc::star(), options);
    CHECK_FALSE(r.exact);
    CHECK(r.sources == 2);
    REQUIRE(r.average_path_length.has_value());
    if (*r.average_path_length == Approx(1.75)) {
      CHECK(*r.standard_error == Approx(0.0).margin(1e-12));
      CHECK(r.diameter == 2u);
    } else {
      CHECK(*r.average_path_length == Approx(11.0 / 8));
      CHECK_VALUE(r.standard_error, std::sqrt(0.084375));
    }
  }
}

TEST_CASE("Sampled distances: near the exact value, deterministic, independent of threads",
          "[metrics][cohesion][distances]") {
  // A seeded random graph of 600 vertices (mean degree ~4, a few components and isolates).
  std::mt19937 rng(16);
  const auto g = tc::random_records(rng, 600, 1200);
  const auto exact = distances(g);
  REQUIRE(exact.exact);

  DistanceOptions options;
  options.exact_max_vertices = 100;
  options.samples = 60;
  options.seed = 7;
  const auto one = distances(g, options);
  options.threads = 3;
  const auto three = distances(g, options);
  CHECK_FALSE(one.exact);
  CHECK(one.sources == 60);
  CHECK(*one.average_path_length == *three.average_path_length);  // bit for bit
  CHECK(*one.standard_error == *three.standard_error);
  CHECK(one.diameter == three.diameter);
  CHECK(*one.standard_error > 0.0);
  CHECK(std::abs(*one.average_path_length - *exact.average_path_length) < 4 * *one.standard_error);
  CHECK(*one.diameter <= *exact.diameter);  // a lower bound

  // Asking for at least as many samples as vertices with ties takes the exact path.
  options.samples = 600;
  const auto all = distances(g, options);
  CHECK(all.exact);
  CHECK(*all.average_path_length == *exact.average_path_length);
}

TEST_CASE("Distances: fewer than two samples is a configuration error", "[metrics][cohesion][distances]") {
  DistanceOptions options;
  options.samples = 1;
  CHECK_THROWS_WITH(distances(tc::star(), options), "distance samples must be at least 2, not 1");
  CHECK_THROWS_AS(distances(tc::star(), options), ConfigError);
}

TEST_CASE("distances reports one stage counting its searches", "[metrics][cohesion][distances][progress]") {
  // Exact on the path 0-1-2-3-4: one search from each of the 5 vertices, counted one by one.
  reticulist::testing::RecordingProgress progress;
  const auto d = distances(tc::path5(), {}, progress);
  CHECK(d.exact);
  CHECK(progress.events() == std::vector<std::string>{"begin distances 5", "advance 1", "advance 2", "advance 3",
                                                      "advance 4", "advance 5", "end"});
  // Sampled, 3 sources of the path's 5, on two threads: 3 searches, whatever order they end in.
  reticulist::testing::RecordingProgress sampled;
  const auto s = distances(tc::path5(), {.exact_max_vertices = 2, .samples = 3, .threads = 2}, sampled);
  CHECK_FALSE(s.exact);
  CHECK(sampled.stages() == std::vector<std::string>{"begin distances 3", "end"});
  CHECK(sampled.advances().size() == 3);
}
