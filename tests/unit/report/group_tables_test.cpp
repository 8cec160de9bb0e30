// groups.csv and group_pairs.csv: the block matrix and group E-I, wired to the layer's grouping.
#include <catch2/catch.hpp>

#include "engine/report/group_tables.hpp"
#include "engine/error.hpp"

namespace g = reticulist::graph;

TEST_CASE("Group tables: a row per group (empty ones too) and per pair of groups", "[analysis][groups]") {
  //   A: 0 - 1      B: 2 - 3      C: (empty)
  //         \______/
  //   ties 0-1 (in A), 1-2 (A-B, weight 3), 2-3 (in B)
  //   A: n 2, I 1, E 1, within density 1/1, E-I 0; the same for B; C: n 0, NA
  //   pairs: (A,A) 1 of 1; (A,B) 1 of 4 = 0.25, weight 3; (A,C) 0 of 0: NA; (B,B); (B,C); (C,C)
  reticulist::layers::LayerView layer;
  layer.kind = reticulist::layers::LayerKind::Authority;
  const std::vector<g::Edge> edges{{0, 1, 1}, {1, 2, 3}, {2, 3, 1}};
  layer.graph = g::graph_from_edges(4, edges);
  reticulist::layers::Grouping grouping{"region", {{0, 0, 1, 1}, 3}, {"A", "B", "C"}};
  reticulist::report::MetricsOptions options;
  options.layer = reticulist::layers::LayerKind::Authority;
  auto groups = reticulist::report::make_groups_table(options);
  auto pairs = reticulist::report::make_group_pairs_table(options);
  reticulist::report::add_group_rows(groups, pairs, "2023/24", layer, grouping);

  REQUIRE(groups.row_count() == 3);
  const auto gc = [&](const char* name) { return groups.column_index(name); };
  CHECK(groups.text(0, gc("period")) == "2023/24");
  CHECK(groups.text(0, gc("layer")) == "authority");
  CHECK(groups.text(0, gc("grouping")) == "region");
  CHECK(groups.integer(0, gc("vertices")) == 2);
  CHECK(groups.integer(0, gc("ties_within")) == 1);
  CHECK(groups.integer(0, gc("ties_out")) == 1);
  CHECK(groups.real(0, gc("density_within")) == 1.0);
  CHECK(groups.real(0, gc("ei")) == 0.0);
  CHECK(groups.real(0, gc("ei_weighted")) == Approx((3.0 - 1.0) / 4.0));
  CHECK(groups.integer(2, gc("vertices")) == 0);
  CHECK(groups.is_na(2, gc("density_within")));
  CHECK(groups.is_na(2, gc("ei")));

  REQUIRE(pairs.row_count() == 6);
  const auto pc = [&](const char* name) { return pairs.column_index(name); };
  CHECK(pairs.text(1, pc("group_a")) == "A");
  CHECK(pairs.text(1, pc("group_b")) == "B");
  CHECK(pairs.integer(1, pc("ties")) == 1);
  CHECK(pairs.real(1, pc("weight")) == 3.0);
  CHECK(pairs.integer(1, pc("possible")) == 4);
  CHECK(pairs.real(1, pc("density")) == 0.25);
  // expected under random mixing: m possible / (n (n - 1) / 2) = 3 * 4 / 6 = 2
  CHECK(pairs.real(1, pc("expected_ties")) == Approx(2.0));
  CHECK(pairs.is_na(2, pc("density")));
}
