// k-core numbers (unweighted, Batagelj & Zaversnik) through igraph_coreness.
#include "engine/metrics/coreness.hpp"

#include <catch2/catch.hpp>

#include "tests/unit/metrics/cohesion_fixture.hpp"

using reticulist::metrics::coreness;
namespace tc = reticulist::test_cohesion;

TEST_CASE("Coreness of a 4-clique with a tail and an isolate, by hand", "[metrics][cohesion][coreness]") {
  //   1 --- 2
  //   | \ / |
  //   | / \ |              {0,1,2,3} a clique: each has 3 neighbours inside -> 3-core
  //   0 --- 3              4 hangs on 0 and 5 on 4: peeled at k = 2 -> core 1
  //   |                    6 isolate -> core 0
  //   4 --- 5      6       max core (degeneracy) 3
  const auto r = coreness(tc::make(7, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1},
                                       {0, 4, 1}, {4, 5, 1}}));
  CHECK(r.core == std::vector<std::uint32_t>{3, 3, 3, 3, 1, 1, 0});
  CHECK(r.max_core == 3u);
}

TEST_CASE("Coreness of the drawn graphs", "[metrics][cohesion][coreness]") {
  // Triangle with pendant: the triangle is a 2-core, the pendant 3 has core 1.
  CHECK(coreness(tc::triangle_with_pendant()).core == std::vector<std::uint32_t>{2, 2, 2, 1});
  // Barbell: every vertex keeps >= 2 neighbours in the whole graph, no 3-core.
  CHECK(coreness(tc::barbell()).core == std::vector<std::uint32_t>(6, 2));
  // Star and path: trees are 1-cores.
  CHECK(coreness(tc::star()).core == std::vector<std::uint32_t>(5, 1));
  CHECK(coreness(tc::path5()).max_core == 1u);
}

TEST_CASE("Coreness is unweighted: heavy ties and duplicate records add nothing",
          "[metrics][cohesion][coreness]") {
  // The tie 0-1 recorded three times (as a one-tie-per-event multigraph would) and a self-loop on 1:
  // still one tie, core 1 each. A multigraph would give 0 and 1 degree 3 and core 3.
  const auto r = coreness(tc::make(2, {{0, 1, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}}));
  CHECK(r.core == std::vector<std::uint32_t>{1, 1});
}

TEST_CASE("Coreness awkward cases: empty graph and isolates", "[metrics][cohesion][coreness]") {
  const auto empty = coreness(tc::make(0, {}));
  CHECK(empty.core.empty());
  CHECK_FALSE(empty.max_core.has_value());
  const auto isolates = coreness(tc::make(3, {}));
  CHECK(isolates.core == std::vector<std::uint32_t>{0, 0, 0});
  CHECK(isolates.max_core == 0u);
}

TEST_CASE("Coreness agrees with literal peeling on random graphs", "[metrics][cohesion][coreness][oracle]") {
  std::mt19937 rng(14);
  for (int trial = 0; trial < 300; ++trial) {
    const auto g = tc::random_graph(rng);
    const auto a = tc::adjacency(g);
    const std::uint32_t n = g.vertex_count();
    // Oracle: for k = 1, 2, ...: repeatedly delete vertices with fewer than k remaining
    // neighbours; whatever survives is the k-core, so its vertices have core >= k.
    std::vector<std::uint32_t> core(n, 0);
    for (std::uint32_t k = 1; k <= n; ++k) {
      std::vector<bool> alive(n, true);
      for (bool changed = true; changed;) {
        changed = false;
        for (std::uint32_t v = 0; v < n; ++v) {
          if (!alive[v]) continue;
          std::uint32_t d = 0;
          for (std::uint32_t w = 0; w < n; ++w) d += alive[w] && a[v][w];
          if (d < k) {
            alive[v] = false;
            changed = true;
          }
        }
      }
      for (std::uint32_t v = 0; v < n; ++v) {
        if (alive[v]) core[v] = k;
      }
    }
    const auto r = coreness(g);
    CHECK(r.core == core);
    if (n > 0) CHECK(r.max_core == *std::max_element(core.begin(), core.end()));
  }
}
