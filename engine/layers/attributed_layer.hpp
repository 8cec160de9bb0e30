#pragma once
// A layer with its attributes, as every export writer takes it (io/export): the graph, a vertex
// table (layers::vertex_table), edge attributes (the Jaccard overlap of the network-of-networks
// layer) and, when periods are given, time spells: a vertex is present in the periods in which
// it is in that period's layer, an edge in the periods in which that period's layer has it. (On
// the aggregated layers a period's placement may differ from the whole span's, when people
// moved: a period tie that the whole-span graph does not have gives no spell, and the edge is
// shown throughout.) Cost: one layer build per period on top of the whole-span one.
#include <optional>
#include <string>

#include "engine/graph/coattendance.hpp"
#include "engine/graph/graph.hpp"
#include "engine/layers/layer_view.hpp"
#include "engine/layers/spells.hpp"
#include "engine/model/periods.hpp"
#include "engine/report/table.hpp"

namespace reticulist::layers {

struct AttributedLayer {
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

// `layer` (the whole span) must outlive the result, which points at its graph.
AttributedLayer attributed_layer(const model::Dataset& ds, const LayerView& layer, const model::Periods* periods,
                                 const graph::CoattendanceOptions& options, bool identify);

}  // namespace reticulist::layers
