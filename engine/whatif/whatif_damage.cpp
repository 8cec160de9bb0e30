#include "engine/whatif/whatif_damage.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "engine/graph/affiliation.hpp"
#include "engine/metrics/components.hpp"

namespace reticulist::whatif {
namespace {

graph::Vertex vertex_of(const layers::LayerView& layer, model::PractitionerId p) {
  const auto it = std::lower_bound(layer.entity.begin(), layer.entity.end(), p);
  if (it == layer.entity.end() || *it != p) throw std::logic_error("whatif: network member outside the layer");
  return static_cast<graph::Vertex>(it - layer.entity.begin());
}

// The bridge runs (WhatifLayer) from bridges, by a counting sort of the bridge ends on their
// vertex, network by network: first how many ends and runs each vertex has, then where they go.
void index_bridge_runs(WhatifLayer& w) {
  constexpr std::uint32_t kNoNetwork = std::numeric_limits<std::uint32_t>::max();
  const std::uint32_t n = w.layer.graph.vertex_count();
  std::vector<std::uint64_t> others_at(static_cast<std::size_t>(n) + 1, 0);  // per vertex, then where its next end goes
  w.bridge_run_offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  std::vector<std::uint32_t> last(n, kNoNetwork);  // the network of each vertex's latest run
  for (std::uint32_t i = 0; i < w.networks.size(); ++i) {
    for (std::uint64_t b = w.bridge_offsets[i]; b < w.bridge_offsets[i + 1]; ++b) {
      for (graph::Vertex x : {w.bridges[b].first, w.bridges[b].second}) {
        ++others_at[x + 1];
        if (last[x] != i) ++w.bridge_run_offsets[x + 1];
        last[x] = i;
      }
    }
  }
  for (std::uint32_t v = 0; v < n; ++v) {
    others_at[v + 1] += others_at[v];
    w.bridge_run_offsets[v + 1] += w.bridge_run_offsets[v];
  }
  const std::uint64_t runs = w.bridge_run_offsets[n];
  w.bridge_others.resize(others_at[n]);
  w.bridge_run_network.resize(runs);
  w.bridge_run_begin.resize(runs + 1);
  w.bridge_run_begin[runs] = others_at[n];
  std::vector<std::uint64_t> run_at(w.bridge_run_offsets.begin(), w.bridge_run_offsets.end() - 1);
  std::fill(last.begin(), last.end(), kNoNetwork);
  for (std::uint32_t i = 0; i < w.networks.size(); ++i) {
    for (std::uint64_t b = w.bridge_offsets[i]; b < w.bridge_offsets[i + 1]; ++b) {
      const auto [u, v] = w.bridges[b];
      for (const auto& [x, other] : {std::pair{u, v}, std::pair{v, u}}) {
        if (last[x] != i) {
          w.bridge_run_network[run_at[x]] = i;
          w.bridge_run_begin[run_at[x]++] = others_at[x];
          last[x] = i;
        }
        w.bridge_others[others_at[x]++] = other;
      }
    }
  }
}

}  // namespace

WhatifLayer build_whatif_layer(const model::Dataset& ds, const layers::Selection& selection,
                               const graph::CoattendanceOptions& options) {
  return build_whatif_layer(ds, selection, options,
                            layers::build_layer(ds, layers::LayerKind::Practitioner, selection.events, options));
}

WhatifLayer build_whatif_layer(const model::Dataset& ds, const layers::Selection& selection,
                               const graph::CoattendanceOptions& options, layers::LayerView layer) {
  WhatifLayer w;
  w.layer = std::move(layer);
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
  index_bridge_runs(w);

  const auto& g = w.layer.graph;
  const auto& group = w.authority.partition.group;
  const auto& establishment = w.layer.affiliation.establishment;
  w.blocks = metrics::block_density(g, w.authority.partition);
  w.whole_number_weights = metrics::whole_number_weights(g);
  w.establishment_outside.assign(ds.establishments.size(), 0);
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
    if (group[u] == group[v]) return;
    for (graph::Vertex x : {u, v}) {
      if (establishment[x] != model::kNone) ++w.establishment_outside[establishment[x]];
    }
  });
  return w;
}

WhatifState assess(const model::Dataset& ds, const WhatifLayer& w, const std::vector<bool>& removed,
                   const AssessOptions& options) {
  const auto& g = w.layer.graph;
  const std::uint32_t n = g.vertex_count();
  if (removed.size() != n) throw std::invalid_argument("whatif: the removal mask must have one entry per vertex");
  const auto& group = w.authority.partition.group;
  WhatifState s;
  auto& f = s.figures;
  const auto comps = metrics::components(g, removed);
  f.people_removed = static_cast<std::uint64_t>(std::count(removed.begin(), removed.end(), true));
  f.vertices = n - f.people_removed;
  f.components = comps.count;
  f.giant_share = comps.giant_share;
  f.isolates = comps.isolates;
  f.fragmentation = metrics::fragmentation(comps);
  if (options.distance) {
    std::uint64_t frame = 0;  // the frame's vertices that stay
    for (graph::Vertex v = 0; v < n; ++v) frame += g.degree(v) > 0 && !removed[v];
    const auto kept = [&](std::span<const graph::Vertex> sources) {
      std::vector<graph::Vertex> out;
      for (graph::Vertex v : sources) {
        if (!removed[v]) out.push_back(v);
      }
      return out;
    };
    f.distance_fragmentation = metrics::distance_fragmentation(g, removed, kept(options.sources), frame, options.threads);
    if (!options.paired_sources.empty()) {
      f.paired_distance_fragmentation =
          metrics::distance_fragmentation(g, removed, kept(options.paired_sources), frame, options.threads);
    }
  }

  // Authority blocks of what is left.
  s.blocks = metrics::block_density_without(g, w.authority.partition, w.blocks, removed, w.whole_number_weights);
  f.ties = s.blocks.tie_count;
  for (const auto& cell : s.blocks.cells) {
    if (cell.g == cell.h) continue;
    f.cross_authority_ties += cell.ties;
    f.authority_pairs_tied += cell.ties > 0;
  }
  if (f.ties > 0) f.cross_authority_share = static_cast<double>(f.cross_authority_ties) / static_cast<double>(f.ties);

  // Networks' bridges with both ends staying: all but those at a removed vertex (one between two
  // removed vertices taken from its lower end).
  const std::size_t networks = w.networks.size();
  s.network_bridges.assign(networks, 0);
  for (std::size_t i = 0; i < networks; ++i) {
    s.network_bridges[i] = static_cast<std::uint32_t>(w.bridge_offsets[i + 1] - w.bridge_offsets[i]);
  }
  for (graph::Vertex u = 0; u < n; ++u) {
    if (!removed[u]) continue;
    for (std::uint64_t r = w.bridge_run_offsets[u]; r < w.bridge_run_offsets[u + 1]; ++r) {
      std::uint32_t lost = 0;
      for (std::uint64_t e = w.bridge_run_begin[r]; e < w.bridge_run_begin[r + 1]; ++e) {
        const graph::Vertex other = w.bridge_others[e];
        lost += !removed[other] || other > u;
      }
      s.network_bridges[w.bridge_run_network[r]] -= lost;
    }
  }
  s.network_removed.assign(networks, 0);
  for (std::size_t i = 0; i < networks; ++i) {
    for (std::uint64_t m = w.member_offsets[i]; m < w.member_offsets[i + 1]; ++m) s.network_removed[i] += removed[w.members[m]];
    f.networks_with_bridges += s.network_bridges[i] > 0;
  }

  // Establishments: practitioners staying, and their cross-authority tie ends: the whole layer's
  // but those of ties at a removed vertex.
  const auto& establishment = w.layer.affiliation.establishment;
  s.establishment_practitioners.assign(ds.establishments.size(), 0);
  for (graph::Vertex v = 0; v < n; ++v) {
    if (!removed[v] && establishment[v] != model::kNone) ++s.establishment_practitioners[establishment[v]];
  }
  s.establishment_outside = w.establishment_outside;
  for (graph::Vertex u = 0; u < n; ++u) {
    if (!removed[u]) continue;
    for (graph::Vertex v : g.neighbours(u)) {
      if ((removed[v] && v < u) || group[u] == group[v]) continue;
      for (graph::Vertex x : {u, v}) {
        if (establishment[x] != model::kNone) --s.establishment_outside[establishment[x]];
      }
    }
  }
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
