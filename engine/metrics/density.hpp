#pragma once
// Whole-graph density and the weighted summaries beside it (see density.cpp for the formulas).
#include <cstdint>
#include <optional>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

struct GraphDensity {
  std::uint32_t n = 0;                  // vertices, isolates included
  std::uint64_t m = 0;                  // undirected ties, each once
  std::uint32_t isolates = 0;           // vertices of degree 0 (counted in n)
  std::optional<double> density;        // 2m / (n(n-1)), unweighted; NA for n < 2
  double total_weight = 0.0;            // W = sum of tie weights (shared events)
  std::optional<double> mean_weight;    // W / m; NA when m = 0
  std::optional<double> mean_strength;  // 2W / n; NA when n = 0
};

GraphDensity density(const graph::Graph& g);

}  // namespace reticulist::metrics
