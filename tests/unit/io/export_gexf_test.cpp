// GEXF export, word for word, static and dynamic. The fixture (tests/support/export_fixture.hpp):
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// Derivation: node attributes are the vertex columns after the id (authority string, events
// long, constraint double, reticulist boolean), edge attributes the edge table's (networks long);
// each node's id and label are its vertex id, XML-escaped; NA cells have no attvalue; edges carry
// their for_each_edge index as id and their weight as GEXF's own weight attribute.
// Dynamic: session spells, merged where sessions touch (v1 2020/21 + 2021/22 -> 2020-08-01 to
// 2022-07-31; v2 2021/22 + 2022/23 -> 2021-08-01 to 2023-07-31; v0 keeps a gap year: two spells).
//
// Checked by hand (not in this suite): both documents validate against GEXF 1.3's gexf.rng
// (xmllint --relaxng, github.com/gephi/gexf 1.3/); networkx 2.8.8 read_gexf reads the 1.2draft
// variant with the same nodes, edges, weights, attributes and spells (it cannot read 1.3).
#include "io/export/gexf_writer.hpp"

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

std::string gexf(const layers::AttributedLayer& eg, io::GexfVersion version = io::GexfVersion::V1_3) {
  std::ostringstream out;
  io::write_gexf(eg, out, version);
  return out.str();
}

constexpr std::string_view kAttributes = R"x(    <attributes class="node">
      <attribute id="authority" title="authority" type="string"/>
      <attribute id="events" title="events" type="long"/>
      <attribute id="constraint" title="constraint" type="double"/>
      <attribute id="reticulist" title="reticulist" type="boolean"/>
    </attributes>
    <attributes class="edge">
      <attribute id="networks" title="networks" type="long"/>
    </attributes>
)x";

constexpr std::string_view kMeta = R"x(  <meta>
    <creator>Reticulist</creator>
    <description>co-attendance, 2022/23 &amp; &lt;test&gt;</description>
  </meta>
)x";

}  // namespace

TEST_CASE("GEXF 1.3 static: the fixture word for word", "[export][gexf]") {
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n" +
      std::string(kMeta) + "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n" +
      std::string(kAttributes) + R"x(    <nodes count="4">
      <node id="A&amp;B &lt;&quot;x&quot;&gt;" label="A&amp;B &lt;&quot;x&quot;&gt;">
        <attvalues>
          <attvalue for="authority" value="West &amp; East"/>
          <attvalue for="events" value="3"/>
          <attvalue for="constraint" value="0.5"/>
          <attvalue for="reticulist" value="true"/>
        </attvalues>
      </node>
      <node id="O&apos;Neil" label="O&apos;Neil">
        <attvalues>
          <attvalue for="authority" value="Fife &lt;north&gt;"/>
          <attvalue for="events" value="1"/>
          <attvalue for="constraint" value="1.125"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
      </node>
      <node id="c, d" label="c, d">
        <attvalues>
          <attvalue for="events" value="2"/>
          <attvalue for="constraint" value="0.3333333333"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
      </node>
      <node id="iso" label="iso">
        <attvalues>
          <attvalue for="authority" value="Fife"/>
          <attvalue for="events" value="0"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
      </node>
    </nodes>
    <edges count="3">
      <edge id="0" source="A&amp;B &lt;&quot;x&quot;&gt;" target="O&apos;Neil" weight="2">
        <attvalues>
          <attvalue for="networks" value="1"/>
        </attvalues>
      </edge>
      <edge id="1" source="A&amp;B &lt;&quot;x&quot;&gt;" target="c, d" weight="0.5"/>
      <edge id="2" source="O&apos;Neil" target="c, d" weight="0.3333333333">
        <attvalues>
          <attvalue for="networks" value="2"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
)x";
  CHECK(gexf(export_fixture()) == expected);
}

TEST_CASE("GEXF 1.3 dynamic: spells per node and edge for Gephi's timeline", "[export][gexf]") {
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n" +
      std::string(kMeta) +
      "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n" +
      std::string(kAttributes) + R"x(    <nodes count="4">
      <node id="A&amp;B &lt;&quot;x&quot;&gt;" label="A&amp;B &lt;&quot;x&quot;&gt;">
        <attvalues>
          <attvalue for="authority" value="West &amp; East"/>
          <attvalue for="events" value="3"/>
          <attvalue for="constraint" value="0.5"/>
          <attvalue for="reticulist" value="true"/>
        </attvalues>
        <spells>
          <spell start="2020-08-01" end="2021-07-31"/>
          <spell start="2022-08-01" end="2023-07-31"/>
        </spells>
      </node>
      <node id="O&apos;Neil" label="O&apos;Neil">
        <attvalues>
          <attvalue for="authority" value="Fife &lt;north&gt;"/>
          <attvalue for="events" value="1"/>
          <attvalue for="constraint" value="1.125"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
        <spells>
          <spell start="2020-08-01" end="2022-07-31"/>
        </spells>
      </node>
      <node id="c, d" label="c, d">
        <attvalues>
          <attvalue for="events" value="2"/>
          <attvalue for="constraint" value="0.3333333333"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
        <spells>
          <spell start="2021-08-01" end="2023-07-31"/>
        </spells>
      </node>
      <node id="iso" label="iso">
        <attvalues>
          <attvalue for="authority" value="Fife"/>
          <attvalue for="events" value="0"/>
          <attvalue for="reticulist" value="false"/>
        </attvalues>
        <spells>
          <spell start="2022-08-01" end="2023-07-31"/>
        </spells>
      </node>
    </nodes>
    <edges count="3">
      <edge id="0" source="A&amp;B &lt;&quot;x&quot;&gt;" target="O&apos;Neil" weight="2">
        <attvalues>
          <attvalue for="networks" value="1"/>
        </attvalues>
        <spells>
          <spell start="2020-08-01" end="2021-07-31"/>
        </spells>
      </edge>
      <edge id="1" source="A&amp;B &lt;&quot;x&quot;&gt;" target="c, d" weight="0.5">
        <spells>
          <spell start="2022-08-01" end="2023-07-31"/>
        </spells>
      </edge>
      <edge id="2" source="O&apos;Neil" target="c, d" weight="0.3333333333">
        <attvalues>
          <attvalue for="networks" value="2"/>
        </attvalues>
        <spells>
          <spell start="2021-08-01" end="2022-07-31"/>
        </spells>
      </edge>
    </edges>
  </graph>
</gexf>
)x";
  CHECK(gexf(export_fixture(true, true)) == expected);
}

TEST_CASE("GEXF 1.2draft differs only in its root element (for networkx)", "[export][gexf]") {
  const std::string v13 = gexf(export_fixture(true, true));
  const std::string v12 = gexf(export_fixture(true, true), io::GexfVersion::V1_2draft);
  const std::string root13 = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">";
  const std::string root12 = "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">";
  std::string expected = v13;
  expected.replace(expected.find(root13), root13.size(), root12);
  CHECK(v12 == expected);
}

TEST_CASE("GEXF: no edge spells, no attributes, no description; and the empty graph", "[export][gexf]") {
  //   "a" --1-- "b"    spells for the nodes only: edges have no time limit
  const graph::Graph g = graph::graph_from_edges(2, std::vector<graph::Edge>{{0, 1, 1.0}});
  report::Table t("ids", "Ids", "one row per vertex");
  t.add_column("id", report::ColumnType::Text, "id");
  t.append_row({"a"});
  t.append_row({"b"});
  layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  eg.spells = layers::Spells{.vertices = layers::make_spell_list(2, {{1, reticulist::testing::session(2021)}})};
  CHECK(gexf(eg) == R"x(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta>
    <creator>Reticulist</creator>
  </meta>
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
    <nodes count="2">
      <node id="a" label="a"/>
      <node id="b" label="b">
        <spells>
          <spell start="2021-08-01" end="2022-07-31"/>
        </spells>
      </node>
    </nodes>
    <edges count="1">
      <edge id="0" source="a" target="b" weight="1"/>
    </edges>
  </graph>
</gexf>
)x");

  const graph::Graph empty;
  report::Table none("none", "None", "no rows");
  none.add_column("id", report::ColumnType::Text, "id");
  const layers::AttributedLayer eg_empty{.graph = &empty, .vertices = std::move(none)};
  CHECK(gexf(eg_empty) == R"x(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta>
    <creator>Reticulist</creator>
  </meta>
  <graph mode="static" defaultedgetype="undirected">
    <nodes count="0">
    </nodes>
    <edges count="0">
    </edges>
  </graph>
</gexf>
)x");
}
