#include "io/export/graphml_writer.hpp"

#include <string>
#include <vector>

#include "io/export/export_text.hpp"

namespace reticulist::io {
namespace {

void append_key(std::string& s, std::string_view id, std::string_view for_what, std::string_view name,
                std::string_view type) {
  s += "  <key id=\"";
  append_xml_escaped(s, id);
  s += "\" for=\"";
  s += for_what;
  s += "\" attr.name=\"";
  append_xml_escaped(s, name);
  s += "\" attr.type=\"";
  s += type;
  s += "\"/>\n";
}

// The <data> elements of one row; `keys` holds `<data key="...">` per column ("" = skip column).
// Returns whether any was written.
bool append_data(std::string& s, const report::Table& table, std::size_t row,
                 const std::vector<std::string>& keys, bool open_first, std::string_view close_tag) {
  bool any = false;
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (keys[c].empty() || table.is_na(row, c)) continue;
    if (!any && open_first) s += ">\n";
    any = true;
    s += keys[c];
    append_xml_cell(s, table, row, c);
    s += "</data>\n";
  }
  if (any && !close_tag.empty()) s += close_tag;
  return any;
}

std::string data_open(std::string_view key_id) {
  std::string open = "      <data key=\"";
  append_xml_escaped(open, key_id);
  open += "\">";
  return open;
}

}  // namespace

void write_graphml(const layers::AttributedLayer& eg, std::ostream& out) {
  check_export_graph(eg);
  const graph::Graph& g = *eg.graph;
  const report::Table& vt = eg.vertices;
  ExportBuffer buffer(out);
  std::string& s = buffer.text();

  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

  // Keys, and the opening of each <data> element, computed once.
  std::vector<std::string> vertex_keys(vt.column_count());
  for (std::size_t c = 0; c < vt.column_count(); ++c) {
    const report::ColumnInfo& column = vt.column(c);
    if (c == 0 && column.name == "id") continue;
    const std::string id = "v_" + column.name;
    append_key(s, id, "node", column.name, xml_attribute_type(column.type));
    vertex_keys[c] = data_open(id);
  }
  append_key(s, "weight", "edge", eg.weight_name, "double");
  std::vector<std::string> edge_keys;
  if (eg.edges) {
    edge_keys.resize(eg.edges->column_count());
    for (std::size_t c = 0; c < eg.edges->column_count(); ++c) {
      const report::ColumnInfo& column = eg.edges->column(c);
      const std::string id = "e_" + column.name;
      append_key(s, id, "edge", column.name, xml_attribute_type(column.type));
      edge_keys[c] = data_open(id);
    }
  }
  if (!eg.description.empty()) append_key(s, "g_description", "graph", "description", "string");

  s += "  <graph id=\"G\" edgedefault=\"undirected\">\n";
  if (!eg.description.empty()) {
    s += "    <data key=\"g_description\">";
    append_xml_escaped(s, eg.description);
    s += "</data>\n";
  }

  for (std::size_t v = 0; v < vt.row_count(); ++v) {
    s += "    <node id=\"";
    append_xml_escaped(s, vt.text(v, 0));
    s += '"';
    if (!append_data(s, vt, v, vertex_keys, true, "    </node>\n")) s += "/>\n";
    buffer.flush_if_full();
  }

  std::uint64_t row = 0;
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    s += "    <edge source=\"";
    append_xml_escaped(s, vt.text(u, 0));
    s += "\" target=\"";
    append_xml_escaped(s, vt.text(v, 0));
    s += "\">\n      <data key=\"weight\">";
    report::append_real(s, w);
    s += "</data>\n";
    if (eg.edges) append_data(s, *eg.edges, row, edge_keys, false, "");
    s += "    </edge>\n";
    ++row;
    buffer.flush_if_full();
  });

  s += "  </graph>\n</graphml>\n";
  buffer.finish();
}

}  // namespace reticulist::io
