#pragma once
// Freeman's (1979) degree centralisation of an undirected graph: how far the graph is from a
// star, 0 when every vertex has the same degree, 1 for a star.
//
//   C_D = sum_i (d_max - d_i) / ((n - 1)(n - 2))
//
// (Freeman 1979, "Centrality in social networks: conceptual clarification", Social Networks 1,
// 215-239; the denominator is the sum for a star of n vertices.) Unweighted: each tie counts
// once, as igraph_centralization_degree(loops = false, normalized = true) and UCINET do.
// Undefined (NA) for n < 3. Isolates count in n. Cost O(n).
#include <optional>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

std::optional<double> degree_centralisation(const graph::Graph& g);

}  // namespace reticulist::metrics
