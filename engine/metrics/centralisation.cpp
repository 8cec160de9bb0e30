#include "engine/metrics/centralisation.hpp"

#include <algorithm>

namespace reticulist::metrics {

std::optional<double> degree_centralisation(const graph::Graph& g) {
  const std::uint32_t n = g.vertex_count();
  if (n < 3) return std::nullopt;
  std::uint32_t d_max = 0;
  for (graph::Vertex v = 0; v < n; ++v) d_max = std::max(d_max, g.degree(v));
  double sum = 0.0;  // sum_i (d_max - d_i)
  for (graph::Vertex v = 0; v < n; ++v) sum += static_cast<double>(d_max - g.degree(v));
  return sum / ((static_cast<double>(n) - 1.0) * (static_cast<double>(n) - 2.0));
}

}  // namespace reticulist::metrics
