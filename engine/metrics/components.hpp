#pragma once
// Connected components of an undirected graph (see components.cpp).
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

struct Components {
  // Component of each vertex, numbered 0..count-1 in the order of each component's smallest
  // vertex (vertex 0 is always in component 0): deterministic, independent of edge order.
  std::vector<std::uint32_t> component;
  std::vector<std::uint32_t> sizes;  // vertices per component
  std::uint32_t count = 0;           // components, isolates included (each is one)
  std::uint32_t largest_size = 0;    // 0 for the empty graph
  std::optional<double> giant_share; // largest_size / n; NA for n = 0
  std::uint32_t isolates = 0;        // vertices of degree 0
};

Components components(const graph::Graph& g);

inline constexpr std::uint32_t kNoComponent = 0xFFFFFFFF;

// The components of g without the vertices with removed[v] set (one entry per vertex; another
// size throws std::invalid_argument): the same count, sizes in the same order, largest size,
// giant share and isolates as components() of the subgraph the others induce
// (graph::remove_vertices), without building it. `component` keeps g's vertex ids, numbered by
// each component's smallest vertex, kNoComponent for a removed vertex.
Components components(const graph::Graph& g, const std::vector<bool>& removed);

}  // namespace reticulist::metrics
