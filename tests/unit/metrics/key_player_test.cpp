// The key-player set (Borgatti 2006, KPP-Neg): greedy and swap within a pool, checked by hand on
// drawn graphs and against brute force on small random ones.
#include "engine/metrics/key_player.hpp"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "engine/metrics/fragmentation.hpp"
#include "tests/unit/metrics/cohesion_fixture.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::metrics;
namespace tc = reticulist::test_cohesion;

namespace {

std::vector<g::Vertex> all_vertices(const g::Graph& graph) {
  std::vector<g::Vertex> v(graph.vertex_count());
  std::iota(v.begin(), v.end(), g::Vertex{0});
  return v;
}

double f_without(const g::Graph& graph, const std::vector<g::Vertex>& removed) {
  return m::fragmentation(g::remove_vertices(graph, removed).graph).value_or(-1);
}

}  // namespace

TEST_CASE("Key player of the barbell: a bridge end; ties go to the pool's order", "[metrics][key_player]") {
  //   0       5      removing 2 (or 3) leaves {0,1} and {3,4,5}: n = 5,
  //   | \   / |      F = 1 - (2 + 6) / 20 = 0.6; any other single vertex leaves it connected (F = 0)
  //   |  2-3  |
  //   | /   \ |      two players: the best leave two pairs, e.g. {2,3}: {0,1}, {4,5}:
  //   1       4      F = 1 - (2 + 2) / 12 = 2/3 (no pair of removals does better)
  const auto barbell = tc::barbell();
  const auto one = m::key_player_set(barbell, all_vertices(barbell), {.k = 1});
  CHECK(one.players == std::vector<g::Vertex>{2});
  REQUIRE(one.fragmentation.size() == 1);
  CHECK_VALUE(one.fragmentation[0], 0.6);
  CHECK_VALUE(one.fragmentation_before, 0.0);
  CHECK(one.converged);
  const std::vector<g::Vertex> reversed{5, 4, 3, 2, 1, 0};
  CHECK(m::key_player_set(barbell, reversed, {.k = 1}).players == std::vector<g::Vertex>{3});

  const auto two = m::key_player_set(barbell, all_vertices(barbell), {.k = 2});
  REQUIRE(two.players.size() == 2);
  CHECK(two.players[0] == 2);  // each prefix is the best of its size within the set
  CHECK_VALUE(two.fragmentation[0], 0.6);
  CHECK_VALUE(two.fragmentation[1], 2.0 / 3);
}

TEST_CASE("Key players outside the pool are never chosen", "[metrics][key_player]") {
  // The path 0 - 1 - 2 - 3 - 4 with the pool {0, 4, 1}: the centre 2 is not a candidate, so the
  // best single removal is 1 (leaves {0}, {2,3,4}: F = 1 - 6/12 = 0.5).
  const std::vector<g::Vertex> pool{0, 4, 1};
  const auto r = m::key_player_set(tc::path5(), pool, {.k = 1});
  CHECK(r.players == std::vector<g::Vertex>{1});
  CHECK_VALUE(r.fragmentation[0], 0.5);
}

TEST_CASE("Key players: awkward sizes and bad pools", "[metrics][key_player]") {
  const auto star = tc::star();
  CHECK(m::key_player_set(star, all_vertices(star), {.k = 0}).players.empty());
  // k above the pool: the whole pool. Removing all 5 vertices leaves nothing: F is NA.
  const auto all = m::key_player_set(star, all_vertices(star), {.k = 9});
  CHECK(all.players.size() == 5);
  CHECK_VALUE(all.fragmentation[0], 1.0);  // the centre first: four isolates
  CHECK_NA(all.fragmentation[4]);
  CHECK(m::key_player_set(g::Graph(), std::vector<g::Vertex>{}, {.k = 2}).players.empty());
  CHECK_THROWS_AS(m::key_player_set(star, std::vector<g::Vertex>{1, 1}, {.k = 1}), std::invalid_argument);
  CHECK_THROWS_AS(m::key_player_set(star, std::vector<g::Vertex>{7}, {.k = 1}), std::invalid_argument);
}

TEST_CASE("Key players against brute force on random graphs", "[metrics][key_player][oracle]") {
  std::mt19937 rng(34);
  for (int trial = 0; trial < 150; ++trial) {
    const auto graph = tc::random_graph(rng);
    const auto n = graph.vertex_count();
    if (n < 4) continue;
    // A random pool of about two thirds of the vertices, in random order.
    auto pool = all_vertices(graph);
    std::shuffle(pool.begin(), pool.end(), rng);
    pool.resize(std::max<std::size_t>(2, 2 * n / 3));
    for (std::uint32_t k = 1; k <= 2; ++k) {
      const auto r = m::key_player_set(graph, pool, {.k = k});
      REQUIRE(r.players.size() == k);
      // Each reported F is the F of g without that prefix (the quotient evaluation is exact).
      std::vector<g::Vertex> prefix;
      for (std::uint32_t i = 0; i < k; ++i) {
        prefix.push_back(r.players[i]);
        CHECK(*r.fragmentation[i] == Approx(f_without(graph, prefix)).margin(1e-12));
      }
      // Brute force over the pool: k = 1 is solved exactly by the greedy step; for k = 2 the
      // heuristic may miss the optimum but never beats it, and swaps never make it worse.
      double best = -1;
      for (std::size_t a = 0; a < pool.size(); ++a) {
        if (k == 1) {
          best = std::max(best, f_without(graph, {pool[a]}));
          continue;
        }
        for (std::size_t b = a + 1; b < pool.size(); ++b) best = std::max(best, f_without(graph, {pool[a], pool[b]}));
      }
      if (k == 1) CHECK(*r.fragmentation[0] == Approx(best).margin(1e-12));
      if (k == 2) {
        CHECK(*r.fragmentation[1] <= best + 1e-12);
        const auto greedy_only = m::key_player_set(graph, pool, {.k = 2, .max_swap_passes = 0});
        CHECK(*r.fragmentation[1] >= *greedy_only.fragmentation[1] - 1e-12);
      }
    }
  }
}

TEST_CASE("Swaps repair a greedy choice", "[metrics][key_player]") {
  // Two stars whose centres 0 and 1 are joined through the hub 2, which also holds a pendant 3:
  //
  //   4 5 6           7 8 9
  //    \|/             \|/
  //     0 ----- 2 ----- 1
  //             |
  //             3
  //
  // One player: the hub 2 leaves {0,4,5,6}, {1,7,8,9}, {3}: R = 12 + 12 = 24, F = 1 - 24/72 = 2/3
  // (a centre leaves a piece of 6: R = 30). Greedy's second player, given 2: a centre, leaving
  // {1,7,8,9} and four isolates: R = 12, n = 8, F = 1 - 12/56 = 11/14. Swapping the hub for the
  // other centre leaves {2,3} and six isolates: R = 2, F = 1 - 2/56 = 27/28, the optimum.
  const auto g2 = tc::make(10, {{0, 2, 1}, {1, 2, 1}, {2, 3, 1}, {0, 4, 1}, {0, 5, 1}, {0, 6, 1},
                                {1, 7, 1}, {1, 8, 1}, {1, 9, 1}});
  const auto pool = all_vertices(g2);
  const auto greedy = m::key_player_set(g2, pool, {.k = 2, .max_swap_passes = 0});
  CHECK(greedy.players == std::vector<g::Vertex>{2, 0});
  CHECK_VALUE(greedy.fragmentation[0], 2.0 / 3);
  CHECK_VALUE(greedy.fragmentation[1], 11.0 / 14);
  CHECK_FALSE(greedy.converged);
  const auto swapped = m::key_player_set(g2, pool, {.k = 2});
  CHECK(swapped.converged);
  CHECK(swapped.swaps == 1);
  CHECK(swapped.players == std::vector<g::Vertex>{0, 1});  // alone, 0 and 1 tie: the earlier first
  CHECK_VALUE(swapped.fragmentation[1], 27.0 / 28);
}
