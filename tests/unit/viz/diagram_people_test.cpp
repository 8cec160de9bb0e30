// Diagrams of people and places from a layer: the practitioners' backbone with the reticulists
// highlighted, and one practitioner's or establishment's strongest ties.
#include <catch2/catch.hpp>

#include "engine/graph/event_selection.hpp"
#include "viz/diagram/people_diagrams.hpp"
#include "support/model_builder.hpp"

namespace v = reticulist::viz;
namespace t = reticulist::testing;
namespace l = reticulist::layers;
namespace r = reticulist::report;

namespace {

// Practitioners 0, 1 at E0 (A0); 2 at E1 (A1); 3, 4 at E2 (A1). Co-attendance (weight = shared events):
//
//     0 ---4--- 1          k and s: 0: 2, 5   1: 2, 5   2: 2, 2   3: 3, 5   4: 1, 3
//     |         |          alpha from each end, (1 - w/s)^(k - 1):
//     1         1            0-1: 0.2 and 0.2        1-2: 0.8 and 0.5     2-3: 0.5 and 0.64
//     |         |            0-3: 0.8 and 0.64       3-4: (2/5)^2 = 0.16 from 3, undefined from 4
//     3 ---1--- 2          At alpha 0.25: 0-1 and 3-4 are kept; 2 is left without a tie.
//     |
//     3
//     |
//     4
reticulist::model::Dataset people() {
  const t::Attendance p0{0, 0, 0}, p1{1, 0, 0}, p2{2, 1, 1}, p3{3, 2, 1}, p4{4, 2, 1};
  std::vector<t::TestEvent> events;
  for (int d = 0; d < 4; ++d) events.push_back({10 + d, 0, {p0, p1}});
  events.push_back({20, 1, {p1, p2}});
  events.push_back({21, 1, {p2, p3}});
  events.push_back({22, 1, {p0, p3}});
  for (int d = 0; d < 3; ++d) events.push_back({30 + d, 1, {p3, p4}});
  return t::make_dataset(5, 2, 2, events, 3, {0, 1, 1});
}

l::LayerView layer_of(const reticulist::model::Dataset& ds, l::LayerKind kind) {
  return l::build_layer(ds, kind, reticulist::graph::all_events(ds), {});
}

}  // namespace

TEST_CASE("Practitioners diagram: the backbone, coloured by authority, reticulists highlighted", "[viz][diagram]") {
  const auto ds = people();
  const auto layer = layer_of(ds, l::LayerKind::Practitioner);
  REQUIRE(layer.graph.edge_count() == 5);
  const std::vector<bool> flags{false, true, false, false, false};
  const auto d = v::practitioners_diagram(ds, layer, flags, "all", {.alpha = 0.25});
  REQUIRE(d.nodes.size() == 4);  // 0, 1, 3, 4
  CHECK(d.nodes[0].id == "p_0");
  CHECK(d.nodes[2].id == "p_3");
  CHECK(d.nodes[2].size == 3.0);  // all its ties, not only those drawn
  CHECK(d.nodes[1].highlighted);
  CHECK_FALSE(d.nodes[0].highlighted);
  CHECK(d.nodes[0].group == 0);
  CHECK(d.nodes[2].group == 1);
  CHECK(d.legend.groups == std::vector<std::string>{"Authority 0", "Authority 1"});
  CHECK(d.nodes[1].tooltip == "p_1, Authority 0, 2 ties, reticulist");
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].a == 0);
  CHECK(d.edges[0].b == 1);
  CHECK(d.edges[0].weight == 4.0);
  CHECK(d.edges[1].a == 2);
  CHECK(d.edges[1].b == 3);
  CHECK(d.edges[1].weight == 3.0);
  CHECK(d.footnote ==
        "Ties kept: disparity filter alpha=0.25 (Serrano, Bogu\u00f1\u00e1 & Vespignani 2009: a tie is kept when it "
        "carries more of either person's ties than chance would give it). Shown: 2 of 5 ties and 4 of 5 people "
        "(those left with a tie).");
  // A cap of one tie: the stronger, 0-1 (4 events); the rule says so.
  const auto capped = v::practitioners_diagram(ds, layer, {}, "all", {.alpha = 0.25, .max_ties = 1});
  CHECK(capped.nodes.size() == 2);
  CHECK(capped.footnote.find("then the strongest 1 of the 2 it keeps. Shown: 1 of 5 ties and 2 of 5 people") !=
        std::string::npos);
  CHECK(v::diagram_dot(d).find("shape=diamond") != std::string::npos);
}

TEST_CASE("Practitioners diagram: more authorities than colours share grey", "[viz][diagram]") {
  // Ten authorities, one pair of people in each, each pair tied by two events.
  std::vector<t::TestEvent> events;
  for (std::uint32_t a = 0; a < 10; ++a) {
    for (int d = 0; d < 2; ++d) events.push_back({static_cast<int>(10 + 2 * a + d), 0, {{2 * a, reticulist::model::kNone, a}, {2 * a + 1, reticulist::model::kNone, a}}});
  }
  const auto ds = t::make_dataset(20, 1, 10, events);
  const auto layer = layer_of(ds, l::LayerKind::Practitioner);
  // Each person has one tie, undefined from both ends: nothing passes the filter at any level.
  CHECK(v::practitioners_diagram(ds, layer, {}, "all", {.alpha = 1.0}).nodes.empty());
  // A last event of all twenty ties everyone to person 0. Its ego diagram shows all ten
  // authorities, two people each: the seven first by id keep a colour of their own (equal
  // counts go to the lower id), the other three share grey as "other authorities".
  events.push_back({40, 0, [] {
                      std::vector<t::Attendance> all;
                      for (std::uint32_t p = 0; p < 20; ++p) all.push_back({p, reticulist::model::kNone, p / 2});
                      return all;
                    }()});
  const auto ds2 = t::make_dataset(20, 1, 10, events);
  const auto layer2 = layer_of(ds2, l::LayerKind::Practitioner);
  const auto ego = v::ego_diagram(ds2, layer2, 0, "all", {.max_neighbours = 19});
  REQUIRE(ego.nodes.size() == 20);
  CHECK(ego.legend.groups.size() == 8);
  CHECK(ego.legend.groups.front() == "Authority 0");
  CHECK(ego.legend.groups[6] == "Authority 6");
  CHECK(ego.legend.groups.back() == "other authorities");
  CHECK(ego.nodes.back().group == 7);  // person 19, Authority 9
}

TEST_CASE("Reticulist flags from nodes.csv's rows of a period, by pseudonym", "[viz][diagram]") {
  const auto ds = people();
  const auto layer = layer_of(ds, l::LayerKind::Practitioner);
  r::Table nodes("nodes", "t", "d");
  nodes.add_column("period", r::ColumnType::Text, "p");
  nodes.add_column("practitioner", r::ColumnType::Text, "p", r::Holds::Person);
  nodes.add_column("reticulist", r::ColumnType::Boolean, "r");
  nodes.append_row({"2022/23", "p_0", true});  // another period
  nodes.append_row({"all", "p_1", true});
  nodes.append_row({"all", "p_3", false});
  nodes.append_row({"all", "p_9", true});  // not in the layer
  CHECK(v::reticulist_flags(nodes, "all", ds, layer) == std::vector<bool>{false, true, false, false, false});
  CHECK_THROWS_WITH(v::reticulist_flags(nodes, "2031/32", ds, layer),
                    "practitioners diagram: nodes has no row for period 2031/32");
}

TEST_CASE("Ego diagram: a practitioner's strongest ties, the cap said on the figure", "[viz][diagram]") {
  const auto ds = people();
  const auto layer = layer_of(ds, l::LayerKind::Practitioner);
  const auto ego = v::find_vertex(ds, layer, "p_3");
  REQUIRE(ego == reticulist::graph::Vertex{3});
  CHECK_FALSE(v::find_vertex(ds, layer, "p_99").has_value());
  // 3's ties: 4 (3 events), 0 (1), 2 (1); at most two: 4, then 0 (the lower vertex of the equal two).
  const auto d = v::ego_diagram(ds, layer, *ego, "all", {.max_neighbours = 2});
  CHECK(d.title == "p_3 and their strongest ties, all");
  REQUIRE(d.nodes.size() == 3);
  CHECK(d.nodes[0].highlighted);
  CHECK(d.nodes[0].size_text == "3 ties");
  CHECK(d.nodes[1].id == "p_4");
  CHECK(d.nodes[1].size_text == "1 tie");
  CHECK(d.nodes[2].id == "p_0");
  REQUIRE(d.edges.size() == 2);
  CHECK(d.edges[0].label == "3");
  CHECK(d.edges[1].label == "1");
  CHECK(d.footnote == "Shown: the 2 strongest of p_3's 3 ties.");
  CHECK(d.legend.width_meaning == "Line width and number: events the two shared.");
}

TEST_CASE("Ego diagram of an establishment: its ties to other establishments", "[viz][diagram]") {
  // Establishment ties = practitioner ties between them: E2 (3, 4) with E0 through 0-3 and with
  // E1 through 2-3, one each; 3-4 is inside E2.
  const auto ds = people();
  const auto layer = layer_of(ds, l::LayerKind::Establishment);
  const auto ego = v::find_vertex(ds, layer, "E2");
  REQUIRE(ego.has_value());
  const auto d = v::ego_diagram(ds, layer, *ego, "all");
  CHECK(d.title == "School 2 and its strongest ties, all");
  REQUIRE(d.nodes.size() == 3);
  CHECK(d.nodes[0].label == "School 2");
  CHECK(d.nodes[0].size_text == "2 practitioners");
  CHECK(d.nodes[1].label == "School 0");
  CHECK(d.edges.size() == 2);
  CHECK(d.edges[0].weight == 1.0);
  CHECK(d.footnote.empty());
  CHECK(d.legend.width_meaning == "Line width and number: practitioner ties between them.");
}
