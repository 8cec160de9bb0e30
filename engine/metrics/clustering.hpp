#pragma once
// Transitivity and local clustering, unweighted (see clustering.cpp for formulas and conventions).
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/triangles.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

struct Clustering {
  std::uint64_t triangles = 0;          // distinct triangles in the graph
  std::uint64_t connected_triples = 0;  // two-paths a-v-b (a != b), centred anywhere
  std::optional<double> transitivity;   // 3 * triangles / connected_triples; NA with no triple
  std::vector<std::uint64_t> vertex_triangles;  // triangles through each vertex
  std::vector<std::optional<double>> local;     // C_i; NA for degree < 2
  std::optional<double> avg_clustering_excl;    // mean C_i over degree >= 2 (igraph default)
  std::optional<double> avg_clustering_zero;    // mean over all n, C_i = 0 for degree < 2 (networkx)
};

// Reports one stage, "clustering", counting the tie scans of the triangle listing, which runs on
// `threads` threads (parallel::thread_count's meaning; the result does not depend on it).
Clustering clustering(const graph::Graph& g, Progress& progress = no_progress(), unsigned threads = 1);
// From the triangles of g already counted (count_triangles, with or without groups).
Clustering clustering(const graph::Graph& g, const TriangleCounts& triangles);

}  // namespace reticulist::metrics
