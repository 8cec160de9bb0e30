#pragma once
// Node-link JSON, the layout of networkx's node_link_data / node_link_graph (and of D3):
//
//   {
//     "directed": false,
//     "multigraph": false,
//     "graph": {"description": "..."},                       ({} without a description)
//     "nodes": [
//       {"id": "<vertex id>", "<column>": value, ...},
//       ...
//     ],
//     "links": [
//       {"source": "<id>", "target": "<id>", "<weight_name>": 2, "<edge column>": value, ...},
//       ...
//     ]
//   }
//
// One node or link per line. Numbers with the digits of the CSV tables, booleans as true/false,
// NA as null (outputs.md: JSON mirrors CSV with null for NA; networkx reads it as None).
// Strings through io::append_json_string. Written by hand, row by row, rather than through a
// nlohmann::json document, which would hold the whole graph (several hundred bytes per edge).
//
// Streams (64 KiB buffer); O(n + m) time, O(n) memory for check_export_graph.
#include <iosfwd>

#include "io/export/export_graph.hpp"

namespace reticulist::io {

void write_node_link_json(const layers::AttributedLayer& graph, std::ostream& out);

}  // namespace reticulist::io
