#pragma once
// What `reticulist whatif` measures on the practitioner co-attendance layer of one selection,
// before and after people leave: the layer with its authority grouping and, per network, the
// cross-authority ties of its own events (WhatifLayer, built once), and the figures of the layer
// without a set of vertices (assess, run for the scenario and for every random repetition).
//
//   cross-authority tie      a tie between practitioners of different authorities (each placed
//                            in the authority of their latest record in the selection)
//   a network's bridges      the cross-authority ties of the network's own co-attendance graph
//                            (its events in the selection, large-event rule applied; members placed
//                            by their latest record in those events), as networks.csv of
//                            `reticulist metrics` defines them (report/network_table.hpp)
//   establishment's outside  the cross-authority ties of its practitioners (placed in the
//   ties                     establishment of their latest record); central staff have none
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "engine/layers/grouping.hpp"
#include "engine/layers/layer_view.hpp"
#include "engine/layers/selection.hpp"
#include "engine/metrics/block_density.hpp"
#include "engine/metrics/fragmentation.hpp"

namespace reticulist::whatif {

struct WhatifLayer {
  layers::LayerView layer;    // practitioner co-attendance of the selection
  layers::Grouping authority; // the layer's vertices grouped by authority (labels sorted, as metrics does)
  // Networks with a record in the selection, ascending id; network i's bridges are the vertex
  // pairs bridges[bridge_offsets[i] .. bridge_offsets[i + 1]) (vertices of `layer`).
  std::vector<model::NetworkId> networks;
  std::vector<std::uint64_t> member_offsets{0};  // network i's members (vertices of `layer`):
  std::vector<graph::Vertex> members;             //   members[member_offsets[i] .. [i + 1])
  std::vector<std::uint64_t> bridge_offsets{0};
  std::vector<std::pair<graph::Vertex, graph::Vertex>> bridges;
  // The bridges at each vertex v, network by network (a run per network), so that assess reads
  // them without looking into `bridges`: v's runs are r in [bridge_run_offsets[v], [v + 1]), run r
  // holding network bridge_run_network[r]'s bridges from v to bridge_others[bridge_run_begin[r]
  // .. bridge_run_begin[r + 1]).
  std::vector<std::uint64_t> bridge_run_offsets;  // n + 1
  std::vector<std::uint32_t> bridge_run_network;  // per run, an index into `networks`
  std::vector<std::uint64_t> bridge_run_begin;    // runs + 1
  std::vector<graph::Vertex> bridge_others;       // two per bridge
  // The whole layer, nobody removed, from which assess subtracts what a removal takes.
  metrics::BlockDensityResult blocks;                // authority x authority
  bool whole_number_weights = true;                  // metrics::whole_number_weights(layer.graph)
  std::vector<std::uint32_t> establishment_outside;  // outside tie ends per establishment id
};

// Cost: the layer (graph::coattendance) plus one projection per network, O(sum over the
// selection's events of n_e^2) in all, and O(n + m + G^2) for the whole layer's figures; memory
// O(n + m) plus 16 bytes per network bridge and 12 per network a vertex has bridges in.
WhatifLayer build_whatif_layer(const model::Dataset& ds, const layers::Selection& selection,
                               const graph::CoattendanceOptions& options);
// The same from the selection's practitioner layer, already built by the caller with the same options.
WhatifLayer build_whatif_layer(const model::Dataset& ds, const layers::Selection& selection,
                               const graph::CoattendanceOptions& options, layers::LayerView layer);

// The scalar figures of one state of the layer.
struct WhatifFigures {
  std::uint64_t people_removed = 0;
  std::uint64_t vertices = 0;
  std::uint64_t ties = 0;
  std::uint64_t components = 0;
  std::optional<double> giant_share;  // NA without vertices
  std::uint64_t isolates = 0;
  std::optional<double> fragmentation;  // Borgatti's F; NA below 2 vertices
  metrics::DistanceFragmentation distance_fragmentation;  // value NA unless computed
  metrics::DistanceFragmentation paired_distance_fragmentation;  // from AssessOptions::paired_sources
  std::uint64_t cross_authority_ties = 0;
  std::optional<double> cross_authority_share;  // of all ties; NA without ties
  std::uint64_t authority_pairs_tied = 0;       // pairs of different authorities with a tie
  std::uint64_t networks_with_bridges = 0;      // networks with at least one bridge
  std::uint64_t establishments_with_outside_tie = 0;
};

// The layer without the removed vertices.
struct WhatifState {
  WhatifFigures figures;
  metrics::BlockDensityResult blocks;           // authority x authority (groups of WhatifLayer::authority)
  std::vector<std::uint32_t> network_bridges;   // per network of WhatifLayer::networks
  std::vector<std::uint32_t> network_removed;   // members of each network removed
  std::vector<std::uint32_t> establishment_practitioners;  // per establishment id
  std::vector<std::uint32_t> establishment_outside;        // outside tie ends per establishment id
};

// dF is estimated from sources drawn once from the layer's frame (its vertices with a tie;
// metrics::shuffled_frame) and shared by every state: the state without S uses the drawn
// sources that stay, a simple random sample of the frame's vertices that stay (common random
// numbers: before, after and the baseline's repetitions differ by the removal, not by the draw).
struct AssessOptions {
  bool distance = true;                              // compute dF (the costly part)
  std::span<const graph::Vertex> sources;            // dF sources, vertices of the layer
  std::span<const graph::Vertex> paired_sources;     // optional: dF again from these (the baseline's)
  unsigned threads = 1;                              // BFS workers for dF
};

// The state is computed on the layer itself, the removed vertices masked out, with no copy of
// what stays: every field is the same, to the last bit, as on graph::remove_vertices' subgraph.
// Cost: components O(n + m) at worst and usually far less (components.hpp, direction-optimising);
// ties, blocks, bridges and outside ties by subtracting the removed vertices' share from the whole
// layer's, O(G^2 + their ties and bridges) (whole_number_weights; otherwise the blocks' weights
// take O(n + m)); O(n + network members + establishments) for the rest; plus the dF searches
// (fragmentation.hpp: many sources per pass over the ties). A mask of the wrong size throws
// std::invalid_argument.
WhatifState assess(const model::Dataset& ds, const WhatifLayer& w, const std::vector<bool>& removed,
                   const AssessOptions& options);

// What was lost from `before` to `after`: pairs of different authorities (cells g < h of the
// block matrix) tied before and not after; networks with bridges before and none after;
// establishments with outside ties before and none after.
struct WhatifLosses {
  std::vector<std::size_t> authority_pairs;  // indices into blocks.cells
  std::vector<std::uint32_t> networks;       // indices into WhatifLayer::networks
  std::vector<model::EstablishmentId> establishments;
};
WhatifLosses losses(const WhatifState& before, const WhatifState& after);

}  // namespace reticulist::whatif
