#pragma once
// One listing of a graph's triangles that feeds both local clustering (triangles through each
// vertex) and Gould-Fernandez brokerage (each vertex's closed neighbour pairs by role), so a layer
// that needs both lists its triangles once. Algorithm, cost and threads in triangles.cpp.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

// Closed pairs {a, b} of v's contacts (a tied to b: the triangle {v, a, b}) by the role v would
// have between them, in BrokerageRole's order: coordinator, itinerant,
// representative_or_gatekeeper, liaison. They add up to the triangles through v.
using ClosedPairs = std::array<std::uint64_t, 4>;

struct TriangleCounts {
  std::vector<std::uint64_t> per_vertex;  // t_v, triangles through v
  std::vector<ClosedPairs> closed;        // per vertex; empty when no partition was given
};

struct TriangleOptions {
  const Partition* groups = nullptr;  // with it, closed pairs by role as well
  unsigned threads = 1;               // parallel::thread_count's meaning; results never depend on it
  std::string_view stage = "triangles";  // the progress stage's name
};

// Each triangle once. Throws ConfigError when the partition does not fit the graph.
TriangleCounts count_triangles(const graph::Graph& g, const TriangleOptions& options = {},
                               Progress& progress = no_progress());

}  // namespace reticulist::metrics
