// Connected components: ids by smallest vertex, sizes, giant share of n, isolates.
#include "engine/metrics/components.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <numeric>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"

using reticulist::metrics::components;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Components are numbered by their smallest vertex", "[metrics][cohesion][components]") {
  //   0 - 3 - 5      1 - 4      2 (isolate)
  //   {0,3,5} has smallest vertex 0 -> id 0; {1,4} -> 1; {2} -> 2
  //   sizes 3, 2, 1; largest 3; giant share 3/6 = 0.5; one isolate
  const auto r = components(tc::make(6, {{5, 3, 1}, {4, 1, 1}, {3, 0, 1}}));
  CHECK(r.component == std::vector<std::uint32_t>{0, 1, 2, 0, 1, 0});
  CHECK(r.sizes == std::vector<std::uint32_t>{3, 2, 1});
  CHECK(r.count == 3);
  CHECK(r.largest_size == 3);
  CHECK_VALUE(r.giant_share, 0.5);
  CHECK(r.isolates == 1);
}

TEST_CASE("Components of two disjoint triangles and of a connected graph", "[metrics][cohesion][components]") {
  const auto two = components(tc::two_triangles());
  CHECK(two.count == 2);
  CHECK(two.component == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1});
  CHECK_VALUE(two.giant_share, 0.5);
  CHECK(two.isolates == 0);

  const auto one = components(tc::barbell());
  CHECK(one.count == 1);
  CHECK(one.largest_size == 6);
  CHECK_VALUE(one.giant_share, 1.0);
}

TEST_CASE("Components awkward cases: empty graph, isolates only, loops", "[metrics][cohesion][components]") {
  const auto empty = components(tc::make(0, {}));
  CHECK(empty.count == 0);
  CHECK(empty.largest_size == 0);
  CHECK_NA(empty.giant_share);
  CHECK(empty.isolates == 0);

  const auto isolates = components(tc::make(3, {}));
  CHECK(isolates.count == 3);
  CHECK(isolates.isolates == 3);
  CHECK(isolates.largest_size == 1);
  CHECK_VALUE(isolates.giant_share, 1.0 / 3);

  // A self-loop does not connect anything: vertex 1 stays an isolate.
  const auto loop = components(tc::make(2, {{1, 1, 1}}));
  CHECK(loop.count == 2);
  CHECK(loop.isolates == 2);
}

TEST_CASE("Components agree with union-find on random graphs", "[metrics][cohesion][components][oracle]") {
  std::mt19937 rng(12);
  for (int trial = 0; trial < 200; ++trial) {
    const auto g = tc::random_graph(rng);
    const std::uint32_t n = g.vertex_count();
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0u);
    std::function<std::uint32_t(std::uint32_t)> find = [&](std::uint32_t x) {
      return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    g.for_each_edge([&](auto u, auto v, double) { parent[find(u)] = find(v); });
    const auto r = components(g);
    REQUIRE(r.component.size() == n);
    std::uint32_t roots = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
      if (find(v) == v) ++roots;
      for (std::uint32_t w = 0; w < n; ++w) CHECK((find(v) == find(w)) == (r.component[v] == r.component[w]));
    }
    CHECK(r.count == roots);
    // Ids appear in increasing order of first vertex.
    std::uint32_t next = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
      CHECK(r.component[v] <= next);
      if (r.component[v] == next) ++next;
    }
    CHECK(std::accumulate(r.sizes.begin(), r.sizes.end(), 0u) == n);
  }
}

TEST_CASE("Components without a set of vertices, by hand", "[metrics][cohesion][components]") {
  //   0       5      the barbell without 2: {0, 1} and {3, 4, 5}; ids by smallest vertex, 2 has
  //   | \   / |      none. Sizes 2, 3; n = 5: giant share 3/5; no isolate.
  //   |  2-3  |      Without 2 and 3 as well: {0, 1}, {4, 5}.
  //   | /   \ |      Without 0 and 1 (a whole triangle but 2): 2 - 3 - {4, 5} stays whole.
  //   1       4
  using reticulist::metrics::kNoComponent;
  const auto cut = components(tc::barbell(), {false, false, true, false, false, false});
  CHECK(cut.component == std::vector<std::uint32_t>{0, 0, kNoComponent, 1, 1, 1});
  CHECK(cut.sizes == std::vector<std::uint32_t>{2, 3});
  CHECK(cut.count == 2);
  CHECK(cut.largest_size == 3);
  CHECK_VALUE(cut.giant_share, 0.6);
  CHECK(cut.isolates == 0);
  const auto both = components(tc::barbell(), {false, false, true, true, false, false});
  CHECK(both.sizes == std::vector<std::uint32_t>{2, 2});
  const auto left = components(tc::barbell(), {true, true, false, false, false, false});
  CHECK(left.component == std::vector<std::uint32_t>{kNoComponent, kNoComponent, 0, 0, 0, 0});
  CHECK(left.count == 1);
  // The star without its centre: four isolates; without everyone: nothing, giant share NA.
  const auto leaves = components(tc::star(), {true, false, false, false, false});
  CHECK(leaves.count == 4);
  CHECK(leaves.isolates == 4);
  CHECK_VALUE(leaves.giant_share, 0.25);
  const auto none = components(tc::star(), std::vector<bool>(5, true));
  CHECK(none.count == 0);
  CHECK(none.largest_size == 0);
  CHECK_NA(none.giant_share);
  CHECK_THROWS_AS(components(tc::star(), std::vector<bool>(4, false)), std::invalid_argument);
}

TEST_CASE("Components without a set of vertices equal those of the subgraph", "[metrics][cohesion][components][oracle]") {
  std::mt19937 rng(2012);
  for (int trial = 0; trial < 300; ++trial) {
    // Small graphs of every density, and larger dense ones whose searches go bottom-up.
    const auto g = trial % 3 == 2 ? tc::random_records(rng, 50 + rng() % 300, (50 + rng() % 300) * (1 + rng() % 30))
                                  : tc::random_graph(rng);
    const std::uint32_t n = g.vertex_count();
    std::vector<bool> removed(n);
    const std::uint32_t share = rng() % 60;  // percent
    for (std::uint32_t v = 0; v < n; ++v) removed[v] = rng() % 100 < share;
    const auto sub = reticulist::graph::remove_vertices(g, removed);
    const auto want = components(sub.graph);
    const auto got = components(g, removed);
    CHECK(got.count == want.count);
    CHECK(got.sizes == want.sizes);
    CHECK(got.largest_size == want.largest_size);
    CHECK(got.giant_share == want.giant_share);  // bit for bit
    CHECK(got.isolates == want.isolates);
    for (std::uint32_t i = 0; i < sub.original.size(); ++i) CHECK(got.component[sub.original[i]] == want.component[i]);
    for (std::uint32_t v = 0; v < n; ++v) {
      if (removed[v]) CHECK(got.component[v] == reticulist::metrics::kNoComponent);
    }
  }
}
