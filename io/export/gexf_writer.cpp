#include "io/export/gexf_writer.hpp"

#include <string>
#include <vector>

#include "io/export/export_text.hpp"

namespace reticulist::io {
namespace {

// YYYY-MM-DD without a temporary string (a national graph has millions of spells); years
// outside 0..9999 go through model::format_iso_date.
void append_date(std::string& s, model::Day day) {
  const model::CivilDate date = model::civil_from_day(day);
  if (date.year < 0 || date.year > 9999) {
    s += model::format_iso_date(day);
    return;
  }
  const auto digits = [&](unsigned value, int width) {
    char buf[4];
    for (int i = width - 1; i >= 0; --i) {
      buf[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    s.append(buf, static_cast<std::size_t>(width));
  };
  digits(static_cast<unsigned>(date.year), 4);
  s += '-';
  digits(date.month, 2);
  s += '-';
  digits(date.day, 2);
}

// <attributes class="node|edge"> for columns [first, count) of `table`.
void append_attributes(std::string& s, const report::Table& table, std::size_t first,
                       std::string_view class_name) {
  if (table.column_count() <= first) return;
  s += "    <attributes class=\"";
  s += class_name;
  s += "\">\n";
  for (std::size_t c = first; c < table.column_count(); ++c) {
    const report::ColumnInfo& column = table.column(c);
    s += "      <attribute id=\"";
    append_xml_escaped(s, column.name);
    s += "\" title=\"";
    append_xml_escaped(s, column.name);
    s += "\" type=\"";
    s += xml_attribute_type(column.type);
    s += "\"/>\n";
  }
  s += "    </attributes>\n";
}

// The <attvalues> of one row (columns [first, count)), indented for a node or edge element, and
// the spells; opens the element's body (">\n") before the first child. Returns whether any
// child was written.
class Children {
 public:
  explicit Children(std::string& s) : s_(s) {}
  bool any() const { return any_; }

  void attvalues(const report::Table& table, std::size_t row, std::size_t first,
                 const std::vector<std::string>& opens) {
    bool open = false;
    for (std::size_t c = first; c < table.column_count(); ++c) {
      if (table.is_na(row, c)) continue;
      if (!open) {
        body();
        s_ += "        <attvalues>\n";
        open = true;
      }
      s_ += opens[c];
      append_xml_cell(s_, table, row, c);
      s_ += "\"/>\n";
    }
    if (open) s_ += "        </attvalues>\n";
  }

  void spells(std::span<const model::DateRange> ranges) {
    if (ranges.empty()) return;
    body();
    s_ += "        <spells>\n";
    for (const model::DateRange& r : ranges) {
      s_ += "          <spell start=\"";
      append_date(s_, r.first);
      s_ += "\" end=\"";
      append_date(s_, r.last);
      s_ += "\"/>\n";
    }
    s_ += "        </spells>\n";
  }

  // Closes the element: "/>" when it has no child, else its end tag.
  void close(std::string_view end_tag) {
    if (any_) {
      s_ += "      ";
      s_ += end_tag;
      s_ += '\n';
    } else {
      s_ += "/>\n";
    }
  }

 private:
  void body() {
    if (!any_) s_ += ">\n";
    any_ = true;
  }
  std::string& s_;
  bool any_ = false;
};

std::vector<std::string> attvalue_opens(const report::Table& table) {
  std::vector<std::string> opens(table.column_count());
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    opens[c] = "          <attvalue for=\"";
    append_xml_escaped(opens[c], table.column(c).name);
    opens[c] += "\" value=\"";
  }
  return opens;
}

}  // namespace

void write_gexf(const layers::AttributedLayer& eg, std::ostream& out, GexfVersion version) {
  check_export_graph(eg);
  const graph::Graph& g = *eg.graph;
  const report::Table& vt = eg.vertices;
  const bool dynamic = eg.spells.has_value();
  const bool edge_spells = dynamic && eg.spells->edges.item_count() > 0;
  ExportBuffer buffer(out);
  std::string& s = buffer.text();

  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // No xsi:schemaLocation: the normative RELAX NG schema (gexf.rng) does not allow it.
  s += version == GexfVersion::V1_3 ? "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                                    : "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n";
  s += "  <meta>\n    <creator>Reticulist</creator>\n";
  if (!eg.description.empty()) {
    s += "    <description>";
    append_xml_escaped(s, eg.description);
    s += "</description>\n";
  }
  s += "  </meta>\n";
  s += dynamic ? "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
               : "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n";
  append_attributes(s, vt, 1, "node");
  if (eg.edges) append_attributes(s, *eg.edges, 0, "edge");

  const std::vector<std::string> vertex_opens = attvalue_opens(vt);
  s += "    <nodes count=\"";
  report::append_integer(s, static_cast<std::int64_t>(vt.row_count()));
  s += "\">\n";
  for (std::size_t v = 0; v < vt.row_count(); ++v) {
    s += "      <node id=\"";
    append_xml_escaped(s, vt.text(v, 0));
    s += "\" label=\"";
    append_xml_escaped(s, vt.text(v, 0));
    s += '"';
    Children children(s);
    children.attvalues(vt, v, 1, vertex_opens);
    if (dynamic) children.spells(eg.spells->vertices.of(v));
    children.close("</node>");
    buffer.flush_if_full();
  }
  s += "    </nodes>\n";

  std::vector<std::string> edge_opens;
  if (eg.edges) edge_opens = attvalue_opens(*eg.edges);
  s += "    <edges count=\"";
  report::append_integer(s, static_cast<std::int64_t>(g.edge_count()));
  s += "\">\n";
  std::uint64_t row = 0;
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    s += "      <edge id=\"";
    report::append_integer(s, static_cast<std::int64_t>(row));
    s += "\" source=\"";
    append_xml_escaped(s, vt.text(u, 0));
    s += "\" target=\"";
    append_xml_escaped(s, vt.text(v, 0));
    s += "\" weight=\"";
    report::append_real(s, w);
    s += '"';
    Children children(s);
    if (eg.edges) children.attvalues(*eg.edges, row, 0, edge_opens);
    if (edge_spells) children.spells(eg.spells->edges.of(row));
    children.close("</edge>");
    ++row;
    buffer.flush_if_full();
  });
  s += "    </edges>\n  </graph>\n</gexf>\n";
  buffer.finish();
}

}  // namespace reticulist::io
