#pragma once
// The export formats, and the checks every export writer makes of the layers::AttributedLayer it
// is given (engine/layers/attributed_layer.hpp: a layer with its attributes). Each format has its
// own writer in io/export/ (GraphML, GEXF, DOT, node-link JSON, CSV edge and node lists);
// all of them stream to a std::ostream and are deterministic:
//
// - Vertices in vertex order (the rows of `vertices`), edges in Graph::for_each_edge order
//   (u < v, row by row); edge i of that order is row i of `edges` and item i of the edge spells.
// - Numbers as report::format_real prints them (at most 10 significant digits, '.' decimal,
//   "1e-12"), so a weight reads the same in every format and in the CSV tables.
// - NA: omitted in GraphML and GEXF (the node or edge simply has no value for that key, which
//   igraph reads as NaN or "" and networkx as a missing key), left out of DOT, `null` in JSON,
//   `NA` in CSV.
//
//   const layers::AttributedLayer eg = layers::attributed_layer(ds, layer, &periods, options, identify);
//   io::write_gexf(eg, out);
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/layers/attributed_layer.hpp"

namespace reticulist::io {

enum class ExportFormat { Graphml, Gexf, Dot, Json, Csv };

// "graphml", "gexf", "dot", "json", "csv", in any case, spaces around allowed. Throws ConfigError
// "unknown export format 'X' (expected graphml, gexf, dot, json or csv)".
ExportFormat parse_export_format(std::string_view text);
// The name parse_export_format accepts: "graphml", ...
std::string_view export_format_name(ExportFormat format);
// ".graphml", ".gexf", ".dot", ".json", ".csv" (Csv writes two files: see edge_list_writer.hpp).
std::string_view export_format_extension(ExportFormat format);

// Checks what the writers rely on; every writer calls it first. Structural mismatches are
// programming errors (std::logic_error: a vertex table whose row count is not the vertex count,
// an id column that is not Text, reserved column names, spell offsets that do not fit, a weight
// that is not finite).
// Ids that could not be read back (NA, empty, or the same id twice) throw InputError
// "vertex id in row R is NA|empty" or "duplicate vertex id 'X' (rows R1 and R2)", rows counted
// from 1. Cost O(n + m) time and O(n) memory for the duplicate check.
void check_export_graph(const layers::AttributedLayer& graph);

}  // namespace reticulist::io
