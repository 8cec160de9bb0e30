// Block density: tie counts, weights, densities and the G(n, m) expected counts per pair of
// groups, with NA for impossible blocks (one-member or empty groups).
#include "engine/metrics/block_density.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <random>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "support/same_block_density.hpp"
#include "tests/unit/metrics/groups_fixture.hpp"

using reticulist::graph::Edge;
using reticulist::graph::graph_from_edges;
using reticulist::metrics::block_density;
using reticulist::metrics::Partition;
using reticulist::testing::check_same_block_density;
namespace tg = reticulist::test_groups;

TEST_CASE("Block density of the drawn fixture, every cell by hand", "[metrics][groups][block_density]") {
  // The fixture of groups_fixture.hpp:
  //
  //   0 -2- 1, 1 -1- 2, 0 -1- 2   (A, triangle)      2 -3- 3   (A-B)     2 -1- 5   (A-C)
  //   3 -1- 4 (B-B)               4 -2- 5   (B-C)      6 isolate in B     D empty
  //
  //   n_A = 3, n_B = 3, n_C = 1, n_D = 0;  n = 7, N = n(n-1)/2 = 21 pairs, m = 7.
  //   AA: e = 3, w = 2+1+1 = 4, pairs 3*2/2 = 3, d = 1,   expected 7*3/21 = 1
  //   AB: e = 1, w = 3,         pairs 3*3 = 9,   d = 1/9, expected 7*9/21 = 3
  //   AC: e = 1, w = 1,         pairs 3*1 = 3,   d = 1/3, expected 1
  //   BB: e = 1, w = 1,         pairs 3,         d = 1/3, expected 1   (the isolate 6 counts in n_B)
  //   BC: e = 1, w = 2,         pairs 3,         d = 1/3, expected 1
  //   CC: one-member group: pairs 0, d NA (not 0), expected 7*0/21 = 0
  //   AD, BD, CD, DD: pairs 0, d NA, expected 0
  //   The expected counts sum to m: 1 + 3 + 1 + 1 + 1 = 7.
  const auto r = block_density(tg::fixture_graph(), tg::fixture_authorities());
  CHECK(r.group_count == 4);
  CHECK(r.sizes == std::vector<std::uint64_t>{3, 3, 1, 0});
  CHECK(r.vertex_count == 7);
  CHECK(r.tie_count == 7);
  CHECK(r.total_weight == 11.0);
  REQUIRE(r.cells.size() == 10);  // G(G+1)/2

  const auto& AA = r.cell(tg::kA, tg::kA);
  CHECK(AA.ties == 3);
  CHECK(AA.weight == 4.0);
  CHECK(AA.pairs == 3);
  CHECK_VALUE(AA.density, 1.0);
  CHECK_VALUE(AA.expected_ties, 1.0);

  const auto& AB = r.cell(tg::kB, tg::kA);  // either order
  CHECK(AB.g == tg::kA);
  CHECK(AB.h == tg::kB);
  CHECK(AB.ties == 1);
  CHECK(AB.weight == 3.0);
  CHECK(AB.pairs == 9);
  CHECK_VALUE(AB.density, 1.0 / 9);
  CHECK_VALUE(AB.expected_ties, 3.0);

  const auto& AC = r.cell(tg::kA, tg::kC);
  CHECK(AC.ties == 1);
  CHECK(AC.weight == 1.0);
  CHECK_VALUE(AC.density, 1.0 / 3);
  CHECK_VALUE(AC.expected_ties, 1.0);

  const auto& BB = r.cell(tg::kB, tg::kB);
  CHECK(BB.ties == 1);
  CHECK(BB.pairs == 3);
  CHECK_VALUE(BB.density, 1.0 / 3);

  const auto& BC = r.cell(tg::kB, tg::kC);
  CHECK(BC.ties == 1);
  CHECK(BC.weight == 2.0);
  CHECK_VALUE(BC.density, 1.0 / 3);

  const auto& CC = r.cell(tg::kC, tg::kC);  // one-member group
  CHECK(CC.ties == 0);
  CHECK(CC.pairs == 0);
  CHECK_NA(CC.density);
  CHECK_VALUE(CC.expected_ties, 0.0);

  for (auto g : {tg::kA, tg::kB, tg::kC, tg::kD}) {
    const auto& c = r.cell(g, tg::kD);  // the empty group
    CHECK(c.ties == 0);
    CHECK(c.pairs == 0);
    CHECK_NA(c.density);
    CHECK_VALUE(c.expected_ties, 0.0);
  }

  double expected_sum = 0;
  for (const auto& c : r.cells) expected_sum += c.expected_ties.value_or(0);
  CHECK(expected_sum == Approx(7.0));

  // Cells come row by row over the upper triangle.
  CHECK(r.cells[0].g == 0);
  CHECK(r.cells[3].h == 3);
  CHECK(r.cells[4].g == 1);
  CHECK(r.cells[4].h == 1);
  CHECK(r.cells[9].g == 3);
  CHECK(r.cells[9].h == 3);
}

TEST_CASE("Block density: empty and edgeless graphs", "[metrics][groups][block_density]") {
  SECTION("no vertex, no group: no cell") {
    const auto r = block_density(graph_from_edges(0, {}), Partition{{}, 0});
    CHECK(r.cells.empty());
    CHECK(r.tie_count == 0);
  }
  SECTION("no vertex, two groups: every density and expectation NA (n < 2, no pair at all)") {
    const auto r = block_density(graph_from_edges(0, {}), Partition{{}, 2});
    REQUIRE(r.cells.size() == 3);
    for (const auto& c : r.cells) {
      CHECK(c.ties == 0);
      CHECK_NA(c.density);
      CHECK_NA(c.expected_ties);
    }
  }
  SECTION("three isolates 0, 1 | 2: densities 0 where pairs exist, expectations 0 (m = 0)") {
    //   0   1   2        groups {0, 1}, {2}: pairs 1 within the first, 2 between, 0 within the second
    const auto r = block_density(graph_from_edges(3, {}), Partition{{0, 0, 1}, 2});
    CHECK_VALUE(r.cell(0, 0).density, 0.0);
    CHECK_VALUE(r.cell(0, 1).density, 0.0);
    CHECK_NA(r.cell(1, 1).density);
    CHECK_VALUE(r.cell(0, 1).expected_ties, 0.0);
  }
}

TEST_CASE("Block density: duplicate ties count once (weights summed), self-loops not at all",
          "[metrics][groups][block_density]") {
  //   0 ==(1+2)== 1   loop on 1 (dropped by the builder)    groups {0}, {1}
  //   e_01 = 1, w_01 = 3, d_01 = 1/(1*1) = 1; both within densities NA (one-member groups)
  const std::vector<Edge> edges = {{0, 1, 1.0}, {1, 0, 2.0}, {1, 1, 5.0}};
  const auto r = block_density(graph_from_edges(2, edges), Partition{{0, 1}, 2});
  CHECK(r.tie_count == 1);
  CHECK(r.cell(0, 1).ties == 1);
  CHECK(r.cell(0, 1).weight == 3.0);
  CHECK_VALUE(r.cell(0, 1).density, 1.0);
  CHECK_VALUE(r.cell(0, 1).expected_ties, 1.0);  // m * 1 / N = 1 * 1 / 1
  CHECK_NA(r.cell(0, 0).density);
  CHECK_NA(r.cell(1, 1).density);
  CHECK(r.cell(1, 1).ties == 0);
}

TEST_CASE("Block density: a single group is the whole-graph density", "[metrics][groups][block_density]") {
  //   0 --- 1 --- 2     3      one group: d = 2m / n(n-1) = 4 / 12 = 1/3, expected = m = 2
  const auto r = block_density(graph_from_edges(4, std::vector<Edge>{{0, 1, 1}, {1, 2, 1}}), Partition{{0, 0, 0, 0}, 1});
  REQUIRE(r.cells.size() == 1);
  CHECK(r.cells[0].ties == 2);
  CHECK_VALUE(r.cells[0].density, 1.0 / 3);
  CHECK_VALUE(r.cells[0].expected_ties, 2.0);
}

TEST_CASE("Block density: a bad partition is refused, word for word", "[metrics][groups][block_density]") {
  const auto g = graph_from_edges(3, {});
  CHECK_THROWS_WITH(block_density(g, Partition{{0, 0}, 1}),
                    "block_density: the partition has 2 vertices, the graph 3");
  CHECK_THROWS_WITH(block_density(g, Partition{{0, 2, 0}, 2}),
                    "block_density: vertex 1 is in group 2, beyond the group count 2");
  CHECK_THROWS_AS(block_density(g, Partition{{0, 2, 0}, 2}), std::invalid_argument);
}

TEST_CASE("Block density matches a literal brute force on random graphs of <= 12 vertices",
          "[metrics][groups][block_density]") {
  std::mt19937_64 rng(20240601);
  for (int trial = 0; trial < 300; ++trial) {
    const auto c = tg::random_case(rng);
    const auto r = block_density(c.g, c.partition);
    const std::uint32_t G = c.partition.group_count;
    std::uint64_t m = 0;
    for (std::uint32_t i = 0; i < c.n; ++i)
      for (std::uint32_t j = i + 1; j < c.n; ++j) m += c.a[i][j] > 0;
    const double N = c.n * (c.n - 1.0) / 2;
    for (std::uint32_t g = 0; g < G; ++g) {
      for (std::uint32_t h = g; h < G; ++h) {
        // Literally: every vertex pair {i, j} whose groups are {g, h}.
        std::uint64_t pairs = 0, ties = 0;
        double weight = 0;
        for (std::uint32_t i = 0; i < c.n; ++i) {
          for (std::uint32_t j = i + 1; j < c.n; ++j) {
            const auto gi = c.partition.group[i], gj = c.partition.group[j];
            if (!((gi == g && gj == h) || (gi == h && gj == g))) continue;
            ++pairs;
            if (c.a[i][j] > 0) {
              ++ties;
              weight += c.a[i][j];
            }
          }
        }
        const auto& cell = r.cell(g, h);
        INFO("trial " << trial << " cell " << g << "," << h);
        CHECK(cell.pairs == pairs);
        CHECK(cell.ties == ties);
        CHECK(cell.weight == weight);
        if (pairs == 0) {
          CHECK_NA(cell.density);
        } else {
          CHECK_VALUE(cell.density, static_cast<double>(ties) / static_cast<double>(pairs));
        }
        if (c.n < 2) {
          CHECK_NA(cell.expected_ties);
        } else {
          CHECK_VALUE(cell.expected_ties, static_cast<double>(m) * static_cast<double>(pairs) / N);
        }
      }
    }
  }
}

namespace {

// block_density of the subgraph without `removed`, under the partition restricted to it.
reticulist::metrics::BlockDensityResult on_subgraph(const reticulist::graph::Graph& g, const Partition& p,
                                                    const std::vector<bool>& removed) {
  const auto sub = reticulist::graph::remove_vertices(g, removed);
  Partition q{{}, p.group_count};
  for (auto v : sub.original) q.group.push_back(p.group[v]);
  return block_density(sub.graph, q);
}

}  // namespace

TEST_CASE("Block density without a vertex of the drawn fixture, by hand", "[metrics][groups][block_density]") {
  // The fixture without 2 (A's hub): 0 -2- 1 (AA), 3 -1- 4 (BB), 4 -2- 5 (BC), 6 isolate (B).
  //   n_A = 2, n_B = 3, n_C = 1, n_D = 0;  n = 6, N = 15, m = 3, total weight 5.
  //   AA: e = 1, w = 2, pairs 1, d = 1,   expected 3*1/15 = 0.2
  //   AB: e = 0,        pairs 6, d = 0,   expected 3*6/15 = 1.2     (2-3 went with 2)
  //   AC: e = 0,        pairs 2, d = 0,   expected 0.4              (2-5 went with 2)
  //   BB: e = 1, w = 1, pairs 3, d = 1/3, expected 0.6
  //   BC: e = 1, w = 2, pairs 3, d = 1/3, expected 0.6
  const auto g = tg::fixture_graph();
  const auto p = tg::fixture_authorities();
  const std::vector<bool> removed{false, false, true, false, false, false, false};
  REQUIRE(reticulist::metrics::whole_number_weights(g));
  const auto r = reticulist::metrics::block_density_without(g, p, block_density(g, p), removed, true);
  CHECK(r.sizes == std::vector<std::uint64_t>{2, 3, 1, 0});
  CHECK(r.vertex_count == 6);
  CHECK(r.tie_count == 3);
  CHECK(r.total_weight == 5.0);
  const auto& aa = r.cell(tg::kA, tg::kA);
  CHECK(aa.ties == 1);
  CHECK(aa.weight == 2.0);
  CHECK_VALUE(aa.density, 1.0);
  CHECK_VALUE(aa.expected_ties, 0.2);
  CHECK(r.cell(tg::kA, tg::kB).ties == 0);
  CHECK(r.cell(tg::kA, tg::kB).weight == 0.0);
  CHECK_VALUE(r.cell(tg::kA, tg::kB).density, 0.0);
  CHECK_VALUE(r.cell(tg::kA, tg::kB).expected_ties, 1.2);
  CHECK_VALUE(r.cell(tg::kA, tg::kC).expected_ties, 0.4);
  CHECK(r.cell(tg::kB, tg::kB).ties == 1);
  CHECK_VALUE(r.cell(tg::kB, tg::kB).density, 1.0 / 3);
  CHECK(r.cell(tg::kB, tg::kC).weight == 2.0);
  CHECK_NA(r.cell(tg::kC, tg::kC).density);
  check_same_block_density(r, on_subgraph(g, p, removed));
  // The same through the pass over what stays (as for weights that are not whole numbers).
  check_same_block_density(reticulist::metrics::block_density_without(g, p, block_density(g, p), removed, false), r);
  // A mask of the wrong size.
  CHECK_THROWS_AS(reticulist::metrics::block_density_without(g, p, block_density(g, p), std::vector<bool>(6), true),
                  std::invalid_argument);
}

TEST_CASE("Whole-number weights", "[metrics][groups][block_density]") {
  using reticulist::metrics::whole_number_weights;
  const auto graph = [](std::uint32_t n, std::vector<Edge> edges) { return graph_from_edges(n, edges); };
  CHECK(whole_number_weights(graph(0, {})));
  CHECK(whole_number_weights(tg::fixture_graph()));
  CHECK_FALSE(whole_number_weights(graph(2, {{0, 1, 0.5}})));
  CHECK_FALSE(whole_number_weights(graph(2, {{0, 1, std::numeric_limits<double>::infinity()}})));
  // 2^51 on one tie is 2^52 over its two arcs; two such ties reach 2^53, beyond exact sums.
  CHECK(whole_number_weights(graph(3, {{0, 1, 0x1p51}})));
  CHECK_FALSE(whole_number_weights(graph(3, {{0, 1, 0x1p51}, {1, 2, 0x1p51}})));
}

TEST_CASE("Block density without a set of vertices equals that of the subgraph, bit for bit",
          "[metrics][groups][block_density][oracle]") {
  std::mt19937_64 rng(2053);
  for (int trial = 0; trial < 300; ++trial) {
    // Up to 60 vertices; weights whole (subtracted) or Newman-like fractions (summed again).
    const std::uint32_t n = static_cast<std::uint32_t>(rng() % 61);
    const bool fractions = trial % 2 == 1;
    std::vector<Edge> edges;
    for (std::uint64_t e = 0, ties = n == 0 ? 0 : rng() % (4 * n); e < ties; ++e) {
      const double w = fractions ? 1.0 / static_cast<double>(2 + rng() % 40) : static_cast<double>(1 + rng() % 5);
      edges.push_back({static_cast<std::uint32_t>(rng() % n), static_cast<std::uint32_t>(rng() % n), w});
    }
    const auto g = graph_from_edges(n, edges);
    Partition p{{}, 1 + static_cast<std::uint32_t>(rng() % 6)};
    for (std::uint32_t v = 0; v < n; ++v) p.group.push_back(static_cast<std::uint32_t>(rng() % p.group_count));
    std::vector<bool> removed(n);
    const auto share = rng() % 70;
    for (std::uint32_t v = 0; v < n; ++v) removed[v] = rng() % 100 < share;
    const bool exact = reticulist::metrics::whole_number_weights(g);
    if (!fractions) CHECK(exact);
    INFO("trial " << trial);
    check_same_block_density(reticulist::metrics::block_density_without(g, p, block_density(g, p), removed, exact),
               on_subgraph(g, p, removed));
  }
}
