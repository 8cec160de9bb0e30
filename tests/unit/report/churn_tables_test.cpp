// The tables of `reticulist churn` on a hand-built timeline: statuses and states, NA rates
// across a network's start or end, partnership totals over running networks only,
// representation, network life, tenure and cohort scopes, tie churn rows.
// Periods are 100 days each: P0 = days 0-99, P1 = 100-199, P2 = 200-299.
#include <catch2/catch.hpp>

#include "engine/graph/event_selection.hpp"
#include "engine/layers/layer_view.hpp"
#include "engine/report/churn_tables.hpp"
#include "tests/unit/metrics/churn_fixture.hpp"

namespace m = reticulist::model;
namespace t = reticulist::testing;

namespace {

//          P0              P1        P2
//   N0     0@A0 6@A1       0@A0      0@A0 1@A0      listed, open
//   N1     -               -         2 3 (A0)       not in networks.csv: runs in P2 only
//   N2     -               (empty)   1 (A0)         listed, started on day 120 (P1)
//   N3     4 5 (A0)        4 (A0)    -              listed, ended on day 130 (P1)
m::Dataset timeline() {
  auto ds = t::make_dataset(7, 4, 2,
                            {{0, 0, {{0, m::kNone, 0}, {6, m::kNone, 1}}},
                             {0, 3, t::people({4, 5})},
                             {110, 3, t::people({4})},
                             {150, 0, t::people({0})},
                             {250, 0, t::people({0, 1})},
                             {250, 1, t::people({2, 3})},
                             {250, 2, t::people({1})}});
  ds.networks.listed[1] = false;
  ds.networks.started[2] = 120;
  ds.networks.ended[3] = 130;
  return ds;
}

}  // namespace

TEST_CASE("Churn tables: transitions, by authority and representation", "[analysis][churn]") {
  const auto ds = timeline();
  const auto periods = reticulist::test_churn::hundred_day_periods(ds, 3);
  const auto data = reticulist::report::churn_data(ds, periods, 1);
  const auto tables = reticulist::report::membership_tables(data);
  const auto& tr = tables.transitions;
  const auto col = [&](const char* name) { return tr.column_index(name); };
  REQUIRE(tr.row_count() == 8);  // 2 transitions x 4 networks, transition-major
  const std::vector<std::string> status = {"running", "not_running", "starting", "running",
                                           "running", "starting",    "running",  "ending"};
  for (std::size_t r = 0; r < 8; ++r) CHECK(tr.text(r, col("network_status")) == status[r]);
  // P0 -> P1, N0: {0, 6} -> {0}; A1 lost.
  CHECK(tr.integer(0, col("members_before")) == 2);
  CHECK(tr.integer(0, col("stayers")) == 1);
  CHECK(tr.real(0, col("retention")) == 0.5);
  CHECK(tr.integer(0, col("authorities_before")) == 2);
  CHECK(tr.integer(0, col("authorities_after")) == 1);
  CHECK(tr.integer(0, col("authorities_lost")) == 1);
  CHECK(tr.integer(0, col("authorities_gained")) == 0);
  // N2 starts in P1 with no member: not_started -> empty, rates NA.
  CHECK(tr.text(2, col("state_before")) == "not_started");
  CHECK(tr.text(2, col("state_after")) == "empty");
  CHECK(tr.is_na(2, col("jaccard")));
  CHECK(tr.is_na(2, col("authorities_gained")));
  // N3 ends in P1: its last member is no mass leaving (rates NA); it is "ended", not empty, in P2.
  CHECK(tr.integer(7, col("leavers")) == 1);
  CHECK(tr.is_na(7, col("retention")));
  CHECK(tr.is_na(7, col("attrition")));
  CHECK(tr.text(7, col("state_after")) == "ended");
  // N1 starts in P2 with two members: counted, but no accession rate.
  CHECK(tr.integer(5, col("joiners")) == 2);
  CHECK(tr.is_na(5, col("accession")));
  // N2 runs P1 -> P2: from empty to one member, a new joiner; retention NA (|M| = 0), accession 1.
  CHECK(tr.text(6, col("state_before")) == "empty");
  CHECK(tr.is_na(6, col("retention")));
  CHECK(tr.real(6, col("accession")) == 1.0);

  const auto& by = tables.by_authority;
  const auto bc = [&](const char* name) { return by.column_index(name); };
  REQUIRE(by.row_count() >= 2);
  CHECK(by.text(0, bc("network")) == "N0");
  CHECK(by.text(0, bc("authority")) == "A0");
  CHECK(by.integer(0, bc("stayers")) == 1);
  CHECK(by.text(1, bc("authority")) == "A1");
  CHECK(by.integer(1, bc("leavers")) == 1);
  CHECK(by.real(1, bc("attrition")) == 1.0);

  const auto& rep = tables.representation;
  const auto rc = [&](const char* name) { return rep.column_index(name); };
  REQUIRE(rep.row_count() == by.row_count());
  CHECK(rep.text(1, rc("presence")) == "lost");
  CHECK(rep.real(1, rc("share_before")) == 0.5);
  CHECK(rep.real(1, rc("share_after")) == 0.0);
  CHECK(rep.integer(1, rc("change")) == -1);
  CHECK(rep.text(0, rc("presence")) == "kept");
  // A row of a network that ends has no presence verdict.
  bool ending_seen = false;
  for (std::size_t r = 0; r < rep.row_count(); ++r) {
    if (rep.text(r, rc("network_status")) == "ending") {
      ending_seen = true;
      CHECK(rep.is_na(r, rc("presence")));
    }
  }
  CHECK(ending_seen);
}

TEST_CASE("Churn tables: the partnership, with network totals over running networks only",
          "[analysis][churn]") {
  const auto ds = timeline();
  const auto periods = reticulist::test_churn::hundred_day_periods(ds, 3);
  const auto p = reticulist::report::partnership_table(reticulist::report::churn_data(ds, periods, 1));
  const auto col = [&](const char* name) { return p.column_index(name); };
  REQUIRE(p.row_count() == 2);
  // Partnership P0 {0 4 5 6}, P1 {0 4}, P2 {0 1 2 3}.
  CHECK(p.integer(0, col("members_before")) == 4);
  CHECK(p.integer(0, col("members_after")) == 2);
  CHECK(p.integer(1, col("joiners")) == 3);
  CHECK(p.integer(1, col("joiners_with_starting_networks")) == 2);
  CHECK(p.integer(1, col("leavers_with_ending_networks")) == 1);
  // P0 -> P1: running N0 (2 -> 1) and N3 (2 -> 1); N2 starts.
  CHECK(p.integer(0, col("networks_running")) == 2);
  CHECK(p.integer(0, col("networks_starting")) == 1);
  CHECK(p.integer(0, col("memberships_before")) == 4);
  CHECK(p.integer(0, col("memberships_kept")) == 2);
  CHECK(p.integer(0, col("memberships_ended")) == 2);
  CHECK(p.real(0, col("membership_retention")) == 0.5);
  // P1 -> P2: running N0 (1 -> 2) and N2 (0 -> 1); N1 starts, N3 ends: left out.
  CHECK(p.integer(1, col("networks_running")) == 2);
  CHECK(p.integer(1, col("networks_starting")) == 1);
  CHECK(p.integer(1, col("networks_ending")) == 1);
  CHECK(p.integer(1, col("memberships_before")) == 1);
  CHECK(p.integer(1, col("memberships_after")) == 3);
  CHECK(p.integer(1, col("memberships_begun")) == 2);
  CHECK(p.integer(1, col("memberships_ended")) == 0);
  CHECK(p.real(1, col("membership_accession")) == Approx(2.0 / 3.0));
}

TEST_CASE("Churn tables: network life, tenure, cohorts and tie churn", "[analysis][churn]") {
  const auto ds = timeline();
  const auto periods = reticulist::test_churn::hundred_day_periods(ds, 3);
  const auto data = reticulist::report::churn_data(ds, periods, 1);

  const auto life = reticulist::report::network_life_table(data);
  const auto lc = [&](const char* name) { return life.column_index(name); };
  REQUIRE(life.row_count() == 4);
  CHECK(life.text(1, lc("start_source")) == "first_record");
  CHECK(life.text(1, lc("end_source")) == "last_record");
  CHECK_FALSE(life.boolean(1, lc("listed")));
  CHECK(life.text(2, lc("started")) == "1970-05-01");
  CHECK(life.integer(2, lc("periods_empty")) == 1);
  CHECK(life.integer(2, lc("periods_running")) == 2);
  CHECK(life.text(3, lc("end_source")) == "ended_date");

  const auto tenure = reticulist::report::tenure_tables(data);
  REQUIRE(tenure.size() == 2);
  const auto& summary = tenure[1];
  REQUIRE(summary.row_count() == 6);  // partnership, all_networks, N0..N3
  CHECK(summary.text(0, summary.column_index("scope")) == "partnership");
  CHECK(summary.is_na(0, summary.column_index("network")));
  CHECK(summary.text(2, summary.column_index("network")) == "N0");
  // N3: 4 in P0-P1 reaches the network's end (censored); 5 left after P0.
  CHECK(summary.integer(5, summary.column_index("spells")) == 2);
  CHECK(summary.integer(5, summary.column_index("ended")) == 1);
  CHECK(summary.integer(5, summary.column_index("censored")) == 1);

  const auto cohorts = reticulist::report::cohorts_table(data);
  CHECK(cohorts.text(0, cohorts.column_index("scope")) == "partnership");
  CHECK(cohorts.integer(0, cohorts.column_index("cohort_size")) == 4);

  reticulist::NoProgress quiet;
  const auto ties = reticulist::report::tie_churn_table(ds, periods, {}, quiet);
  REQUIRE(ties.row_count() == 6);
  CHECK(ties.text(0, ties.column_index("layer")) == "practitioner");
  CHECK(ties.text(1, ties.column_index("layer")) == "practitioner_cross_authority");
  CHECK(ties.text(2, ties.column_index("layer")) == "authority");
  // P0 ties: 0-6 (A0-A1, crossing) and 4-5; P1: none (0 and 4 meet nobody). All dissolved.
  CHECK(ties.integer(0, ties.column_index("ties_before")) == 2);
  CHECK(ties.integer(0, ties.column_index("dissolved")) == 2);
  CHECK(ties.integer(1, ties.column_index("ties_before")) == 1);
  CHECK(ties.integer(2, ties.column_index("ties_before")) == 1);  // A0 - A1
  CHECK(ties.is_na(3, ties.column_index("dissolution_fraction")));  // P1 has no tie
}

TEST_CASE("Churn tables: run_churn gives every table, also with a single period", "[analysis][churn]") {
  const auto ds = t::make_dataset(2, 1, 1, {{0, 0, t::people({0, 1})}});
  const auto periods = reticulist::test_churn::hundred_day_periods(ds, 1);
  reticulist::NoProgress quiet;
  const auto tables = reticulist::report::run_churn(ds, periods, {}, quiet);
  std::vector<std::string> names;
  for (const auto& table : tables) names.push_back(table.name());
  CHECK(names == std::vector<std::string>{"partnership", "transitions", "transitions_by_authority", "representation",
                                          "tenure", "tenure_summary", "cohorts", "tie_churn", "network_life"});
  CHECK(tables[0].row_count() == 0);
  CHECK(tables[5].row_count() == 3);  // partnership, all_networks, N0: both spells censored
  CHECK(tables[5].is_na(0, tables[5].column_index("median_tenure")));
}

// The Board pack feeds TieChurnRows the period layers it builds for its tie tables
// (layers::build_layer), so that each period is projected once: the rows must be those that
// tie_churn_table makes from its own projections, cell for cell.
TEST_CASE("Churn tables: tie churn from the pack's period layers equals tie_churn_table", "[analysis][churn]") {
  const auto ds = timeline();
  const auto periods = reticulist::test_churn::hundred_day_periods(ds, 3);
  reticulist::NoProgress quiet;
  const auto expected = reticulist::report::tie_churn_table(ds, periods, {}, quiet);
  reticulist::report::TieChurnRows rows;
  for (const auto& p : periods) {
    const auto layer = reticulist::layers::build_layer(ds, reticulist::layers::LayerKind::Practitioner,
                                                       reticulist::graph::events_in_period(ds, p), {});
    rows.add(p.label, layer.graph, layer.entity, layer.affiliation);
  }
  const auto got = rows.take();
  REQUIRE(got.row_count() == expected.row_count());
  REQUIRE(got.column_count() == expected.column_count());
  for (std::size_t r = 0; r < got.row_count(); ++r) {
    for (std::size_t c = 0; c < got.column_count(); ++c) CHECK(got.format_cell(r, c) == expected.format_cell(r, c));
  }
  // run_churn takes such a table instead of projecting again, in tie_churn's place.
  reticulist::report::ChurnOptions options;
  options.tie_churn = got;
  const auto tables = reticulist::report::run_churn(ds, periods, options, quiet);
  REQUIRE(tables.size() == 9);
  CHECK(tables[7].name() == "tie_churn");
  CHECK(tables[7].row_count() == 6);
}
