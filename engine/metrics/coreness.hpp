#pragma once
// k-core number of each vertex, unweighted (see coreness.cpp).
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

struct Coreness {
  std::vector<std::uint32_t> core;       // k-core number per vertex; 0 for an isolate
  std::optional<std::uint32_t> max_core; // degeneracy, max_i core_i; NA for n = 0
};

Coreness coreness(const graph::Graph& g);

}  // namespace reticulist::metrics
