#include "io/export/dot_writer.hpp"

#include <string>
#include <vector>

#include "io/export/export_text.hpp"

namespace reticulist::io {
namespace {

// `name="value"` for each non-NA column in [first, count), each preceded by ", " unless it opens
// the list (`first_in_list`, cleared once something is written).
void append_attributes(std::string& s, const report::Table& table, std::size_t row, std::size_t first,
                       const std::vector<std::string>& names, bool& first_in_list) {
  for (std::size_t c = first; c < table.column_count(); ++c) {
    if (table.is_na(row, c)) continue;
    if (!first_in_list) s += ", ";
    first_in_list = false;
    s += names[c];
    if (table.column(c).type == report::ColumnType::Text) {
      append_dot_quoted(s, table.text(row, c));
    } else {
      s += '"';
      table.append_cell(s, row, c);
      s += '"';
    }
  }
}

std::vector<std::string> attribute_names(const report::Table& table) {
  std::vector<std::string> names(table.column_count());
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    append_dot_id(names[c], table.column(c).name);
    names[c] += '=';
  }
  return names;
}

}  // namespace

void write_dot(const layers::AttributedLayer& eg, std::ostream& out) {
  check_export_graph(eg);
  const graph::Graph& g = *eg.graph;
  const report::Table& vt = eg.vertices;
  ExportBuffer buffer(out);
  std::string& s = buffer.text();

  s += "graph {\n";
  if (!eg.description.empty()) {
    s += "  comment=";
    append_dot_quoted(s, eg.description);
    s += ";\n";
  }
  const std::vector<std::string> vertex_names = attribute_names(vt);
  for (std::size_t v = 0; v < vt.row_count(); ++v) {
    s += "  ";
    append_dot_quoted(s, vt.text(v, 0));
    const std::size_t open = s.size();
    s += " [";
    bool first = true;
    append_attributes(s, vt, v, 1, vertex_names, first);
    if (first) {
      s.resize(open);  // no attribute: no brackets
    } else {
      s += ']';
    }
    s += ";\n";
    buffer.flush_if_full();
  }

  std::string weight = " [";
  append_dot_id(weight, eg.weight_name);
  weight += "=\"";
  std::vector<std::string> edge_names;
  if (eg.edges) edge_names = attribute_names(*eg.edges);
  std::uint64_t row = 0;
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    s += "  ";
    append_dot_quoted(s, vt.text(u, 0));
    s += " -- ";
    append_dot_quoted(s, vt.text(v, 0));
    s += weight;
    report::append_real(s, w);
    s += '"';
    bool first = false;
    if (eg.edges) append_attributes(s, *eg.edges, row, 0, edge_names, first);
    s += "];\n";
    ++row;
    buffer.flush_if_full();
  });
  s += "}\n";
  buffer.finish();
}

}  // namespace reticulist::io
