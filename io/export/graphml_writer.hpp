#pragma once
// GraphML (http://graphml.graphdrawing.org/, structural layer 1.0 with attributes), for igraph
// (read_graph(format="graphml")), networkx (read_graphml), Gephi and yEd.
//
//   <key id="v_<column>" for="node" attr.name="<column>" attr.type="string|long|double|boolean"/>
//   <key id="weight" for="edge" attr.name="<weight_name>" attr.type="double"/>
//   <key id="e_<column>" for="edge" .../>          (edge attribute columns)
//   <key id="g_description" for="graph" .../>      (when there is a description)
//   <graph id="G" edgedefault="undirected">
//     <node id="<vertex id>"><data key="v_<column>">value</data>...</node>
//     <edge source="<id>" target="<id>"><data key="weight">2</data>...</edge>
//
// Types: Integer -> long (64-bit), Real -> double, Text -> string, Boolean -> boolean
// ("true"/"false"). NA -> no <data> for that node or edge. The id column is also written as an
// attribute under its own name (e.g. "practitioner") unless it is named "id", so that yEd, which
// labels nodes from attributes, and igraph, which keeps GraphML ids in its "id" attribute, both
// see it. Node ids are the vertex ids as they are: an id that is not an XML NMTOKEN (spaces, '&')
// makes the file invalid against the strict GraphML schema, which no reader we know of checks.
// igraph 0.10.2 reads '&' in a node id as "&#38;" (libxml2 leaves the reference in attribute
// values, whatever the spelling: &amp; &#38; &#x26;); its copy of the id column is exact.
//
// Streams (64 KiB buffer); O(n + m) time, O(n) memory for check_export_graph's duplicate check.
#include <iosfwd>

#include "io/export/export_graph.hpp"

namespace reticulist::io {

void write_graphml(const layers::AttributedLayer& graph, std::ostream& out);

}  // namespace reticulist::io
