// GraphML export, word for word. The fixture (tests/support/export_fixture.hpp):
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// Derivation of the expected text: one <key> per vertex column (the id column "practitioner"
// included, as it is not named "id"), types Text -> string, Integer -> long, Real -> double,
// Boolean -> boolean; the weight key; the edge column "networks"; the description as a graph key.
// Nodes in vertex order, ids XML-escaped (& < " > ' -> &amp; &lt; &quot; &gt; &apos;); NA cells
// leave their <data> out (v2 has no authority, v3 no constraint, e1 no networks). Edges in
// for_each_edge order e0 {v0,v1}, e1 {v0,v2}, e2 {v1,v2}; 1/3 prints as 0.3333333333.
//
// Read back by hand (not in this suite) with networkx 2.8.8 read_graphml and python3-igraph
// 0.10.2 Read_GraphML: same nodes, edges, weights and attributes (igraph: NA string "", NA
// number NaN; its "id" attribute shows '&' as "&#38;", its "practitioner" attribute is exact).
#include "io/export/graphml_writer.hpp"

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

std::string graphml(const layers::AttributedLayer& eg) {
  std::ostringstream out;
  io::write_graphml(eg, out);
  return out.str();
}

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

}  // namespace

TEST_CASE("GraphML: the fixture word for word", "[export][graphml]") {
  const std::string expected = std::string(kHeader) + R"x(  <key id="v_practitioner" for="node" attr.name="practitioner" attr.type="string"/>
  <key id="v_authority" for="node" attr.name="authority" attr.type="string"/>
  <key id="v_events" for="node" attr.name="events" attr.type="long"/>
  <key id="v_constraint" for="node" attr.name="constraint" attr.type="double"/>
  <key id="v_reticulist" for="node" attr.name="reticulist" attr.type="boolean"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="e_networks" for="edge" attr.name="networks" attr.type="long"/>
  <key id="g_description" for="graph" attr.name="description" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="g_description">co-attendance, 2022/23 &amp; &lt;test&gt;</data>
    <node id="A&amp;B &lt;&quot;x&quot;&gt;">
      <data key="v_practitioner">A&amp;B &lt;&quot;x&quot;&gt;</data>
      <data key="v_authority">West &amp; East</data>
      <data key="v_events">3</data>
      <data key="v_constraint">0.5</data>
      <data key="v_reticulist">true</data>
    </node>
    <node id="O&apos;Neil">
      <data key="v_practitioner">O&apos;Neil</data>
      <data key="v_authority">Fife &lt;north&gt;</data>
      <data key="v_events">1</data>
      <data key="v_constraint">1.125</data>
      <data key="v_reticulist">false</data>
    </node>
    <node id="c, d">
      <data key="v_practitioner">c, d</data>
      <data key="v_events">2</data>
      <data key="v_constraint">0.3333333333</data>
      <data key="v_reticulist">false</data>
    </node>
    <node id="iso">
      <data key="v_practitioner">iso</data>
      <data key="v_authority">Fife</data>
      <data key="v_events">0</data>
      <data key="v_reticulist">false</data>
    </node>
    <edge source="A&amp;B &lt;&quot;x&quot;&gt;" target="O&apos;Neil">
      <data key="weight">2</data>
      <data key="e_networks">1</data>
    </edge>
    <edge source="A&amp;B &lt;&quot;x&quot;&gt;" target="c, d">
      <data key="weight">0.5</data>
    </edge>
    <edge source="O&apos;Neil" target="c, d">
      <data key="weight">0.3333333333</data>
      <data key="e_networks">2</data>
    </edge>
  </graph>
</graphml>
)x";
  CHECK(graphml(export_fixture()) == expected);
  // Spells change nothing in GraphML.
  CHECK(graphml(export_fixture(true, true)) == expected);
}

TEST_CASE("GraphML: an id column named id is not repeated; no description, no edge table", "[export][graphml]") {
  //   "a" --1-- "b"
  const graph::Graph g = graph::graph_from_edges(2, std::vector<graph::Edge>{{0, 1, 1.0}});
  report::Table t("authorities", "Authorities", "one row per authority");
  t.add_column("id", report::ColumnType::Text, "authority name");
  t.add_column("size", report::ColumnType::Integer, "practitioners");
  t.append_row({"a", std::nullopt});
  t.append_row({"b", 7});
  layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  eg.weight_name = "shared members";
  CHECK(graphml(eg) == std::string(kHeader) + R"x(  <key id="v_size" for="node" attr.name="size" attr.type="long"/>
  <key id="weight" for="edge" attr.name="shared members" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"/>
    <node id="b">
      <data key="v_size">7</data>
    </node>
    <edge source="a" target="b">
      <data key="weight">1</data>
    </edge>
  </graph>
</graphml>
)x");
}

TEST_CASE("GraphML: the empty graph is a valid document", "[export][graphml]") {
  const graph::Graph g;
  report::Table t("none", "None", "no rows");
  t.add_column("practitioner", report::ColumnType::Text, "pseudonym");
  const layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  CHECK(graphml(eg) == std::string(kHeader) + R"x(  <key id="v_practitioner" for="node" attr.name="practitioner" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
  </graph>
</graphml>
)x");
}
