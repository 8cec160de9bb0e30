#pragma once
// Graphviz DOT text (no Graphviz library: this is a file for dot, neato, sfdp, Gephi, or
// networkx's read_dot):
//
//   graph {
//     comment="<description>";
//     "<vertex id>" [<column>="value", ...];
//     "<id>" -- "<id>" [weight="2", <edge column>="value", ...];
//   }
//
// Every node id and every attribute value is a quoted string (append_dot_quoted: `"` and `\`
// escaped, newline as \n), numbers included: "1e-12" is not a DOT numeral, and Graphviz reads
// a quoted number as the number. Attribute names are bare unless they are DOT keywords. NA -> the
// attribute is left out. Graphviz's dot layout reads `weight` as an integer (it truncates "2.5"
// to 2); set ExportGraph::weight_name to keep the value away from layout if that matters.
//
// Streams (64 KiB buffer); O(n + m) time, O(n) memory for check_export_graph.
#include <iosfwd>

#include "io/export/export_graph.hpp"

namespace reticulist::io {

void write_dot(const layers::AttributedLayer& graph, std::ostream& out);

}  // namespace reticulist::io
