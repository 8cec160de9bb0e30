#pragma once
// Borgatti's (2006) key-player problem, negative side (KPP-Neg): the set of k vertices whose
// removal fragments the graph most, by fragmentation F (fragmentation.hpp). Searched by greedy
// selection then Borgatti's swap improvement, within a pool of candidates; the method, its
// guarantees (none: a heuristic) and its cost are in key_player.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

struct KeyPlayerOptions {
  std::uint32_t k = 1;                 // the size of the set (at most the pool's size)
  std::uint32_t max_swap_passes = 50;  // passes of the swap step (each: the best single swap)
};

struct KeyPlayerResult {
  std::vector<graph::Vertex> players;  // the set, in greedy order among its members
  std::optional<double> fragmentation_before;         // F of g
  std::vector<std::optional<double>> fragmentation;   // F after removing players[0..i]
  std::uint64_t evaluations = 0;       // sets whose F was computed
  std::uint32_t swaps = 0;             // improving swaps made
  bool converged = true;               // false: stopped by max_swap_passes with swaps left
};

// `candidates`: the pool, distinct vertices of g; their order is the tie-break (earlier wins).
// Throws std::invalid_argument for a vertex out of range or given twice.
KeyPlayerResult key_player_set(const graph::Graph& g, std::span<const graph::Vertex> candidates,
                               const KeyPlayerOptions& options);

}  // namespace reticulist::metrics
