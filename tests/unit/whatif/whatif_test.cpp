// reticulist whatif on a drawn dataset whose cut vertex, lost authority pairs, networks and
// establishments are known by hand; removal of nobody and of everybody; the random baseline.
#include "engine/whatif/whatif.hpp"

#include <catch2/catch.hpp>

#include "engine/whatif/whatif_baseline.hpp"
#include "engine/report/whatif_run.hpp"
#include "engine/report/whatif_tables.hpp"
#include "engine/error.hpp"
#include "support/model_builder.hpp"

namespace g = reticulist::graph;
namespace m = reticulist::model;
namespace t = reticulist::testing;

namespace {

// A bow tie across three authorities, and an isolate:
//
//   N0, day 100: p0@E0(A0), p1@E0(A0), p2@E1(A1)        ties 0-1, 0-2, 1-2
//   N1, day 110: p2@E1(A1), p3@E2(A2), p4@E2(A2)        ties 2-3, 2-4, 3-4
//   N1, day 120: p5 (central, A2) alone                 no tie: an isolate
//
//        0           3
//        | \       / |        p2 is the cut vertex. Cross-authority ties: 0-2, 1-2 (A0-A1),
//        |  2 --- .  |        2-3, 2-4 (A1-A2): 4 of 6. Without p2: the pairs A0-A1 and A1-A2,
//        | /       \ |        both networks' bridges (N0: 0-2, 1-2; N1: 2-3, 2-4) and the outside
//        1           4        ties of E0, E1 and E2 are all gone.        5 (isolate)
//
// Before: n = 6, components {0..4}, {5}: F = 1 - 20/30 = 1/3; the bow tie has 6 pairs at distance
// 1 and 4 at distance 2 (0-3, 0-4, 1-3, 1-4): sum 1/d = 2 (6 + 4/2) = 16 ordered, dF = 1 - 16/30 = 7/15.
// Without p2: n = 5, {0,1}, {3,4}, {5}: F = 1 - 4/20 = 0.8 and, every pair being adjacent, dF = 0.8.
m::Dataset bow_tie() {
  auto ds = t::make_dataset(6, 2, 3,
                            {{100, 0, {{0, 0, 0}, {1, 0, 0}, {2, 1, 1}}},
                             {110, 1, {{2, 1, 1}, {3, 2, 2}, {4, 2, 2}}},
                             {120, 1, {{5, m::kNone, 2}}}},
                            3, {0, 1, 2});
  // Designations: p2 was a class teacher in N0 and a QIO in N1; p3 coordinates N1.
  ds.designations = {"QIO", "class teacher"};
  ds.records.designation[2] = 1;  // records are sorted by event, then practitioner: p2 in N0
  ds.records.designation[3] = 0;  // p2 in N1
  ds.records.role[4] = m::Role::Coordinator;  // p3 in N1
  return ds;
}

reticulist::layers::Selection everything(const m::Dataset& ds) { return {"all", std::nullopt, g::all_events(ds)}; }

reticulist::whatif::WhatifState state(const m::Dataset& ds, const reticulist::whatif::WhatifLayer& w, std::vector<bool> removed) {
  const auto frame = reticulist::metrics::shuffled_frame(w.layer.graph, 1);
  return reticulist::whatif::assess(ds, w, removed, {true, frame, {}, 1});
}

std::vector<bool> only(std::uint32_t n, std::vector<g::Vertex> vertices) {
  std::vector<bool> out(n, false);
  for (auto v : vertices) out[v] = true;
  return out;
}

}  // namespace

TEST_CASE("What-if: removing the cut vertex of a bow tie", "[analysis][whatif]") {
  const auto ds = bow_tie();
  const auto w = reticulist::whatif::build_whatif_layer(ds, everything(ds), {});
  REQUIRE(w.layer.graph.vertex_count() == 6);
  CHECK(w.networks == std::vector<m::NetworkId>{0, 1});
  CHECK(w.bridge_offsets == std::vector<std::uint64_t>{0, 2, 4});

  const auto before = state(ds, w, only(6, {}));
  const auto& fb = before.figures;
  CHECK(fb.vertices == 6);
  CHECK(fb.ties == 6);
  CHECK(fb.components == 2);
  CHECK(*fb.giant_share == Approx(5.0 / 6));
  CHECK(fb.isolates == 1);
  CHECK(*fb.fragmentation == Approx(1.0 / 3));
  CHECK(*fb.distance_fragmentation.value == Approx(7.0 / 15));
  CHECK(fb.distance_fragmentation.exact);
  CHECK(fb.cross_authority_ties == 4);
  CHECK(*fb.cross_authority_share == Approx(4.0 / 6));
  CHECK(fb.authority_pairs_tied == 2);
  CHECK(fb.networks_with_bridges == 2);
  CHECK(fb.establishments_with_outside_tie == 3);
  CHECK(before.establishment_outside == std::vector<std::uint32_t>{2, 4, 2});  // tie ends

  const auto after = state(ds, w, only(6, {2}));
  const auto& fa = after.figures;
  CHECK(fa.people_removed == 1);
  CHECK(fa.vertices == 5);
  CHECK(fa.ties == 2);
  CHECK(fa.components == 3);
  CHECK(*fa.giant_share == Approx(0.4));
  CHECK(*fa.fragmentation == Approx(0.8));
  CHECK(*fa.distance_fragmentation.value == Approx(0.8));
  CHECK(fa.cross_authority_ties == 0);
  CHECK(*fa.cross_authority_share == 0.0);
  CHECK(fa.authority_pairs_tied == 0);
  CHECK(fa.networks_with_bridges == 0);
  CHECK(fa.establishments_with_outside_tie == 0);
  CHECK(after.network_removed == std::vector<std::uint32_t>{1, 1});
  CHECK(after.establishment_practitioners == std::vector<std::uint32_t>{2, 0, 2});

  const auto lost = reticulist::whatif::losses(before, after);
  REQUIRE(lost.authority_pairs.size() == 2);
  const auto& c0 = before.blocks.cells[lost.authority_pairs[0]];
  const auto& c1 = before.blocks.cells[lost.authority_pairs[1]];
  CHECK(w.authority.labels[c0.g] == "A0");
  CHECK(w.authority.labels[c0.h] == "A1");
  CHECK(w.authority.labels[c1.g] == "A1");
  CHECK(w.authority.labels[c1.h] == "A2");
  CHECK(lost.networks == std::vector<std::uint32_t>{0, 1});
  CHECK(lost.establishments == std::vector<m::EstablishmentId>{0, 1, 2});
}

TEST_CASE("What-if: removing nobody changes nothing; removing everybody leaves nothing", "[analysis][whatif]") {
  const auto ds = bow_tie();
  const auto w = reticulist::whatif::build_whatif_layer(ds, everything(ds), {});
  const auto before = state(ds, w, only(6, {}));
  const auto same = state(ds, w, only(6, {}));
  CHECK(same.figures.ties == before.figures.ties);
  CHECK(*same.figures.distance_fragmentation.value == *before.figures.distance_fragmentation.value);
  const auto none_lost = reticulist::whatif::losses(before, same);
  CHECK(none_lost.authority_pairs.empty());
  CHECK(none_lost.networks.empty());
  CHECK(none_lost.establishments.empty());

  const auto gone = state(ds, w, std::vector<bool>(6, true));
  const auto& f = gone.figures;
  CHECK(f.people_removed == 6);
  CHECK(f.vertices == 0);
  CHECK(f.components == 0);
  CHECK_FALSE(f.giant_share.has_value());
  CHECK_FALSE(f.fragmentation.has_value());
  CHECK_FALSE(f.distance_fragmentation.value.has_value());
  CHECK_FALSE(f.cross_authority_share.has_value());
  const auto all_lost = reticulist::whatif::losses(before, gone);
  CHECK(all_lost.authority_pairs.size() == 2);
  CHECK(all_lost.networks.size() == 2);
  CHECK(all_lost.establishments.size() == 3);
}

TEST_CASE("What-if: who is removed, and why", "[analysis][whatif]") {
  const auto ds = bow_tie();
  const auto sel = everything(ds);
  const auto w = reticulist::whatif::build_whatif_layer(ds, sel, {});
  const std::vector<double> no_scores;

  reticulist::whatif::RemovalCriteria by_name;
  by_name.pseudonyms = {" P_2 ", "p_99", "p_99"};
  auto r = reticulist::whatif::select_removal(ds, w, sel.events, by_name, no_scores);
  CHECK(r.count == 1);
  CHECK(r.removed[2]);
  CHECK(r.reasons[2] == "pseudonym");
  CHECK(r.absent == std::vector<std::string>{"p_99"});

  // A designation held in any record of the selection, case-insensitively; and the union.
  reticulist::whatif::RemovalCriteria mixed;
  mixed.pseudonyms = {"p_2"};
  mixed.designations = {"qio"};
  mixed.roles = {m::Role::Coordinator};
  mixed.central = true;
  r = reticulist::whatif::select_removal(ds, w, sel.events, mixed, no_scores);
  CHECK(r.count == 3);
  CHECK(r.reasons[2] == "pseudonym;designation");
  CHECK(r.reasons[3] == "role");
  CHECK(r.reasons[5] == "central");
  CHECK(mixed.describe() == "1 pseudonym(s); designation=qio; role=coordinator; central staff");
  mixed.by_identifier = 1;  // the person was named by identifier, and pseudonymised on the way in
  CHECK(mixed.describe() == "1 pseudonym(s), 1 given by identifier; designation=qio; role=coordinator; central staff");

  // In N0's period alone p2 was a class teacher, not a QIO.
  const reticulist::layers::Selection first{"early", m::Period{"early", 100, 105}, {0}};
  const auto w0 = reticulist::whatif::build_whatif_layer(ds, first, {});
  reticulist::whatif::RemovalCriteria qio;
  qio.designations = {"QIO"};
  CHECK(reticulist::whatif::select_removal(ds, w0, first.events, qio, no_scores).count == 0);

  reticulist::whatif::RemovalCriteria unknown;
  unknown.designations = {"HT"};
  CHECK_THROWS_WITH(reticulist::whatif::select_removal(ds, w, sel.events, unknown, no_scores),
                    "--remove-designation HT: no record has this designation (the data has: QIO, class teacher)");

  // The top 1 by betweenness: p2 lies on the 4 shortest paths between {0,1} and {3,4}.
  reticulist::whatif::RemovalCriteria top;
  top.top_k = 1;
  std::string method;
  const auto between = reticulist::whatif::bridging_scores(w, reticulist::whatif::BridgingMeasure::betweenness, {}, 1, 1, &method);
  CHECK(between[2] == 4.0);
  CHECK(method == "exact (Brandes)");
  r = reticulist::whatif::select_removal(ds, w, sel.events, top, between);
  CHECK(r.count == 1);
  CHECK(r.reasons[2] == "top_betweenness");
  // Brokerage between authorities: p2 brokers all 4 open two-paths (0-2-3, 0-2-4, 1-2-3, 1-2-4).
  CHECK(reticulist::whatif::bridging_scores(w, reticulist::whatif::BridgingMeasure::brokerage, {}, 1, 1)[2] == 4.0);
  // Participation over authorities: p2's 4 ties, 2 to A0 and 2 to A2: 1 - (1/4 + 1/4) = 0.5;
  // the isolate p5 ranks last (-1).
  const auto part = reticulist::whatif::bridging_scores(w, reticulist::whatif::BridgingMeasure::participation, {}, 1, 1);
  CHECK(part[2] == Approx(0.5));
  CHECK(part[5] == -1.0);
}

TEST_CASE("What-if: the random baseline is reproducible for a seed, on any number of threads",
          "[analysis][whatif][baseline]") {
  const auto ds = bow_tie();
  const auto w = reticulist::whatif::build_whatif_layer(ds, everything(ds), {});
  const auto frame = reticulist::metrics::shuffled_frame(w.layer.graph, 1);
  const auto before = reticulist::whatif::assess(ds, w, std::vector<bool>(6, false), {true, frame, {}, 1});
  reticulist::NoProgress quiet;
  reticulist::whatif::BaselineOptions options;
  options.repetitions = 600;
  options.seed = 7;
  options.assess = {true, frame, {}, 1};
  options.threads = 1;
  const auto one = reticulist::whatif::random_baseline(ds, w, before, 1, options, quiet);
  options.threads = 4;
  const auto four = reticulist::whatif::random_baseline(ds, w, before, 1, options, quiet);
  REQUIRE(one.figures.size() == 600);
  double cross = 0;
  for (std::size_t r = 0; r < 600; ++r) {
    CHECK(one.figures[r].cross_authority_ties == four.figures[r].cross_authority_ties);
    CHECK(one.figures[r].distance_fragmentation.value == four.figures[r].distance_fragmentation.value);
    CHECK(one.authority_pairs_lost[r] == four.authority_pairs_lost[r]);
    cross += static_cast<double>(one.figures[r].cross_authority_ties);
  }
  CHECK(one.cell_lost == four.cell_lost);
  CHECK(one.network_lost == four.network_lost);
  CHECK(one.establishment_lost == four.establishment_lost);
  CHECK(one.cell_ties == four.cell_ties);
  // Removing one of the six at random leaves 3 cross ties (p0, p1, p3 or p4 gone), 0 (p2) or 4
  // (p5): 16/6 on average. p2 goes in about 1/6 of the repetitions, taking both pairs with it.
  CHECK(cross / 600 == Approx(16.0 / 6).margin(0.25));
  CHECK(static_cast<double>(one.cell_lost[1]) / 600 ==  // cell 1 of the block matrix: (A0, A1)
        Approx(1.0 / 6).margin(0.06));
  // Another seed, another draw.
  options.seed = 8;
  const auto other = reticulist::whatif::random_baseline(ds, w, before, 1, options, quiet);
  bool differs = false;
  for (std::size_t r = 0; r < 600; ++r) differs |= other.figures[r].ties != one.figures[r].ties;
  CHECK(differs);
  // Removing nobody at random: every repetition is the layer itself.
  const auto nobody = reticulist::whatif::random_baseline(ds, w, before, 0, options, quiet);
  for (const auto& f : nobody.figures) CHECK(f.ties == 6);
}

TEST_CASE("What-if tables for the bow tie without p_2", "[analysis][whatif][tables]") {
  const auto ds = bow_tie();
  reticulist::whatif::WhatifOptions options;
  options.remove.pseudonyms = {"p_2"};
  options.repetitions = 50;
  options.key_players = 1;
  reticulist::NoProgress quiet;
  const auto tables = reticulist::report::run_whatif(ds, {everything(ds)}, options, quiet);
  REQUIRE(tables.size() == 8);
  const auto& scenario = tables[0];
  const auto row_of = [&](const std::string& measure) {
    for (std::size_t r = 0; r < scenario.row_count(); ++r) {
      if (scenario.text(r, scenario.column_index("measure")) == measure) return r;
    }
    FAIL("no row " << measure);
    return std::size_t{0};
  };
  const auto before = scenario.column_index("before");
  const auto after = scenario.column_index("after");
  CHECK(scenario.real(row_of("fragmentation"), before) == Approx(1.0 / 3));
  CHECK(scenario.real(row_of("fragmentation"), after) == Approx(0.8));
  CHECK(scenario.real(row_of("distance_fragmentation"), before) == Approx(7.0 / 15));
  CHECK(scenario.real(row_of("distance_fragmentation"), after) == Approx(0.8));
  CHECK(scenario.real(row_of("distance_fragmentation"), scenario.column_index("before_se")) == 0.0);
  CHECK(scenario.real(row_of("authority_pairs_lost"), after) == 2.0);
  CHECK(scenario.real(row_of("networks_losing_every_cross_authority_tie"), after) == 2.0);
  CHECK(scenario.real(row_of("establishments_losing_every_outside_tie"), after) == 3.0);
  CHECK(scenario.text(row_of("cross_authority_ties"), scenario.column_index("worse_when")) == "lower");
  // No random single removal loses more than removing p2 does: p2's own draws tie with it.
  const auto as_bad = scenario.real(row_of("authority_pairs_lost"), scenario.column_index("baseline_share_as_bad"));
  CHECK(as_bad > 0.0);
  CHECK(as_bad < 0.5);

  const auto& removed = tables[1];
  REQUIRE(removed.row_count() == 1);
  CHECK(removed.text(0, removed.column_index("practitioner")) == "p_2");
  CHECK(removed.integer(0, removed.column_index("cross_authority_ties")) == 4);

  const auto& pairs = tables[2];
  REQUIRE(pairs.row_count() == 2);
  CHECK(pairs.text(0, 1) == "A0");
  CHECK(pairs.text(0, 2) == "A1");
  CHECK(pairs.integer(0, 3) == 2);
  CHECK(pairs.text(1, 1) == "A1");
  CHECK(pairs.text(1, 2) == "A2");

  const auto& networks = tables[3];
  REQUIRE(networks.row_count() == 2);
  CHECK(networks.text(0, networks.column_index("network")) == "N0");
  CHECK(networks.integer(1, networks.column_index("members")) == 4);  // p2, p3, p4 and p5
  CHECK(networks.integer(1, networks.column_index("cross_authority_ties_before")) == 2);

  const auto& establishments = tables[4];
  REQUIRE(establishments.row_count() == 3);
  CHECK(establishments.integer(1, establishments.column_index("practitioners_after")) == 0);  // E1: p2 only

  const auto& blocks = tables[5];
  REQUIRE(blocks.row_count() == 4);  // A0-A0, A0-A1, A1-A2, A2-A2 had ties
  CHECK(blocks.integer(1, blocks.column_index("ties_lost")) == 2);
  CHECK(blocks.real(1, blocks.column_index("share_lost")) == 1.0);
  CHECK(blocks.integer(0, blocks.column_index("ties_after")) == 1);

  // Who matters most: p2 (4 cross-authority ties, every tie of A0-A1 and of A1-A2), then the
  // four with one each, by degree and vertex order; the isolate p5 is not listed.
  const auto& who = tables[6];
  REQUIRE(who.row_count() == 5);
  CHECK(who.text(0, who.column_index("practitioner")) == "p_2");
  CHECK(who.integer(0, who.column_index("authority_pairs_sole_link")) == 2);
  CHECK(who.real(0, who.column_index("share_of_cross_authority_ties")) == 1.0);
  CHECK(who.boolean(0, who.column_index("removed_in_scenario")));
  CHECK(who.text(1, who.column_index("practitioner")) == "p_0");
  CHECK(who.integer(1, who.column_index("authority_pairs_sole_link")) == 0);

  const auto& key = tables[7];
  REQUIRE(key.row_count() == 1);
  CHECK(key.text(0, key.column_index("practitioner")) == "p_2");
  CHECK(key.real(0, key.column_index("fragmentation_after")) == Approx(0.8));
}
