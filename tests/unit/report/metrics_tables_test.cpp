// The tables of `reticulist metrics` with and without --weighted (and --newman): weighted variants
// have columns of their own, and no other column changes with the flags.
#include <catch2/catch.hpp>

#include <string>

#include "engine/report/metrics_tables.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace t = reticulist::testing;
using reticulist::report::Table;

namespace {

// Practitioners 0, 1 in authority A0 and 2, 3 in A1.
//   day 100, N0: 0, 1, 2      ties 0-1 (weight 2: two events shared), 0-2, 1-2, 0-3 (weight 1)
//   day 110, N0: 0, 1
//   day 120, N1: 0, 3                    1 ==2== 0 --- 3
//                                          \   /
//                                            2
reticulist::model::Dataset triangle_with_heavy_tie() {
  return t::make_dataset(4, 2, 2,
                         {{100, 0, {{0, reticulist::model::kNone, 0}, {1, reticulist::model::kNone, 0},
                                    {2, reticulist::model::kNone, 1}}},
                          {110, 0, t::people({0, 1})},
                          {120, 1, {{0, reticulist::model::kNone, 0}, {3, reticulist::model::kNone, 1}}}});
}

std::vector<Table> metrics(const reticulist::model::Dataset& ds, bool weighted,
                           g::TieWeight weight = g::TieWeight::SharedEvents) {
  reticulist::report::MetricsOptions options;
  options.weighted = weighted;
  options.coattendance.weight = weight;
  options.ei_permutations = 19;
  reticulist::NoProgress quiet;
  return reticulist::report::run_metrics(ds, {{"all", std::nullopt, g::all_events(ds)}}, options, false, quiet);
}

std::size_t row_of(const Table& nodes, const std::string& pseudonym) {
  const auto col = nodes.column_index("practitioner");
  for (std::size_t r = 0; r < nodes.row_count(); ++r) {
    if (nodes.text(r, col) == pseudonym) return r;
  }
  FAIL("no row for " << pseudonym);
  return 0;
}

// A weighted variant: its name holds "_weighted" (betweenness_weighted_normalised too).
bool is_weighted_variant(const std::string& name) { return name.find("_weighted") != std::string::npos; }

}  // namespace

TEST_CASE("Nodes: Burt's measures and participation by tie count, and their weighted variants, by hand",
          "[analysis][metrics]") {
  // Vertex 0: contacts 1, 2, 3; a = 2, 1, 1 weighted (sum 4), 1, 1, 1 unweighted (sum 3).
  //   Unweighted: n = 3 contacts with t = 1 tie among them (1-2): ES = n - 2t/n = 3 - 2/3 = 7/3,
  //     efficiency 7/9; C = (1/3 + 1/3 * 1/2)^2 [j = 1] + (1/3 + 1/3 * 1/2)^2 [j = 2] + (1/3)^2 [j = 3]
  //     = 1/4 + 1/4 + 1/9 = 11/18.
  //   Weighted: p_01 = 1/2, p_02 = 1/4, p_03 = 1/4; m_jq = a_jq / max_k a_jk:
  //     j = 1 (strongest tie 2): m_12 = 1/2, redundancy p_02 m_12 = 1/8          -> 7/8
  //     j = 2 (strongest tie 1): m_21 = 1,   redundancy p_01 m_21 = 1/2          -> 1/2
  //     j = 3: no contact of 0 besides 0                                          -> 1
  //     ES = 7/8 + 1/2 + 1 = 19/8 (not 7/3), efficiency 19/8 / 3 = 19/24;
  //     C = (1/2 + 1/4 * 1/2)^2 + (1/4 + 1/2 * 1/3)^2 + (1/4)^2 = 25/64 + 25/144 + 1/16 = 361/576
  //     (p_21 = 1/2; p_12 = 1/3, 1's ties weigh 2 + 1).
  //   Participation over authorities (1 in A0; 2, 3 in A1): by ties 1 - (1/3)^2 - (2/3)^2 = 4/9;
  //     by weight 1 - (2/4)^2 - (2/4)^2 = 1/2. Over networks (1, 2 in N0; 3 in N1): 4/9 and
  //     1 - (3/4)^2 - (1/4)^2 = 3/8.
  // Vertex 1: contacts 0 (a = 2), 2 (a = 1), tied to each other: unweighted ES = 2 - 2/2 = 1;
  //   weighted p_10 = 2/3, p_12 = 1/3: j = 0: m_02 = 1/2, 1 - 1/3 * 1/2 = 5/6; j = 2: m_20 = 1,
  //   1 - 2/3 = 1/3; ES = 7/6.
  const auto ds = triangle_with_heavy_tie();
  const auto plain = metrics(ds, false);
  const auto weighted = metrics(ds, true);
  for (const auto* run : {&plain, &weighted}) {
    const Table& nodes = (*run)[3];
    const auto col = [&](const char* name) { return nodes.column_index(name); };
    const auto v0 = row_of(nodes, "p_0"), v1 = row_of(nodes, "p_1");
    // The unweighted columns, with or without --weighted.
    CHECK(nodes.real(v0, col("effective_size")) == Approx(7.0 / 3));
    CHECK(nodes.real(v0, col("efficiency")) == Approx(7.0 / 9));
    CHECK(nodes.real(v0, col("constraint")) == Approx(11.0 / 18));
    CHECK(nodes.real(v0, col("participation_groups")) == Approx(4.0 / 9));
    CHECK(nodes.real(v0, col("participation_authorities")) == Approx(4.0 / 9));
    CHECK(nodes.real(v0, col("participation_networks")) == Approx(4.0 / 9));
    CHECK(nodes.real(v1, col("effective_size")) == Approx(1.0));
  }
  const Table& nodes = weighted[3];
  const auto col = [&](const char* name) { return nodes.column_index(name); };
  const auto v0 = row_of(nodes, "p_0"), v1 = row_of(nodes, "p_1");
  CHECK(nodes.real(v0, col("effective_size_weighted")) == Approx(19.0 / 8));
  CHECK(nodes.real(v0, col("efficiency_weighted")) == Approx(19.0 / 24));
  CHECK(nodes.real(v0, col("constraint_weighted")) == Approx(361.0 / 576));
  CHECK(nodes.real(v0, col("participation_groups_weighted")) == Approx(0.5));
  CHECK(nodes.real(v0, col("participation_authorities_weighted")) == Approx(0.5));
  CHECK(nodes.real(v0, col("participation_networks_weighted")) == Approx(3.0 / 8));
  CHECK(nodes.real(v1, col("effective_size_weighted")) == Approx(7.0 / 6));
  // Without --weighted the variants are NA, not a copy of the unweighted value.
  const Table& unweighted_nodes = plain[3];
  for (const char* name : {"effective_size_weighted", "efficiency_weighted", "constraint_weighted",
                           "participation_groups_weighted", "community_weighted"}) {
    CHECK(unweighted_nodes.is_na(row_of(unweighted_nodes, "p_0"), unweighted_nodes.column_index(name)));
  }
}

TEST_CASE("Every metrics table: only the weighted variants change with --weighted", "[analysis][metrics]") {
  const auto ds = triangle_with_heavy_tie();
  const auto plain = metrics(ds, false);
  const auto weighted = metrics(ds, true);
  REQUIRE(plain.size() == 5);
  REQUIRE(weighted.size() == 5);
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const Table& p = plain[i];
    const Table& w = weighted[i];
    INFO("table " << p.name());
    REQUIRE(p.column_count() == w.column_count());
    REQUIRE(p.row_count() == w.row_count());
    for (std::size_t c = 0; c < p.column_count(); ++c) {
      const std::string& name = p.column(c).name;
      INFO("column " << name);
      CHECK(w.column(c).name == name);
      CHECK(w.column(c).description == p.column(c).description);
      for (std::size_t r = 0; r < p.row_count(); ++r) {
        if (name == "weighted") {
          CHECK_FALSE(p.boolean(r, c));
          CHECK(w.boolean(r, c));
        } else if (!is_weighted_variant(name)) {
          CHECK(w.format_cell(r, c) == p.format_cell(r, c));
        } else if (name != "ei_weighted") {  // E-I has its weighted variant either way
          CHECK(p.is_na(r, c));
        }
      }
    }
  }
  // What the weighted runs add, on the whole graph: Leiden with weights, and the group modularity
  // of {0, 1} and {2, 3} with weights: W = 5, e_A0 = 2, e_A1 = 0, S_A0 = 4 + 3 = 7, S_A1 = 2 + 1 = 3,
  // Q = 2/5 - (7/10)^2 + 0 - (3/10)^2 = -0.18 (each tie once: 1/4 - (5/8)^2 - (3/8)^2 = -9/32).
  const Table& graph = weighted[0];
  CHECK(graph.real(0, graph.column_index("group_modularity_weighted")) == Approx(-0.18));
  CHECK(graph.real(0, graph.column_index("group_modularity")) == Approx(-9.0 / 32));
  CHECK_FALSE(graph.is_na(0, graph.column_index("communities_weighted")));
  CHECK(graph.text(0, graph.column_index("community_method_weighted")).rfind("leiden:runs=10:", 0) == 0);
}

TEST_CASE("Metrics columns describe the tie weight in force (--newman)", "[analysis][metrics]") {
  const auto ds = triangle_with_heavy_tie();
  const auto shared = metrics(ds, true);
  const auto newman = metrics(ds, true, g::TieWeight::Newman);
  const auto description = [](const Table& table, const char* column) {
    return table.column(table.column_index(column)).description;
  };
  const std::string newman_weight =
      "; a tie's weight: Newman's collaboration weight, the sum over the events the two shared of 1/(n - 1) for n "
      "attendees";
  CHECK(description(shared[3], "effective_size_weighted") ==
        "the same with a_ij = the tie's weight; NA unless --weighted, and for isolates; a tie's weight: events the two "
        "shared");
  CHECK(description(newman[3], "effective_size_weighted") ==
        "the same with a_ij = the tie's weight; NA unless --weighted, and for isolates" + newman_weight);
  CHECK(description(newman[3], "strength") == "sum of tie weights" + newman_weight);
  CHECK(description(newman[0], "total_weight") == "sum of tie weights" + newman_weight);
  CHECK(description(newman[1], "ei_weighted") == "the same with tie weights for counts; NA without ties" + newman_weight);
  CHECK(description(newman[2], "weight") == "sum of those ties' weights" + newman_weight);
  // Newman: 0-1 = 1/2 + 1/1 (events of 3 and 2), 0-2 = 1-2 = 1/2, 0-3 = 1: strength of 0 = 3.
  CHECK(newman[3].real(row_of(newman[3], "p_0"), newman[3].column_index("strength")) == Approx(3.0));
  CHECK(shared[3].real(row_of(shared[3], "p_0"), shared[3].column_index("strength")) == Approx(4.0));
  // Columns by tie count do not move with the weight.
  CHECK(newman[3].real(row_of(newman[3], "p_0"), newman[3].column_index("effective_size")) == Approx(7.0 / 3));
}
