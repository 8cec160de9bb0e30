#pragma once
// Borgatti's (2006) key-player fragmentation F and distance-weighted fragmentation dF: how far a
// graph falls apart, 0 when everyone reaches everyone in one step (dF) or at all (F), 1 when no
// one reaches anyone. Formulas, conventions, sampling and costs are in fragmentation.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/components.hpp"

namespace reticulist::metrics {

// sum_k s_k (s_k - 1) over component sizes s_k: the ordered pairs of distinct vertices that can
// reach each other (F's numerator; exact, so key-player searches compare integers).
std::uint64_t reachable_pairs(std::span<const std::uint32_t> component_sizes);

// F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)), n = sum_k s_k. NA for n < 2.
std::optional<double> fragmentation(std::span<const std::uint32_t> component_sizes);
std::optional<double> fragmentation(const Components& components);
std::optional<double> fragmentation(const graph::Graph& g);

struct DistanceFragmentationOptions {
  std::uint32_t exact_max_vertices = 5000;  // exact when n <= this (or when samples cover all)
  std::uint32_t samples = 500;              // BFS sources when sampling (at least 2)
  std::uint64_t seed = 1;                   // for the choice of sampled sources
  unsigned threads = 1;                     // BFS workers; 0 = one per core
};

struct DistanceFragmentation {
  std::optional<double> value;           // dF; NA for n < 2 (or with no source to estimate from)
  bool exact = true;                     // false: estimated from `sources` sampled sources
  std::uint32_t sources = 0;             // BFS sources used (exact: every vertex with a tie)
  std::optional<double> standard_error;  // of the estimate; 0 when exact; NA below 2 sources
};

// dF with its own sample of sources (seeded).
DistanceFragmentation distance_fragmentation(const graph::Graph& g, const DistanceFragmentationOptions& options = {});

// dF from given sources: `sources` (distinct vertices of g) must be a simple random sample,
// without replacement, of a frame of `population` vertices that holds every vertex with a tie
// (vertices outside it have no tie, so add nothing). Exact when the sample is the whole frame.
// Lets several graphs share one sample (common random numbers: the vertices of g - S that were
// drawn for g), so that differences between them are not swamped by sampling noise.
DistanceFragmentation distance_fragmentation(const graph::Graph& g, std::span<const graph::Vertex> sources,
                                             std::uint64_t population, unsigned threads = 1);

// The same for g without the vertices with removed[v] set (one entry per vertex, or none: nobody
// removed), as on the subgraph the others induce, to the last bit, without building it: n counts
// the vertices that stay, `sources` are vertices of g that stay, `population` the frame's
// vertices that stay. A mask of the wrong size or a removed source throws std::invalid_argument.
DistanceFragmentation distance_fragmentation(const graph::Graph& g, const std::vector<bool>& removed,
                                             std::span<const graph::Vertex> sources, std::uint64_t population,
                                             unsigned threads = 1);

// The frame of `g` (its vertices with a tie) in a seeded random order: its first k vertices are
// a simple random sample of size k, for any k.
std::vector<graph::Vertex> shuffled_frame(const graph::Graph& g, std::uint64_t seed);

}  // namespace reticulist::metrics
