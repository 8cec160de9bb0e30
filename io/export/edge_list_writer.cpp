#include "io/export/edge_list_writer.hpp"

#include <string>

#include "io/export/export_text.hpp"
#include "io/table_writer.hpp"

namespace reticulist::io {

void write_csv_edges(const layers::AttributedLayer& eg, std::ostream& out) {
  check_export_graph(eg);
  const report::Table& vt = eg.vertices;
  const report::Table* et = eg.edges ? &*eg.edges : nullptr;
  ExportBuffer buffer(out);
  std::string& s = buffer.text();

  s += "source,target,";
  append_csv_field(s, eg.weight_name);
  if (et != nullptr) {
    for (std::size_t c = 0; c < et->column_count(); ++c) {
      s += ',';
      append_csv_field(s, et->column(c).name);
    }
  }
  s += '\n';
  std::uint64_t row = 0;
  eg.graph->for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    append_csv_field(s, vt.text(u, 0));
    s += ',';
    append_csv_field(s, vt.text(v, 0));
    s += ',';
    report::append_real(s, w);
    if (et != nullptr) {
      for (std::size_t c = 0; c < et->column_count(); ++c) {
        s += ',';
        if (et->column(c).type == report::ColumnType::Text && !et->is_na(row, c)) {
          append_csv_field(s, et->text(row, c));
        } else {
          et->append_cell(s, row, c);  // numbers, booleans and NA never need quotes
        }
      }
    }
    s += '\n';
    ++row;
    buffer.flush_if_full();
  });
  buffer.finish();
}

void write_csv_nodes(const layers::AttributedLayer& eg, std::ostream& out) {
  check_export_graph(eg);
  write_csv(eg.vertices, out);
}

}  // namespace reticulist::io
