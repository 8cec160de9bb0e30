#include "io/export/node_link_writer.hpp"

#include <string>
#include <vector>

#include "io/export/export_text.hpp"
#include "io/table_writer.hpp"

namespace reticulist::io {
namespace {

// `, "<column>": ` for each column, escaped once rather than once per row.
std::vector<std::string> json_keys(const report::Table& table) {
  std::vector<std::string> keys(table.column_count());
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    keys[c] = ", ";
    append_json_string(keys[c], table.column(c).name);
    keys[c] += ": ";
  }
  return keys;
}

void append_values(std::string& s, const report::Table& table, std::size_t row, std::size_t first,
                   const std::vector<std::string>& keys) {
  for (std::size_t c = first; c < table.column_count(); ++c) {
    s += keys[c];
    if (table.is_na(row, c)) {
      s += "null";
    } else if (table.column(c).type == report::ColumnType::Text) {
      append_json_string(s, table.text(row, c));
    } else {
      table.append_cell(s, row, c);  // numbers and true/false are JSON as the CSV writes them
    }
  }
}

}  // namespace

void write_node_link_json(const layers::AttributedLayer& eg, std::ostream& out) {
  check_export_graph(eg);
  const graph::Graph& g = *eg.graph;
  const report::Table& vt = eg.vertices;
  ExportBuffer buffer(out);
  std::string& s = buffer.text();

  s += "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {";
  if (!eg.description.empty()) {
    s += "\"description\": ";
    append_json_string(s, eg.description);
  }
  s += "},\n  \"nodes\": [";
  const std::vector<std::string> vertex_keys = json_keys(vt);
  for (std::size_t v = 0; v < vt.row_count(); ++v) {
    s += v == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ";
    append_json_string(s, vt.text(v, 0));
    append_values(s, vt, v, 1, vertex_keys);
    s += '}';
    buffer.flush_if_full();
  }
  s += vt.row_count() == 0 ? "],\n" : "\n  ],\n";

  std::string weight = ", ";
  append_json_string(weight, eg.weight_name);
  weight += ": ";
  std::vector<std::string> edge_keys;
  if (eg.edges) edge_keys = json_keys(*eg.edges);
  s += "  \"links\": [";
  std::uint64_t row = 0;
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    s += row == 0 ? "\n    {\"source\": " : ",\n    {\"source\": ";
    append_json_string(s, vt.text(u, 0));
    s += ", \"target\": ";
    append_json_string(s, vt.text(v, 0));
    s += weight;
    report::append_real(s, w);
    if (eg.edges) append_values(s, *eg.edges, row, 0, edge_keys);
    s += '}';
    ++row;
    buffer.flush_if_full();
  });
  s += row == 0 ? "]\n}\n" : "\n  ]\n}\n";
  buffer.finish();
}

}  // namespace reticulist::io
