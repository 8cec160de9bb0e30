#pragma once
// ExportGraph: one graph layer with its attributes, as every export writer takes it. Each format
// has its own writer in io/export/ (GraphML, GEXF, DOT, node-link JSON, CSV edge and node lists);
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
//   io::ExportGraph eg{.graph = &layer.graph, .vertices = std::move(table)};
//   eg.spells = io::Spells{.vertices = io::make_spell_list(n, std::move(vertex_periods))};
//   io::write_gexf(eg, out);
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/model/civil_date.hpp"
#include "engine/report/table.hpp"

namespace reticulist::io {

enum class ExportFormat { Graphml, Gexf, Dot, Json, Csv };

// "graphml", "gexf", "dot", "json", "csv", in any case, spaces around allowed. Throws ConfigError
// "unknown export format 'X' (expected graphml, gexf, dot, json or csv)".
ExportFormat parse_export_format(std::string_view text);
// The name parse_export_format accepts: "graphml", ...
std::string_view export_format_name(ExportFormat format);
// ".graphml", ".gexf", ".dot", ".json", ".csv" (Csv writes two files: see edge_list_writer.hpp).
std::string_view export_format_extension(ExportFormat format);

// Time intervals for items 0..count-1 (the vertices, or the edges in for_each_edge order) in
// compressed sparse row form, so a national graph needs no vector per vertex: item i holds
// intervals[offsets[i] .. offsets[i+1]). Intervals are inclusive day ranges, sorted and disjoint
// within an item. An item with no interval has no time limit in GEXF (present throughout).
struct SpellList {
  std::vector<std::uint64_t> offsets{};  // item count + 1 entries, offsets[0] = 0; empty = no items
  std::vector<model::DateRange> intervals{};

  std::uint64_t item_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::span<const model::DateRange> of(std::uint64_t item) const {
    return {intervals.data() + offsets[item], intervals.data() + offsets[item + 1]};
  }
};

// One interval of one item, as a caller collects them (for example one per membership period).
struct Spell {
  std::uint64_t item;
  model::DateRange days;
};

// Builds a SpellList from intervals given in any order, with repeats: sorts them by item and
// start, and merges ranges that overlap or touch (one ending on day d and one starting on d + 1
// become one spell, so consecutive sessions make one unbroken spell on Gephi's timeline).
// Throws std::out_of_range for an item >= item_count and std::invalid_argument for a range whose
// first day is after its last. Cost O(s log s) for s spells; memory O(item_count + s).
SpellList make_spell_list(std::uint64_t item_count, std::vector<Spell> spells);

struct Spells {
  SpellList vertices{};  // one item per vertex
  SpellList edges{};     // one item per edge in for_each_edge order, or no items: no edge spells
};

// The position of each edge in Graph::for_each_edge order, found from its two ends: the index of
// edge rows in `ExportGraph::edges` and of items in `Spells::edges`. Holds a reference to the
// graph (keep it alive) and one count per vertex; construction O(n + m), lookup O(log degree).
class EdgeIndex {
 public:
  explicit EdgeIndex(const graph::Graph& graph);
  // The index of edge {u, v} (either order), nullopt when u and v are not tied (or u == v).
  std::optional<std::uint64_t> operator()(graph::Vertex u, graph::Vertex v) const;

 private:
  const graph::Graph* graph_;
  std::vector<std::uint64_t> before_;  // before_[u]: edges {x, y}, x < y, with x < u
};

struct ExportGraph {
  const graph::Graph* graph = nullptr;
  // One row per vertex, in vertex order. Column 0 (Text, never NA, unique, not empty) is the
  // vertex id every format uses (pseudonym, authority name, ...); columns 1.. are attributes of
  // any type and must not be named "id" (node-link JSON's key for the vertex id).
  report::Table vertices;
  // Edge attributes besides the weight: one row per edge in for_each_edge order. Column names
  // must differ from "source", "target" and weight_name.
  std::optional<report::Table> edges{};
  // Time spells for GEXF's timeline (mode="dynamic"); the other formats ignore them.
  std::optional<Spells> spells{};
  // The name of the edge weight (Graph's weights) in GraphML, JSON, DOT and CSV. GEXF always
  // writes it as the edge's own `weight`, which Gephi and networkx read as the weight.
  std::string weight_name = "weight";
  // One line saying what the graph is ("practitioner co-attendance, 2022/23"); may be empty.
  std::string description{};
};

// Checks what the writers rely on; every writer calls it first. Structural mismatches are
// programming errors (std::logic_error: a vertex table whose row count is not the vertex count,
// an id column that is not Text, reserved column names, spell offsets that do not fit, a weight
// that is not finite).
// Ids that could not be read back (NA, empty, or the same id twice) throw InputError
// "vertex id in row R is NA|empty" or "duplicate vertex id 'X' (rows R1 and R2)", rows counted
// from 1. Cost O(n + m) time and O(n) memory for the duplicate check.
void check_export_graph(const ExportGraph& graph);

}  // namespace reticulist::io
