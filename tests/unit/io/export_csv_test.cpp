// CSV edge and node lists, word for word. The fixture (tests/support/export_fixture.hpp):
//
//   v0 "A&B <"x">" ----2---- v1 "O'Neil"
//          \                 /
//          0.5             1/3            v3 "iso" (isolate)
//            \             /
//             v2 "c, d" ---
//
// Derivation: edges source,target,weight then the edge columns, in for_each_edge order; fields
// quoted only when they hold a comma or a quote ("A&B <""x"">", "c, d"), NA as NA. Nodes: the
// vertex table exactly as io::write_csv writes it, the isolate included.
// Checked by hand (not in this suite): python3-igraph Graph.DictList(nodes, edges) rebuilds the
// graph with the same 4 vertices and 3 edges.
#include "io/export/edge_list_writer.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "io/table_writer.hpp"
#include "support/export_fixture.hpp"

namespace io = reticulist::io;
namespace layers = reticulist::layers;
namespace graph = reticulist::graph;
namespace report = reticulist::report;
using reticulist::testing::export_fixture;

TEST_CASE("CSV edge list and node list: the fixture word for word", "[export][csv]") {
  const layers::AttributedLayer eg = export_fixture();
  std::ostringstream edges, nodes, table;
  io::write_csv_edges(eg, edges);
  io::write_csv_nodes(eg, nodes);
  CHECK(edges.str() ==
        "source,target,weight,networks\n"
        "\"A&B <\"\"x\"\">\",O'Neil,2,1\n"
        "\"A&B <\"\"x\"\">\",\"c, d\",0.5,NA\n"
        "O'Neil,\"c, d\",0.3333333333,2\n");
  CHECK(nodes.str() ==
        "practitioner,authority,events,constraint,reticulist\n"
        "\"A&B <\"\"x\"\">\",West & East,3,0.5,true\n"
        "O'Neil,Fife <north>,1,1.125,false\n"
        "\"c, d\",NA,2,0.3333333333,false\n"
        "iso,Fife,0,NA,false\n");
  io::write_csv(eg.vertices, table);
  CHECK(nodes.str() == table.str());
}

TEST_CASE("CSV edge list: no edge table, a weight name needing quotes, no edges", "[export][csv]") {
  const graph::Graph g = graph::graph_from_edges(3, std::vector<graph::Edge>{{2, 0, 1e-12}});
  report::Table t("ids", "Ids", "one row per vertex");
  t.add_column("id", report::ColumnType::Text, "id");
  t.append_row({"a"});
  t.append_row({"b"});
  t.append_row({"c"});
  layers::AttributedLayer eg{.graph = &g, .vertices = std::move(t)};
  eg.weight_name = "shared, events";
  std::ostringstream edges;
  io::write_csv_edges(eg, edges);
  CHECK(edges.str() == "source,target,\"shared, events\"\na,c,1e-12\n");

  const graph::Graph empty = graph::graph_from_edges(3, {});
  eg.graph = &empty;
  std::ostringstream none;
  io::write_csv_edges(eg, none);
  CHECK(none.str() == "source,target,\"shared, events\"\n");
}
