// DOT export, word for word. The fixture (tests/support/export_fixture.hpp):
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// Derivation: the description as the graph's comment; each node statement is its quoted id
// (`"` -> `\"`) and its non-NA attributes after the id column, every value quoted; the isolate
// stays as a node statement; edges in for_each_edge order with the weight first, then the edge
// columns (NA networks on e1 left out).
// Checked by hand (not in this suite): Graphviz 2.42 `dot -Tcanon` and `dot -Tsvg` read it with
// the same 4 nodes, 3 edges and attributes.
#include "io/export/dot_writer.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "support/export_fixture.hpp"

namespace io = reticulist::io;
namespace layers = reticulist::layers;
namespace graph = reticulist::graph;
namespace report = reticulist::report;
using reticulist::testing::export_fixture;

namespace {

std::string dot(const layers::AttributedLayer& eg) {
  std::ostringstream out;
  io::write_dot(eg, out);
  return out.str();
}

}  // namespace

TEST_CASE("DOT: the fixture word for word", "[export][dot]") {
  CHECK(dot(export_fixture()) == R"x(graph {
  comment="co-attendance, 2022/23 & <test>";
  "A&B <\"x\">" [authority="West & East", events="3", constraint="0.5", reticulist="true"];
  "O'Neil" [authority="Fife <north>", events="1", constraint="1.125", reticulist="false"];
  "c, d" [events="2", constraint="0.3333333333", reticulist="false"];
  "iso" [authority="Fife", events="0", reticulist="false"];
  "A&B <\"x\">" -- "O'Neil" [weight="2", networks="1"];
  "A&B <\"x\">" -- "c, d" [weight="0.5"];
  "O'Neil" -- "c, d" [weight="0.3333333333", networks="2"];
}
)x");
}

TEST_CASE("DOT: nodes without attributes, a weight name that needs quotes, the empty graph", "[export][dot]") {
  //   "node" --1e-12-- "back\slash"      ("node" is a DOT keyword: quoted like every id)
  const graph::Graph g = graph::graph_from_edges(2, std::vector<graph::Edge>{{0, 1, 1e-12}});
  report::Table t("ids", "Ids", "one row per vertex");
  t.add_column("id", report::ColumnType::Text, "id");
  t.add_column("node", report::ColumnType::Text, "an attribute named like a keyword");
  t.append_row({"node", std::nullopt});
  t.append_row({"back\\slash", "line one\nline two"});
  layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  eg.weight_name = "shared events";
  CHECK(dot(eg) == R"x(graph {
  "node";
  "back\\slash" ["node"="line one\nline two"];
  "node" -- "back\\slash" ["shared events"="1e-12"];
}
)x");

  const graph::Graph empty;
  report::Table none("none", "None", "no rows");
  none.add_column("id", report::ColumnType::Text, "id");
  CHECK(dot(layers::AttributedLayer{.graph = &empty, .vertices = std::move(none)}) == "graph {\n}\n");
}
