#pragma once
// Average shortest-path length and diameter over connected pairs, unweighted; exact by BFS from
// every vertex on small graphs, estimated from seeded BFS samples on large ones (distances.cpp).
#include <cstdint>
#include <optional>

#include "engine/graph/graph.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

struct DistanceOptions {
  std::uint32_t exact_max_vertices = 5000;  // exact when n <= this (or when samples cover all)
  std::uint32_t samples = 500;              // BFS sources when sampling
  std::uint64_t seed = 1;                   // for the choice of sampled sources
  unsigned threads = 1;                     // BFS workers; 0 = std::thread::hardware_concurrency()
};

struct Distances {
  bool exact = true;                 // false: estimated from `sources` sampled BFS sources
  std::uint32_t sources = 0;         // exact: n (every vertex); sampled: k
  std::uint64_t connected_pairs = 0; // ordered pairs (s, t), s a source, t != s reachable from s
  std::optional<double> average_path_length;  // NA when there is no connected pair
  std::optional<double> standard_error;       // of the sampled average; 0 when exact; NA
                                              // when there is no connected pair
  std::optional<std::uint32_t> diameter;      // longest shortest path between connected vertices;
                                              // sampled: a lower bound. NA with no connected pair
};

// Reports one stage, "distances", counting the searches (one per source).
Distances distances(const graph::Graph& g, const DistanceOptions& options = {}, Progress& progress = no_progress());

}  // namespace reticulist::metrics
