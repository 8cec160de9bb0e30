// Borgatti's fragmentation F and distance-weighted fragmentation dF, worked by hand, against a
// Floyd-Warshall oracle, and sampled with a stated error.
#include "engine/metrics/fragmentation.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <random>
#include <stdexcept>

#include "engine/error.hpp"
#include "engine/graph/remove_vertices.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
namespace tc = reticulist::test_cohesion;

namespace {

m::DistanceFragmentation exact_df(const g::Graph& graph) { return m::distance_fragmentation(graph, {}); }

g::Graph without(const g::Graph& graph, std::vector<g::Vertex> removed) {
  return g::remove_vertices(graph, removed).graph;
}

// The definitions, literally: all-pairs distances by Floyd-Warshall, then both sums over i != j.
struct Oracle {
  std::optional<double> f, df;
};
Oracle oracle(const g::Graph& graph) {
  const std::size_t n = graph.vertex_count();
  if (n < 2) return {};
  constexpr int kInf = std::numeric_limits<int>::max() / 4;
  std::vector<std::vector<int>> d(n, std::vector<int>(n, kInf));
  const auto a = tc::adjacency(graph);
  for (std::size_t i = 0; i < n; ++i) {
    d[i][i] = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (a[i][j]) d[i][j] = 1;
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
    }
  }
  double reach = 0, inverse = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j || d[i][j] >= kInf) continue;
      reach += 1;
      inverse += 1.0 / d[i][j];
    }
  }
  const double pairs = static_cast<double>(n * (n - 1));
  return {1 - reach / pairs, 1 - inverse / pairs};
}

}  // namespace

TEST_CASE("Fragmentation of a path and of the path cut at its centre", "[metrics][fragmentation]") {
  //   0 - 1 - 2 - 3 - 4     connected: F = 0
  //   unordered pairs at distance 1: 4, at 2: 3, at 3: 2, at 4: 1
  //   sum_{i<j} 1/d = 4 + 3/2 + 2/3 + 1/4 = 77/12; over ordered pairs 77/6; n (n - 1) = 20
  //   dF = 1 - (77/6) / 20 = 43/120
  CHECK_VALUE(m::fragmentation(tc::path5()), 0.0);
  const auto df = exact_df(tc::path5());
  CHECK_VALUE(df.value, 43.0 / 120);
  CHECK(df.exact);
  CHECK(df.sources == 5);
  CHECK_VALUE(df.standard_error, 0.0);
  //   remove the cut vertex 2:  0 - 1    3 - 4     n = 4, sizes 2 and 2
  //   F = 1 - (2*1 + 2*1) / (4*3) = 2/3; every reachable pair is at distance 1, so dF = F = 2/3
  const auto cut = without(tc::path5(), {2});
  CHECK_VALUE(m::fragmentation(cut), 2.0 / 3);
  CHECK_VALUE(exact_df(cut).value, 2.0 / 3);
}

TEST_CASE("Fragmentation of a star, and of its leaves without the centre", "[metrics][fragmentation]") {
  //       1
  //       |          centre-leaf pairs: 4 at distance 1; leaf-leaf pairs: 6 at distance 2
  //   4 - 0 - 2      sum_{i<j} 1/d = 4 + 6/2 = 7, ordered 14; n (n - 1) = 20
  //       |          F = 0, dF = 1 - 14/20 = 0.3
  //       3          without 0: four isolates, F = dF = 1
  CHECK_VALUE(m::fragmentation(tc::star()), 0.0);
  CHECK_VALUE(exact_df(tc::star()).value, 0.3);
  const auto leaves = without(tc::star(), {0});
  CHECK_VALUE(m::fragmentation(leaves), 1.0);
  CHECK_VALUE(exact_df(leaves).value, 1.0);
  CHECK(exact_df(leaves).sources == 0);  // no vertex with a tie: nothing to search from
}

TEST_CASE("Fragmentation of the barbell and of the barbell without a bridge end", "[metrics][fragmentation]") {
  //   0       5      pairs at distance 1: 7 (two triangles and the bridge), at 2: 4 (2-4, 2-5,
  //   | \   / |      0-3, 1-3), at 3: 4 (0-4, 0-5, 1-4, 1-5)
  //   |  2-3  |      sum_{i<j} 1/d = 7 + 4/2 + 4/3 = 31/3, ordered 62/3; n (n - 1) = 30
  //   | /   \ |      dF = 1 - (62/3) / 30 = 14/45
  //   1       4      without 2: {0,1} and {3,4,5}, n = 5: F = 1 - (2 + 6) / 20 = 0.6 = dF
  CHECK_VALUE(m::fragmentation(tc::barbell()), 0.0);
  CHECK_VALUE(exact_df(tc::barbell()).value, 14.0 / 45);
  const auto cut = without(tc::barbell(), {2});
  CHECK_VALUE(m::fragmentation(cut), 0.6);
  CHECK_VALUE(exact_df(cut).value, 0.6);
}

TEST_CASE("Fragmentation awkward cases", "[metrics][fragmentation]") {
  // No pair of vertices: 0/0, NA.
  CHECK_NA(m::fragmentation(tc::make(0, {})));
  CHECK_NA(exact_df(tc::make(0, {})).value);
  CHECK_NA(m::fragmentation(tc::make(1, {})));
  CHECK_NA(exact_df(tc::make(1, {})).value);
  // Two isolates: nobody reaches anybody.
  CHECK_VALUE(m::fragmentation(tc::make(2, {})), 1.0);
  CHECK_VALUE(exact_df(tc::make(2, {})).value, 1.0);
  // A complete graph: everyone one step from everyone.
  const auto k4 = tc::make(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}});
  CHECK_VALUE(m::fragmentation(k4), 0.0);
  CHECK_VALUE(exact_df(k4).value, 0.0);
  // A tie and an isolate (the isolate counts in n): F = dF = 1 - 2 / 6 = 2/3. Weights and loops
  // change nothing.
  const auto pair = tc::make(3, {{0, 1, 5}, {2, 2, 1}});
  CHECK_VALUE(m::fragmentation(pair), 2.0 / 3);
  CHECK_VALUE(exact_df(pair).value, 2.0 / 3);
  // From component sizes.
  CHECK(m::reachable_pairs(std::vector<std::uint32_t>{3, 1, 2}) == 8);
  CHECK_VALUE(m::fragmentation(std::vector<std::uint32_t>{3, 1, 2}), 1 - 8.0 / 30);
  // Too few samples for a standard error.
  CHECK_THROWS_WITH(m::distance_fragmentation(tc::karate(), {.exact_max_vertices = 0, .samples = 1}),
                    "distance-fragmentation samples must be at least 2, not 1");
}

TEST_CASE("F and dF agree with Floyd-Warshall on random graphs", "[metrics][fragmentation][oracle]") {
  std::mt19937 rng(2006);
  for (int trial = 0; trial < 300; ++trial) {
    const auto graph = tc::random_graph(rng);
    const auto expected = oracle(graph);
    const auto f = m::fragmentation(graph);
    const auto df = exact_df(graph);
    REQUIRE(f.has_value() == expected.f.has_value());
    REQUIRE(df.value.has_value() == expected.df.has_value());
    if (expected.f) {
      CHECK(*f == Approx(*expected.f).margin(1e-12));
      CHECK(*df.value == Approx(*expected.df).margin(1e-12));
      CHECK(*df.value >= *f - 1e-12);  // 1/d <= 1
    }
  }
}

TEST_CASE("Sampled dF: within its error, seeded, the same on any number of threads", "[metrics][fragmentation]") {
  const auto karate = tc::karate();
  const double exact = *exact_df(karate).value;
  const m::DistanceFragmentationOptions sampled{.exact_max_vertices = 0, .samples = 12, .seed = 3};
  const auto a = m::distance_fragmentation(karate, sampled);
  CHECK_FALSE(a.exact);
  CHECK(a.sources == 12);
  REQUIRE(a.value.has_value());
  REQUIRE(a.standard_error.has_value());
  CHECK(*a.standard_error > 0);
  CHECK(std::abs(*a.value - exact) <= 4 * *a.standard_error);
  auto threaded = sampled;
  threaded.threads = 3;
  const auto b = m::distance_fragmentation(karate, threaded);
  CHECK(*b.value == *a.value);  // bit for bit
  CHECK(*b.standard_error == *a.standard_error);
  auto other = sampled;
  other.seed = 4;
  CHECK(*m::distance_fragmentation(karate, other).value != *a.value);
  // As many samples as vertices with a tie: the sample is the frame, exact.
  const auto all = m::distance_fragmentation(karate, {.exact_max_vertices = 0, .samples = 34});
  CHECK(all.exact);
  CHECK_VALUE(all.value, exact);
}

TEST_CASE("dF from given sources: the frame, one source, none", "[metrics][fragmentation]") {
  const auto path = tc::path5();
  const auto frame = m::shuffled_frame(path, 9);
  CHECK(frame.size() == 5);
  CHECK_VALUE(m::distance_fragmentation(path, frame, 5).value, 43.0 / 120);
  // One source (vertex 0: H = 1 + 1/2 + 1/3 + 1/4 = 25/12) from a frame of 5: T^ = 5 * 25/12,
  // dF^ = 1 - (125/12) / 20 = 23/48, with no standard error.
  const std::vector<g::Vertex> one{0};
  const auto single = m::distance_fragmentation(path, one, 5);
  CHECK_FALSE(single.exact);
  CHECK_VALUE(single.value, 23.0 / 48);
  CHECK_NA(single.standard_error);
  CHECK_NA(m::distance_fragmentation(path, std::vector<g::Vertex>{}, 5).value);
  CHECK_VALUE(m::distance_fragmentation(tc::make(3, {}), std::vector<g::Vertex>{}, 0).value, 1.0);
}

TEST_CASE("dF without a set of vertices: by hand, and the subgraph's to the last bit", "[metrics][fragmentation]") {
  // The path without its centre, as a mask: 0 - 1   3 - 4, n = 4, every reachable pair adjacent:
  // dF = F = 1 - 4/12 = 2/3, from the frame's four vertices (exact) or from 0 alone (frame of 4:
  // H_0 = 1, T^ = 4, dF^ = 1 - 4/12 = 2/3 as well).
  const auto path = tc::path5();
  const std::vector<bool> cut{false, false, true, false, false};
  const std::vector<g::Vertex> frame{0, 1, 3, 4};
  const auto df = m::distance_fragmentation(path, cut, frame, 4);
  CHECK_VALUE(df.value, 2.0 / 3);
  CHECK(df.exact);
  CHECK(df.sources == 4);
  CHECK_VALUE(m::distance_fragmentation(path, cut, std::vector<g::Vertex>{0}, 4).value, 2.0 / 3);
  // A removed source, or a mask of the wrong size, is refused.
  CHECK_THROWS_AS(m::distance_fragmentation(path, cut, std::vector<g::Vertex>{2}, 4), std::invalid_argument);
  CHECK_THROWS_AS(m::distance_fragmentation(path, std::vector<bool>(4), frame, 4), std::invalid_argument);

  std::mt19937 rng(2024);
  for (int trial = 0; trial < 200; ++trial) {
    const auto graph = trial % 2 == 0 ? tc::random_graph(rng) : tc::random_records(rng, 30 + rng() % 200, 200 + rng() % 3000);
    const std::uint32_t n = graph.vertex_count();
    std::vector<bool> removed(n);
    const auto share = rng() % 60;
    for (g::Vertex v = 0; v < n; ++v) removed[v] = rng() % 100 < share;
    const auto sub = g::remove_vertices(graph, removed);
    // A sample of the frame's vertices that stay: all of them (exact) or a prefix of a shuffle.
    std::vector<g::Vertex> sources;
    for (g::Vertex v : m::shuffled_frame(graph, trial)) {
      if (!removed[v]) sources.push_back(v);
    }
    const auto population = sources.size();
    if (trial % 3 != 0) sources.resize(std::min<std::size_t>(sources.size(), 1 + rng() % 80));
    std::vector<g::Vertex> renumbered;
    for (g::Vertex v : sources) {
      renumbered.push_back(static_cast<g::Vertex>(std::lower_bound(sub.original.begin(), sub.original.end(), v) - sub.original.begin()));
    }
    const auto got = m::distance_fragmentation(graph, removed, sources, population, 1 + trial % 3);
    const auto want = m::distance_fragmentation(sub.graph, renumbered, population, 1);
    INFO("trial " << trial);
    CHECK(got.value == want.value);  // optional<double>: both NA or the same double
    CHECK(got.exact == want.exact);
    CHECK(got.sources == want.sources);
    CHECK(got.standard_error == want.standard_error);
  }
}
