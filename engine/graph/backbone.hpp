#pragma once
// The backbone of a weighted graph: the ties that stand out locally, for drawing a graph too
// dense to read (the practitioner layer has about 150,000 ties among a few thousand people).
//
// Disparity filter (Serrano, Boguñá & Vespignani 2009, "Extracting the multiscale backbone of
// complex weighted networks", PNAS 106(16):6483-6488). Seen from vertex i of degree k_i and
// strength s_i, the null model spreads s_i over its k_i ties uniformly at random; the probability
// that a tie gets a share p_ij = w_ij / s_i or more is
//
//   alpha_ij = (1 - p_ij)^(k_i - 1)     (their eq. 2: 1 - (k-1) ∫_0^p (1-x)^(k-2) dx)
//
// A tie is kept when it is significant at level alpha from EITHER end: alpha_ij < alpha or
// alpha_ji < alpha (strict; the paper's "preserved if significant for at least one of the two").
// Undefined cases:
//   - a degree-1 vertex has a single tie, which takes all of its strength whatever its weight:
//     alpha is undefined there (0^0), so such a tie is judged from its other end only (the
//     paper's treatment); a tie between two degree-1 vertices is never kept;
//   - a vertex of zero strength (every weight 0) has no share to test: undefined, not significant.
// Weights must be >= 0 (the CSR graph's are counts of shared events or Newman's weights).
//
// Then, for drawing, `max_edges` keeps the strongest kept ties (weight descending, then the
// smaller of the two alphas ascending, then (u, v) ascending: deterministic) and vertices left
// without a tie are dropped.
//
// Cost: O(n + m) for the filter (one pass over each row, pow per tie end), O(m log m) for the cap.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::graph {

// alpha_ij of the tie at position `i` of v's row; nullopt where undefined (degree 1, strength 0).
std::optional<double> disparity_alpha(const Graph& g, Vertex v, std::size_t i);

struct BackboneEdge {
  Vertex u = 0;  // u < v, original vertex ids
  Vertex v = 0;
  double weight = 0;
  double alpha = 1;  // the smaller of the two ends' alphas (1 where both are undefined)
};

// The ties kept by the disparity filter at level `alpha`, each once (u < v), in row order.
std::vector<BackboneEdge> disparity_filter(const Graph& g, double alpha);

struct BackboneOptions {
  double alpha = 0.05;
  std::optional<std::uint64_t> max_edges;  // keep at most this many of the filter's ties, strongest first
};

struct Backbone {
  Graph graph;                   // the kept ties among the kept vertices (new dense ids)
  std::vector<Vertex> original;  // new vertex -> vertex of the input graph (ascending)
  std::uint64_t filtered_edges = 0;  // ties that passed the disparity filter (before the cap)
};

// The disparity filter, then the cap, then the vertices left with a tie.
Backbone backbone(const Graph& g, const BackboneOptions& options);

}  // namespace reticulist::graph
