// The diagrams drawn from disclosed tables: authorities (by practitioners and by establishments),
// authorities beside networks, and networks sharing members. Suppressed counts are "[c]".
#include <catch2/catch.hpp>

#include <cmath>

#include "engine/error.hpp"
#include "unit/viz/diagram_fixture.hpp"
#include "viz/diagram/authorities_diagram.hpp"
#include "viz/diagram/network_diagrams.hpp"

namespace v = reticulist::viz;
namespace t = reticulist::testing;
namespace r = reticulist::report;

TEST_CASE("Authorities diagram: circles by practitioners, lines by cross-authority ties", "[viz][diagram]") {
  // diagram_fixture.hpp: 2023/24 has A0 120, A1 30, A2 [c]; lines A0-A1 40 and A0-A2 [c]; the
  // diagonal A0-A0 and the tie-less A1-A2 give no line; 2022/23 is not drawn.
  const auto names = t::diagram_names();
  v::AuthoritiesDiagramOptions options;
  options.names = &names;
  const auto d = v::authorities_diagram(t::diagram_groups(), t::diagram_group_pairs(), "2023/24", options);
  CHECK(d.title == "How the authorities' practitioners are tied, 2023/24");
  REQUIRE(d.nodes.size() == 3);
  CHECK(d.nodes[0].id == "A0");
  CHECK(d.nodes[0].label == "Glasgow City");
  CHECK(d.nodes[0].size == 120.0);
  CHECK(d.nodes[0].size_text == "120 practitioners");
  CHECK(d.nodes[1].label == "Argyll & Bute \"North\" \\N");
  CHECK(d.nodes[1].size == 30.0);
  CHECK(std::isnan(d.nodes[2].size));  // suppressed: not to scale
  CHECK(d.nodes[2].size_text == "[c] practitioners");
  CHECK(d.nodes[0].group == 0);
  CHECK(d.nodes[2].group == 2);
  CHECK(d.legend.groups.empty());  // every circle is labelled
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].a == 0);
  CHECK(d.edges[0].b == 1);
  CHECK(d.edges[0].weight == 40.0);
  CHECK(d.edges[0].label == "40");
  CHECK_FALSE(d.edges[0].suppressed);
  CHECK(d.edges[1].b == 2);
  CHECK(d.edges[1].suppressed);
  CHECK(d.edges[1].label == "[c]");
  CHECK(d.edges[1].tooltip == "Glasgow City \u2013 Inverclyde: [c] ties");
  CHECK(d.footnote.empty());

  // Without names: ids. Thousands are separated.
  auto groups = t::diagram_groups();
  groups.set(1, 4, std::int64_t{12345});
  const auto plain = v::authorities_diagram(groups, t::diagram_group_pairs(), "2023/24");
  CHECK(plain.nodes[0].label == "A0");
  CHECK(plain.nodes[0].size_text == "12,345 practitioners");
}

TEST_CASE("Authorities diagram: with many authorities, each one's strongest lines only", "[viz][diagram]") {
  // 14 authorities A0..A13, every pair tied, ties(Ai, Aj) = 10 i + j + 1 for i < j (all distinct;
  // 91 pairs). Each authority keeps its 3 heaviest lines: A13's are with A12, A11, A10 (134, 124, 114);
  // the union is what is drawn. By hand: for Aj (j >= 3) the heaviest lines are those to the
  // highest-numbered others; A0's are to A13, A12, A11 (ties 14, 13, 12).
  using report_type = r::ColumnType;
  r::Table groups("groups", "Groups", "one row per period and group");
  groups.add_column("period", report_type::Text, "period");
  groups.add_column("layer", report_type::Text, "layer", r::Holds::Detail);
  groups.add_column("grouping", report_type::Text, "grouping", r::Holds::Detail);
  groups.add_column("group", report_type::Text, "group");
  groups.add_column("vertices", report_type::Integer, "vertices", r::Holds::PeopleCount);
  r::Table pairs("group_pairs", "Group pairs", "one row per period and pair of groups");
  pairs.add_column("period", report_type::Text, "period");
  pairs.add_column("layer", report_type::Text, "layer", r::Holds::Detail);
  pairs.add_column("grouping", report_type::Text, "grouping", r::Holds::Detail);
  pairs.add_column("group_a", report_type::Text, "first group");
  pairs.add_column("group_b", report_type::Text, "second group");
  pairs.add_column("ties", report_type::Integer, "ties");
  const int n = 14;
  for (int i = 0; i < n; ++i) groups.append_row({"2023/24", "practitioner", "authority", "A" + std::to_string(i), 50});
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) {
      pairs.append_row({"2023/24", "practitioner", "authority", "A" + std::to_string(i), "A" + std::to_string(j),
                        std::int64_t{10 * i + j + 1}});
    }
  }
  const auto d = v::authorities_diagram(groups, pairs, "2023/24");
  // Brute force of the rule: a pair is kept when it is among the 3 heaviest of either end.
  auto weight = [](int i, int j) { return i < j ? 10 * i + j + 1 : 10 * j + i + 1; };
  auto in_top3 = [&](int x, int other) {
    int heavier = 0;
    for (int k = 0; k < n; ++k) {
      if (k != x && k != other && weight(x, k) > weight(x, other)) ++heavier;
    }
    return heavier < 3;
  };
  std::size_t expected = 0;
  for (int i = 0; i < n; ++i) {
    for (int j = i + 1; j < n; ++j) expected += (in_top3(i, j) || in_top3(j, i)) ? 1 : 0;
  }
  REQUIRE(d.edges.size() == expected);
  for (const auto& e : d.edges) {
    CHECK((in_top3(static_cast<int>(e.a), static_cast<int>(e.b)) || in_top3(static_cast<int>(e.b), static_cast<int>(e.a))));
  }
  // A0's three: A11, A12, A13 (12, 13, 14 ties).
  std::size_t a0_lines = 0;
  for (const auto& e : d.edges) a0_lines += e.a == 0 ? 1 : 0;
  CHECK(a0_lines == 3);
  CHECK(d.footnote == "Lines: each authority's 3 strongest ties are drawn (" + std::to_string(expected) +
                          " of 91 pairs with ties); the heatmap gives every pair.");

  // 12 authorities or fewer: every line.
  v::AuthoritiesDiagramOptions all;
  all.all_lines_up_to = 14;
  CHECK(v::authorities_diagram(groups, pairs, "2023/24", all).edges.size() == 91);
}

TEST_CASE("Authorities diagram: an authority with nobody engaged is named, not drawn", "[viz][diagram]") {
  auto groups = t::diagram_groups();
  groups.set(2, 4, std::int64_t{0});  // A1: 0 practitioners
  const auto d = v::authorities_diagram(groups, t::diagram_group_pairs(), "2023/24");
  REQUIRE(d.nodes.size() == 2);
  CHECK(d.nodes[1].id == "A2");
  CHECK(d.footnote == "Not drawn, with no practitioners engaged in 2023/24: A1.");
  REQUIRE(d.edges.size() == 1);  // A0-A1 has no circle to join
  CHECK(d.edges[0].b == 1);
}

TEST_CASE("Authorities diagram by establishments engaged (summary's by_authority)", "[viz][diagram]") {
  // A0 40 establishments, A1 10, A2 0 (not drawn, named in the footnote).
  const auto d = v::authorities_establishments_diagram(t::diagram_names(), t::diagram_group_pairs(), "2023/24");
  REQUIRE(d.nodes.size() == 2);
  CHECK(d.nodes[0].label == "Glasgow City");
  CHECK(d.nodes[0].size_text == "40 establishments");
  CHECK(d.nodes[1].size == 10.0);
  CHECK(d.legend.size_meaning == "Circle area: establishments engaged in 2023/24.");
  CHECK(d.footnote == "Not drawn, with no establishments engaged in 2023/24: Inverclyde.");
  CHECK(d.edges.size() == 1);
}

TEST_CASE("Authorities diagram errors name the table, the column or the period", "[viz][diagram]") {
  CHECK_THROWS_WITH(v::authorities_diagram(t::diagram_groups(), t::diagram_group_pairs(), "2031/32"),
                    "authorities diagram: groups has no row for period 2031/32");
  CHECK_THROWS_AS(v::authorities_diagram(t::diagram_groups(), t::diagram_group_pairs(), "2031/32"), reticulist::ConfigError);
  CHECK_THROWS_WITH(v::authorities_diagram(t::diagram_group_pairs(), t::diagram_group_pairs(), "2023/24"),
                    "authorities diagram: table group_pairs has no column group");
}

namespace {

//   period   authority  network  network_name                                   reached  practitioners
//   2023/24  A0         N1       Virtual Leadership Network: Primary Heads 1          3        12
//   2023/24  A1         N1       (same)                                               1        [c]
//   2023/24  A1         N2       Early Years                                          2         6
r::Table by_authority_network() {
  r::Table t("by_authority_network", "t", "d");
  t.add_column("period", r::ColumnType::Text, "p");
  t.add_column("authority", r::ColumnType::Text, "a");
  t.add_column("network", r::ColumnType::Text, "n");
  t.add_column("network_name", r::ColumnType::Text, "n", r::Holds::Detail);
  t.add_column("establishments_reached", r::ColumnType::Integer, "e", r::Holds::EstablishmentCount);
  const auto people = t.add_column("practitioners", r::ColumnType::Integer, "p", r::Holds::PeopleCount);
  t.append_row({"2023/24", "A0", "N1", "Virtual Leadership Network: Primary Heads 1", 3, 12});
  t.append_row({"2023/24", "A1", "N1", "Virtual Leadership Network: Primary Heads 1", 1, 2});
  t.append_row({"2023/24", "A1", "N2", "Early Years", 2, 6});
  t.append_row({"all", "A1", "N2", "Early Years", 2, 6});
  t.suppress(1, people);
  return t;
}

}  // namespace

TEST_CASE("Networks bipartite diagram: authorities left, networks right, lines by practitioners", "[viz][diagram]") {
  const auto d = v::networks_bipartite_diagram(by_authority_network(), "2023/24", {.name_width = 20});
  REQUIRE(d.nodes.size() == 4);
  CHECK(d.nodes[0].id == "authority A0");
  CHECK(d.nodes[0].rank == 0);
  CHECK(d.nodes[1].group == 1);
  CHECK(d.nodes[2].id == "network N1");
  CHECK(d.nodes[2].rank == 1);
  CHECK(d.nodes[2].group == v::kNoGroup);
  CHECK(d.nodes[2].label == "Virtual Leadership\nNetwork: Primary\nHeads 1");  // wrapped at 20
  CHECK(d.nodes[3].label == "Early Years");
  REQUIRE(d.edges.size() == 3);
  CHECK(d.edges[0].weight == 12.0);
  CHECK(d.edges[0].label == "12");
  CHECK(d.edges[0].group == 0);  // the authority's colour
  CHECK(d.edges[1].suppressed);
  CHECK(d.edges[1].label == "[c]");
  CHECK(d.edges[1].tooltip == "A1 \u2013 N1: Virtual Leadership Network: Primary Heads 1: [c] practitioners, 1 establishments reached");
  CHECK(d.edges[2].weight == 6.0);
  // By establishments reached instead: nothing suppressed there.
  const auto by_places = v::networks_bipartite_diagram(by_authority_network(), "2023/24", {.width_by_establishments = true});
  CHECK(by_places.edges[1].weight == 1.0);
  CHECK_FALSE(by_places.edges[1].suppressed);
  CHECK(v::choose_layout(d) == v::LayoutEngine::Dot);
}

namespace {

//   N1-N2: shared 4, members 10 and 6: Jaccard 4 / 12 = 1/3
//   N1-N3: shared [c] (and its Jaccard with it)
//   N2-N3: shared 1, members 6 and 2: Jaccard 1 / 7
r::Table network_pairs() {
  r::Table t("network_pairs", "t", "d");
  t.add_column("period", r::ColumnType::Text, "p");
  for (const char* c : {"network_a", "network_b"}) t.add_column(c, r::ColumnType::Text, "n");
  for (const char* c : {"name_a", "name_b"}) t.add_column(c, r::ColumnType::Text, "n", r::Holds::Detail);
  const auto shared = t.add_column("shared_members", r::ColumnType::Integer, "s", r::Holds::PeopleCount);
  for (const char* c : {"members_a", "members_b"}) t.add_column(c, r::ColumnType::Integer, "m", r::Holds::PeopleCount);
  const auto jaccard = t.add_column("jaccard", r::ColumnType::Real, "j", r::Holds::Share);
  t.append_row({"2023/24", "N1", "N2", "One", "Two", 4, 10, 6, 1.0 / 3.0});
  t.append_row({"2023/24", "N1", "N3", "One", "Three", 1, 10, 2, 0.1});
  t.append_row({"2023/24", "N2", "N3", "Two", "Three", 1, 6, 2, 1.0 / 7.0});
  t.suppress(1, shared);
  t.suppress(1, jaccard);
  return t;
}

}  // namespace

TEST_CASE("Network overlap diagram: shared members and Jaccard, the cap said on the figure", "[viz][diagram]") {
  const auto d = v::network_overlap_diagram(network_pairs(), "2023/24");
  REQUIRE(d.nodes.size() == 3);
  CHECK(d.nodes[0].label == "One");
  CHECK(d.nodes[0].size == 10.0);
  CHECK(d.nodes[2].size_text == "2 members");
  REQUIRE(d.edges.size() == 3);
  CHECK(d.edges[0].label == "4 \u00b7 33%");
  CHECK(d.edges[1].label == "[c]");
  CHECK(d.edges[1].suppressed);
  CHECK(d.edges[2].label == "1 \u00b7 14%");
  CHECK(d.footnote.empty());
  // At most one pair: the largest overlap, 1/3; a suppressed one (unknown) would come last.
  const auto capped = v::network_overlap_diagram(network_pairs(), "2023/24", {.max_pairs = 1});
  REQUIRE(capped.edges.size() == 1);
  CHECK(capped.edges[0].label == "4 \u00b7 33%");
  CHECK(capped.nodes.size() == 2);  // N1 and N2: without the networks table, the networks of drawn lines
  CHECK(capped.footnote == "Lines drawn: 1 of the 3 pairs that share members, the largest overlaps.");
  // Jaccard at least 20%: only N1-N2 (the suppressed pair's overlap is unknown, so not shown).
  const auto above = v::network_overlap_diagram(network_pairs(), "2023/24", {.min_jaccard = 0.2});
  CHECK(above.edges.size() == 1);
  CHECK(above.footnote == "Lines drawn: 1 of the 3 pairs that share members, the largest overlaps with Jaccard at least 20%.");
}

TEST_CASE("Network overlap diagram with the networks table: every network, coloured by workstream", "[viz][diagram]") {
  r::Table nets("networks", "t", "d");
  nets.add_column("period", r::ColumnType::Text, "p");
  nets.add_column("network", r::ColumnType::Text, "n");
  nets.add_column("name", r::ColumnType::Text, "n", r::Holds::Detail);
  nets.add_column("workstream", r::ColumnType::Text, "w");
  nets.add_column("members", r::ColumnType::Integer, "m", r::Holds::PeopleCount);
  nets.append_row({"2023/24", "N1", "One", "Leadership", 10});
  nets.append_row({"2023/24", "N2", "Two", "Curriculum", 6});
  nets.append_row({"2023/24", "N3", "Three", std::nullopt, 2});
  nets.append_row({"2023/24", "N4", "Alone", "Curriculum", 5});  // shares no one
  const auto d = v::network_overlap_diagram(network_pairs(), "2023/24", {.networks = &nets});
  CHECK(d.legend.groups == std::vector<std::string>{"no workstream", "Curriculum", "Leadership"});
  REQUIRE(d.nodes.size() == 4);
  CHECK(d.nodes[0].group == 2);
  CHECK(d.nodes[1].group == 1);
  CHECK(d.nodes[2].group == 0);
  CHECK(d.nodes[3].label == "Alone");
  CHECK(d.edges.size() == 3);

  // More networks (4) than all_networks_up_to (3): only those on a drawn line (the one pair
  // kept, N1-N2), still coloured by the table's workstreams, and the footnote says so.
  const auto few = v::network_overlap_diagram(network_pairs(), "2023/24",
                                              {.max_pairs = 1, .networks = &nets, .all_networks_up_to = 3});
  REQUIRE(few.nodes.size() == 2);
  CHECK(few.nodes[0].id == "N1");
  CHECK(few.nodes[0].group == 2);
  CHECK(few.nodes[1].id == "N2");
  CHECK(few.nodes[1].group == 1);
  CHECK(few.legend.groups.size() == 3);
  CHECK(few.footnote == "Lines drawn: 1 of the 3 pairs that share members, the largest overlaps. "
                        "Circles: the 2 networks on a drawn line, of the 4 with members in 2023/24.");
}
