#pragma once
// CSV edge list and node list (the `csv` export format writes both files), in the CSV dialect of
// io/table_writer.hpp (RFC 4180, UTF-8, LF, NA as `NA`, numbers as report::format_real):
//
//   edges:  source,target,<weight_name>[,<edge column>...]   one row per edge, for_each_edge order
//   nodes:  the vertex table as it is (io::write_csv), id column first
//
// Both read back with pandas.read_csv, R's read.csv, igraph's graph_from_data_frame(edges,
// vertices = nodes, directed = FALSE) and Gephi's spreadsheet import. The edge list streams row
// by row (no Table of millions of copied id strings); O(n + m) time.
#include <iosfwd>

#include "io/export/export_graph.hpp"

namespace reticulist::io {

void write_csv_edges(const layers::AttributedLayer& graph, std::ostream& out);
void write_csv_nodes(const layers::AttributedLayer& graph, std::ostream& out);

}  // namespace reticulist::io
