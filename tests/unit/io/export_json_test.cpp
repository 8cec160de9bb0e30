// Node-link JSON export, word for word. The fixture (tests/support/export_fixture.hpp):
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// Derivation: networkx's node_link_data layout (directed, multigraph, graph, nodes, links); each
// node {"id": vertex id, attributes...}, NA as null (v2's authority, v3's constraint, e1's
// networks); links in for_each_edge order with the weight under weight_name; numbers as the CSV
// prints them. Checked by hand (not in this suite): networkx 2.8.8 node_link_graph reads it with
// the same nodes, edges, weights and attributes (NA as None) and graph["description"].
#include "io/export/node_link_writer.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/export_fixture.hpp"

namespace io = reticulist::io;
namespace layers = reticulist::layers;
namespace graph = reticulist::graph;
namespace report = reticulist::report;
using reticulist::testing::export_fixture;

namespace {

std::string json(const layers::AttributedLayer& eg) {
  std::ostringstream out;
  io::write_node_link_json(eg, out);
  return out.str();
}

}  // namespace

TEST_CASE("Node-link JSON: the fixture word for word", "[export][json]") {
  const std::string text = json(export_fixture());
  CHECK(text == R"x({
  "directed": false,
  "multigraph": false,
  "graph": {"description": "co-attendance, 2022/23 & <test>"},
  "nodes": [
    {"id": "A&B <\"x\">", "authority": "West & East", "events": 3, "constraint": 0.5, "reticulist": true},
    {"id": "O'Neil", "authority": "Fife <north>", "events": 1, "constraint": 1.125, "reticulist": false},
    {"id": "c, d", "authority": null, "events": 2, "constraint": 0.3333333333, "reticulist": false},
    {"id": "iso", "authority": "Fife", "events": 0, "constraint": null, "reticulist": false}
  ],
  "links": [
    {"source": "A&B <\"x\">", "target": "O'Neil", "weight": 2, "networks": 1},
    {"source": "A&B <\"x\">", "target": "c, d", "weight": 0.5, "networks": null},
    {"source": "O'Neil", "target": "c, d", "weight": 0.3333333333, "networks": 2}
  ]
}
)x");
  // And it is JSON that a parser reads back to the same values.
  const auto doc = nlohmann::json::parse(text);
  CHECK(doc["nodes"][0]["id"] == "A&B <\"x\">");
  CHECK(doc["nodes"][2]["authority"].is_null());
  CHECK(doc["links"][2]["weight"].get<double>() == Approx(1.0 / 3.0));
}

TEST_CASE("Node-link JSON: no description, no edges, the empty graph", "[export][json]") {
  //   "a"   "b"     (two isolates)
  const graph::Graph g = graph::graph_from_edges(2, {});
  report::Table t("ids", "Ids", "one row per vertex");
  t.add_column("practitioner", report::ColumnType::Text, "id");
  t.append_row({"a"});
  t.append_row({"b"});
  CHECK(json(layers::AttributedLayer{.graph = &g, .vertices = std::move(t)}) == R"x({
  "directed": false,
  "multigraph": false,
  "graph": {},
  "nodes": [
    {"id": "a"},
    {"id": "b"}
  ],
  "links": []
}
)x");

  const graph::Graph empty;
  report::Table none("none", "None", "no rows");
  none.add_column("practitioner", report::ColumnType::Text, "id");
  const std::string text = json(layers::AttributedLayer{.graph = &empty, .vertices = std::move(none)});
  CHECK(text == "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [],\n"
                "  \"links\": []\n}\n");
  CHECK_NOTHROW(nlohmann::json::parse(text));
}
