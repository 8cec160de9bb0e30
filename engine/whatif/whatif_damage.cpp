#include "engine/whatif/whatif_damage.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/remove_vertices.hpp"
#include "engine/metrics/components.hpp"

namespace reticulist::whatif {
namespace {

graph::Vertex vertex_of(const layers::LayerView& layer, model::PractitionerId p) {
  const auto it = std::lower_bound(layer.entity.begin(), layer.entity.end(), p);
  if (it == layer.entity.end() || *it != p) throw std::logic_error("whatif: network member outside the layer");
  return static_cast<graph::Vertex>(it - layer.entity.begin());
}

}  // namespace

WhatifLayer build_whatif_layer(const model::Dataset& ds, const layers::Selection& selection,
                               const graph::CoattendanceOptions& options) {
  WhatifLayer w;
  w.layer = layers::build_layer(ds, layers::LayerKind::Practitioner, selection.events, options);
  w.authority = layers::group_vertices(ds, w.layer, "authority");
  std::vector<bool> active(ds.networks.size(), false);
  for (model::EventId e : selection.events) active[ds.events.network[e]] = true;
  const graph::EventsByNetwork by_network(ds);
  for (model::NetworkId n = 0; n < ds.networks.size(); ++n) {
    if (!active[n]) continue;
    const auto events = selection.period ? by_network.of(n, *selection.period, ds) : by_network.of(n);
    const auto own = graph::coattendance(ds, events, options);
    const auto aff = graph::affiliation(ds, events, own.practitioner);
    std::vector<graph::Vertex> local(own.practitioner.size());
    for (std::size_t i = 0; i < local.size(); ++i) local[i] = vertex_of(w.layer, own.practitioner[i]);
    own.graph.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
      if (aff.authority[u] != aff.authority[v]) w.bridges.emplace_back(local[u], local[v]);
    });
    w.networks.push_back(n);
    w.members.insert(w.members.end(), local.begin(), local.end());
    w.member_offsets.push_back(w.members.size());
    w.bridge_offsets.push_back(w.bridges.size());
  }
  return w;
}

WhatifState assess(const model::Dataset& ds, const WhatifLayer& w, const std::vector<bool>& removed,
                   const AssessOptions& options) {
  const auto& g = w.layer.graph;
  const auto sub = graph::remove_vertices(g, removed);
  const auto& h = sub.graph;
  WhatifState s;
  auto& f = s.figures;
  const auto comps = metrics::components(h);
  f.people_removed = g.vertex_count() - sub.original.size();
  f.vertices = h.vertex_count();
  f.ties = h.edge_count();
  f.components = comps.count;
  f.giant_share = comps.giant_share;
  f.isolates = comps.isolates;
  f.fragmentation = metrics::fragmentation(comps);
  if (options.distance) {
    std::uint64_t frame = 0;  // the frame's vertices that stay
    for (graph::Vertex v = 0; v < g.vertex_count(); ++v) frame += g.degree(v) > 0 && !removed[v];
    const auto kept = [&](std::span<const graph::Vertex> sources) {
      std::vector<graph::Vertex> out;
      for (graph::Vertex v : sources) {
        if (removed[v]) continue;
        out.push_back(static_cast<graph::Vertex>(
            std::lower_bound(sub.original.begin(), sub.original.end(), v) - sub.original.begin()));
      }
      return out;
    };
    f.distance_fragmentation = metrics::distance_fragmentation(h, kept(options.sources), frame, options.threads);
    if (!options.paired_sources.empty()) {
      f.paired_distance_fragmentation = metrics::distance_fragmentation(h, kept(options.paired_sources), frame, options.threads);
    }
  }

  // Authority blocks of what is left.
  metrics::Partition groups;
  groups.group_count = w.authority.partition.group_count;
  groups.group.resize(h.vertex_count());
  for (graph::Vertex v = 0; v < h.vertex_count(); ++v) groups.group[v] = w.authority.partition.group[sub.original[v]];
  s.blocks = metrics::block_density(h, groups);
  for (const auto& cell : s.blocks.cells) {
    if (cell.g == cell.h) continue;
    f.cross_authority_ties += cell.ties;
    f.authority_pairs_tied += cell.ties > 0;
  }
  if (f.ties > 0) f.cross_authority_share = static_cast<double>(f.cross_authority_ties) / static_cast<double>(f.ties);

  // Networks' bridges with both ends staying.
  const std::size_t networks = w.networks.size();
  s.network_bridges.assign(networks, 0);
  s.network_removed.assign(networks, 0);
  for (std::size_t i = 0; i < networks; ++i) {
    for (std::uint64_t b = w.bridge_offsets[i]; b < w.bridge_offsets[i + 1]; ++b) {
      s.network_bridges[i] += !removed[w.bridges[b].first] && !removed[w.bridges[b].second];
    }
    for (std::uint64_t m = w.member_offsets[i]; m < w.member_offsets[i + 1]; ++m) s.network_removed[i] += removed[w.members[m]];
    f.networks_with_bridges += s.network_bridges[i] > 0;
  }

  // Establishments: practitioners staying, and their cross-authority tie ends.
  const auto& establishment = w.layer.affiliation.establishment;
  s.establishment_practitioners.assign(ds.establishments.size(), 0);
  s.establishment_outside.assign(ds.establishments.size(), 0);
  for (graph::Vertex v = 0; v < h.vertex_count(); ++v) {
    const auto e = establishment[sub.original[v]];
    if (e != model::kNone) ++s.establishment_practitioners[e];
  }
  h.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
    if (groups.group[u] == groups.group[v]) return;
    for (graph::Vertex x : {u, v}) {
      const auto e = establishment[sub.original[x]];
      if (e != model::kNone) ++s.establishment_outside[e];
    }
  });
  for (auto count : s.establishment_outside) f.establishments_with_outside_tie += count > 0;
  return s;
}

WhatifLosses losses(const WhatifState& before, const WhatifState& after) {
  WhatifLosses out;
  for (std::size_t c = 0; c < before.blocks.cells.size(); ++c) {
    const auto& cell = before.blocks.cells[c];
    if (cell.g != cell.h && cell.ties > 0 && after.blocks.cells[c].ties == 0) out.authority_pairs.push_back(c);
  }
  for (std::size_t i = 0; i < before.network_bridges.size(); ++i) {
    if (before.network_bridges[i] > 0 && after.network_bridges[i] == 0) out.networks.push_back(static_cast<std::uint32_t>(i));
  }
  for (std::size_t e = 0; e < before.establishment_outside.size(); ++e) {
    if (before.establishment_outside[e] > 0 && after.establishment_outside[e] == 0) {
      out.establishments.push_back(static_cast<model::EstablishmentId>(e));
    }
  }
  return out;
}

}  // namespace reticulist::whatif
