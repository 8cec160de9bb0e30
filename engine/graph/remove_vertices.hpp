#pragma once
// The graph without a set of vertices: the subgraph induced by the vertices that stay, as a new
// immutable CSR Graph. What-if analyses ("what if these people leave?") build one per scenario.
//
// Kept vertices are renumbered 0..n'-1 in their original order, so each row's neighbours stay
// sorted and `original` maps new ids back. Ties with a removed end are dropped; weights are kept.
// Cost: O(n + m) time (one pass over the CSR), O(n' + m') memory for the result and O(n) for the
// old -> new map.
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::graph {

struct InducedSubgraph {
  Graph graph;
  std::vector<Vertex> original;  // new vertex -> vertex of the input graph, ascending
};

// `removed[v]` drops vertex v; the mask must have one entry per vertex (std::invalid_argument
// otherwise).
InducedSubgraph remove_vertices(const Graph& g, const std::vector<bool>& removed);

// The same from a list of vertices (any order, repeats allowed); a vertex >= n throws
// std::out_of_range.
InducedSubgraph remove_vertices(const Graph& g, std::span<const Vertex> removed);

}  // namespace reticulist::graph
