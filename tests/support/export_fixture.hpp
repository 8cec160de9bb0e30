#pragma once
// The graph every export test writes, drawn:
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// for_each_edge order: e0 = {v0,v1} w 2, e1 = {v0,v2} w 0.5, e2 = {v1,v2} w 1/3 ("0.3333333333").
//
// vertex table "people":
//   practitioner | authority    | events | constraint | reticulist
//   A&B <"x">    | West & East  | 3      | 0.5        | true
//   O'Neil       | Fife <north> | 1      | 1.125      | false
//   c, d         | NA           | 2      | 1/3        | false
//   iso          | Fife         | 0      | NA         | false
// edge table "ties": networks = 1, NA, 2.
// description: `co-attendance, 2022/23 & <test>`.
//
// Spells (sessions, inclusive days), given per session and merged by make_spell_list:
//   v0: 2020/21, 2022/23   v1: 2020/21 + 2021/22 (one spell)   v2: 2021/22 + 2022/23   v3: 2022/23
//   e0: 2020/21            e1: 2022/23                          e2: 2021/22
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/model/civil_date.hpp"
#include "engine/report/table.hpp"
#include "io/export/export_graph.hpp"

namespace reticulist::testing {

inline const graph::Graph& export_fixture_graph() {
  static const graph::Graph g = graph::graph_from_edges(
      4, std::vector<graph::Edge>{{0, 1, 2.0}, {0, 2, 0.5}, {1, 2, 1.0 / 3.0}});
  return g;
}

inline report::Table export_fixture_vertices() {
  using report::ColumnType;
  report::Table t("people", "People", "one row per practitioner");
  t.add_column("practitioner", ColumnType::Text, "pseudonym");
  t.add_column("authority", ColumnType::Text, "employing authority");
  t.add_column("events", ColumnType::Integer, "events attended");
  t.add_column("constraint", ColumnType::Real, "Burt's constraint");
  t.add_column("reticulist", ColumnType::Boolean, "flagged a reticulist");
  t.append_row({"A&B <\"x\">", "West & East", 3, 0.5, true});
  t.append_row({"O'Neil", "Fife <north>", 1, 1.125, false});
  t.append_row({"c, d", std::nullopt, 2, 1.0 / 3.0, false});
  t.append_row({"iso", "Fife", 0, std::nullopt, false});
  return t;
}

inline report::Table export_fixture_edges() {
  report::Table t("ties", "Ties", "one row per tie");
  t.add_column("networks", report::ColumnType::Integer, "networks shared");
  t.append_row({1});
  t.append_row({std::nullopt});
  t.append_row({2});
  return t;
}

inline model::DateRange session(int start_year) {
  return {model::day_from_civil(start_year, 8, 1), model::day_from_civil(start_year + 1, 7, 31)};
}

inline layers::Spells export_fixture_spells() {
  layers::Spells spells;
  spells.vertices = layers::make_spell_list(
      4, {{0, session(2020)}, {0, session(2022)}, {1, session(2021)}, {1, session(2020)},
          {2, session(2021)}, {2, session(2022)}, {3, session(2022)}});
  spells.edges = layers::make_spell_list(3, {{0, session(2020)}, {1, session(2022)}, {2, session(2021)}});
  return spells;
}

// The whole fixture; `with_edges` adds the edge table, `with_spells` the spells.
inline layers::AttributedLayer export_fixture(bool with_edges = true, bool with_spells = false) {
  layers::AttributedLayer eg{.graph = &export_fixture_graph(), .vertices = export_fixture_vertices()};
  if (with_edges) eg.edges = export_fixture_edges();
  if (with_spells) eg.spells = export_fixture_spells();
  eg.description = "co-attendance, 2022/23 & <test>";
  return eg;
}

}  // namespace reticulist::testing
