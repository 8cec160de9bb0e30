#include "engine/layers/attributed_layer.hpp"

#include <algorithm>

#include "engine/graph/event_selection.hpp"
#include "engine/graph/network_overlap.hpp"
#include "engine/layers/vertex_table.hpp"

namespace reticulist::layers {

namespace {

// Vertex of the whole-span layer standing for the same entity, if any (entities ascending in both).
std::optional<graph::Vertex> same_vertex(const LayerView& whole, std::uint32_t entity) {
  const auto it = std::lower_bound(whole.entity.begin(), whole.entity.end(), entity);
  if (it == whole.entity.end() || *it != entity) return std::nullopt;
  return static_cast<graph::Vertex>(it - whole.entity.begin());
}

Spells period_spells(const model::Dataset& ds, const LayerView& whole, const model::Periods& periods,
                     const graph::CoattendanceOptions& options) {
  std::vector<Spell> vertex_spells, edge_spells;
  const EdgeIndex edge_index(whole.graph);
  for (const auto& period : periods) {
    const auto part = build_layer(ds, whole.kind, graph::events_in_period(ds, period), options);
    const model::DateRange days{period.first, period.last};
    std::vector<std::optional<graph::Vertex>> to_whole(part.graph.vertex_count());
    for (graph::Vertex v = 0; v < part.graph.vertex_count(); ++v) {
      to_whole[v] = same_vertex(whole, part.entity[v]);
      if (to_whole[v]) vertex_spells.push_back({*to_whole[v], days});
    }
    part.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
      if (!to_whole[u] || !to_whole[v]) return;
      if (const auto e = edge_index(*to_whole[u], *to_whole[v])) edge_spells.push_back({*e, days});
    });
  }
  return {make_spell_list(whole.graph.vertex_count(), std::move(vertex_spells)),
          make_spell_list(whole.graph.edge_count(), std::move(edge_spells))};
}

}  // namespace

AttributedLayer attributed_layer(const model::Dataset& ds, const LayerView& layer, const model::Periods* periods,
                         const graph::CoattendanceOptions& options, bool identify) {
  AttributedLayer out{.graph = &layer.graph, .vertices = vertex_table(ds, layer, identify)};
  if (layer.kind == LayerKind::Network) {
    report::Table edges("edges", "Shared members", "one row per pair of networks with a member in common");
    edges.add_column("jaccard", report::ColumnType::Real, "shared members / members of either network");
    layer.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double shared) {
      edges.append_row({graph::jaccard(layer.members[u], layer.members[v], shared)});
    });
    out.edges = std::move(edges);
    out.weight_name = "shared_members";
  } else if (layer.kind == LayerKind::Practitioner) {
    out.weight_name = options.weight == graph::TieWeight::Newman ? "newman_weight" : "shared_events";
  } else {
    out.weight_name = "practitioner_ties";
  }
  if (periods != nullptr && periods->size() > 0) out.spells = period_spells(ds, layer, *periods, options);
  out.description = std::string(layer_name(layer.kind)) + " layer";
  return out;
}

}  // namespace reticulist::layers
