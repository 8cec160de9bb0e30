#include "io/export/export_graph.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "engine/error.hpp"

namespace reticulist::io {
namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

void check_spell_list(const layers::SpellList& list, std::uint64_t items, std::string_view what,
                      bool may_be_empty) {
  const std::string name(what);
  if (list.offsets.empty()) {
    if (may_be_empty && list.intervals.empty()) return;
    if (items == 0 && list.intervals.empty()) return;
    throw std::logic_error("export: " + name + " spells have no offsets");
  }
  if (list.item_count() != items)
    throw std::logic_error("export: " + name + " spells cover " + std::to_string(list.item_count()) +
                           " items, the graph has " + std::to_string(items));
  if (list.offsets.front() != 0 || list.offsets.back() != list.intervals.size())
    throw std::logic_error("export: " + name + " spell offsets do not span the intervals");
  for (std::uint64_t i = 0; i < items; ++i) {
    if (list.offsets[i] > list.offsets[i + 1])
      throw std::logic_error("export: " + name + " spell offsets decrease at item " + std::to_string(i));
    const auto spells = list.of(i);
    for (std::size_t k = 0; k < spells.size(); ++k) {
      if (spells[k].first > spells[k].last)
        throw std::logic_error("export: " + name + " spell of item " + std::to_string(i) +
                               " ends before it starts");
      if (k > 0 && spells[k].first <= spells[k - 1].last)
        throw std::logic_error("export: " + name + " spells of item " + std::to_string(i) +
                               " are not sorted and disjoint");
    }
  }
}

}  // namespace

ExportFormat parse_export_format(std::string_view text) {
  const std::string_view key = trim(text);
  for (const ExportFormat format : {ExportFormat::Graphml, ExportFormat::Gexf, ExportFormat::Dot,
                                    ExportFormat::Json, ExportFormat::Csv}) {
    if (equals_ignoring_case(key, export_format_name(format))) return format;
  }
  throw ConfigError("unknown export format '" + std::string(text) +
                    "' (expected graphml, gexf, dot, json or csv)");
}

std::string_view export_format_name(ExportFormat format) {
  switch (format) {
    case ExportFormat::Graphml: return "graphml";
    case ExportFormat::Gexf: return "gexf";
    case ExportFormat::Dot: return "dot";
    case ExportFormat::Json: return "json";
    case ExportFormat::Csv: return "csv";
  }
  return "?";
}

std::string_view export_format_extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::Graphml: return ".graphml";
    case ExportFormat::Gexf: return ".gexf";
    case ExportFormat::Dot: return ".dot";
    case ExportFormat::Json: return ".json";
    case ExportFormat::Csv: return ".csv";
  }
  return "";
}

void check_export_graph(const layers::AttributedLayer& eg) {
  if (eg.graph == nullptr) throw std::logic_error("export: no graph");
  const graph::Graph& g = *eg.graph;
  const report::Table& v = eg.vertices;
  if (v.row_count() != g.vertex_count())
    throw std::logic_error("export: vertex table " + v.name() + " has " + std::to_string(v.row_count()) +
                           " rows, the graph " + std::to_string(g.vertex_count()) + " vertices");
  if (v.column_count() == 0 || v.column(0).type != report::ColumnType::Text)
    throw std::logic_error("export: column 0 of vertex table " + v.name() + " must be the text id");
  for (std::size_t c = 1; c < v.column_count(); ++c) {
    if (v.column(c).name == "id")
      throw std::logic_error("export: vertex attribute 'id' clashes with the vertex id");
  }
  if (eg.weight_name.empty()) throw std::logic_error("export: empty weight name");
  for (const double w : g.all_weights()) {
    if (!std::isfinite(w)) throw std::logic_error("export: an edge weight is not finite");
  }
  if (eg.edges) {
    const report::Table& e = *eg.edges;
    if (e.row_count() != g.edge_count())
      throw std::logic_error("export: edge table " + e.name() + " has " + std::to_string(e.row_count()) +
                             " rows, the graph " + std::to_string(g.edge_count()) + " edges");
    for (std::size_t c = 0; c < e.column_count(); ++c) {
      const std::string& name = e.column(c).name;
      if (name == "source" || name == "target" || name == eg.weight_name)
        throw std::logic_error("export: edge attribute '" + name + "' clashes with an edge's own field");
    }
  }
  if (eg.spells) {
    check_spell_list(eg.spells->vertices, g.vertex_count(), "vertex", false);
    check_spell_list(eg.spells->edges, g.edge_count(), "edge", true);
  }
  // Ids: a string_view into the table per row (the table outlives this function).
  std::unordered_map<std::string_view, std::size_t> seen;
  seen.reserve(v.row_count());
  for (std::size_t r = 0; r < v.row_count(); ++r) {
    if (v.is_na(r, 0)) throw InputError("vertex id in row " + std::to_string(r + 1) + " is NA");
    const std::string& id = v.text(r, 0);
    if (id.empty()) throw InputError("vertex id in row " + std::to_string(r + 1) + " is empty");
    const auto [it, inserted] = seen.emplace(id, r);
    if (!inserted)
      throw InputError("duplicate vertex id '" + id + "' (rows " + std::to_string(it->second + 1) +
                       " and " + std::to_string(r + 1) + ")");
  }
}

}  // namespace reticulist::io
