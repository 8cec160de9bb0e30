#pragma once
// GEXF (https://gexf.net), Gephi's format, version 1.3 by default:
//
//   <gexf xmlns="http://gexf.net/1.3" version="1.3">
//     <meta><creator>Reticulist</creator><description>...</description></meta>
//     <graph mode="static" defaultedgetype="undirected">                       (no spells)
//     <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">   (with spells)
//       <attributes class="node"><attribute id="<column>" title="<column>" type="..."/></attributes>
//       <attributes class="edge">...</attributes>                 (edge attribute columns)
//       <nodes count="n"><node id="<vertex id>" label="<vertex id>">
//         <attvalues><attvalue for="<column>" value="..."/></attvalues>
//         <spells><spell start="2020-08-01" end="2021-07-31"/></spells></node>...
//       <edges count="m"><edge id="<index>" source="<id>" target="<id>" weight="2">...
//
// Types: Integer -> long, Real -> double, Text -> string, Boolean -> boolean. NA -> no attvalue.
// Edge ids are the for_each_edge indices ("0", "1", ...), the row numbers of the CSV edge list.
// The weight is the edge's own `weight` whatever ExportGraph::weight_name says.
// Spells are closed day intervals [start, end] (GEXF's default); an element without spells has
// no time limit. No lastmodifieddate: the output must not depend on the day it is written. No
// xsi:schemaLocation either: GEXF 1.3's RELAX NG schema (gexf.rng) rejects it, and the output
// validates against that schema (checked with xmllint --relaxng, static and dynamic).
//
// GexfVersion::V1_2draft writes the same document in the 1.2draft namespace
// (http://www.gexf.net/1.2draft, version="1.2"): networkx's read_gexf (2.8 and 3.x) knows only
// 1.1draft and 1.2draft and finds no graph in a 1.3 file. Gephi reads both.
//
// Streams (64 KiB buffer); O(n + m + spells) time, O(n) memory for check_export_graph.
#include <iosfwd>

#include "io/export/export_graph.hpp"

namespace reticulist::io {

enum class GexfVersion { V1_3, V1_2draft };

void write_gexf(const layers::AttributedLayer& graph, std::ostream& out, GexfVersion version = GexfVersion::V1_3);

}  // namespace reticulist::io
