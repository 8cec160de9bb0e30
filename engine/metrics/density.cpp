// Density of an undirected graph, with the weighted summaries reported beside it.
//
//   density        D = 2m / (n(n-1))             (Wasserman & Faust 1994, eq. 4.2; igraph_density,
//                                                 networkx.density)
//   total weight   W = sum_{i<j} w_ij            (w_ij = number of shared events)
//   mean weight    W / m                         the average strength of a tie that exists
//   mean strength  (1/n) sum_i s_i = 2W / n,     s_i = sum_j w_ij
//
// Density is unweighted: a tie counts once whatever its weight (metrics contract, "Whole graph").
// Isolates stay in n, so they lower the density and the mean strength; they do not change the mean
// tie weight. Self-loops and parallel ties cannot occur (graph_from_edges drops and merges them).
//
// Undefined: density is NA for n < 2 (no pair to tie; 0/0 at n = 1); the mean tie weight is NA
// when there is no tie; the mean strength is NA for n = 0.
//
// Time O(n + m), no extra memory.
#include "engine/metrics/density.hpp"

namespace reticulist::metrics {

GraphDensity density(const graph::Graph& g) {
  GraphDensity r;
  r.n = g.vertex_count();
  r.m = g.edge_count();
  for (graph::Vertex v = 0; v < r.n; ++v) {
    if (g.degree(v) == 0) ++r.isolates;
  }
  if (r.n >= 2) {
    const double n = r.n;
    r.density = 2.0 * static_cast<double>(r.m) / (n * (n - 1.0));
  }
  r.total_weight = g.total_weight();
  if (r.m > 0) r.mean_weight = r.total_weight / static_cast<double>(r.m);
  if (r.n > 0) r.mean_strength = 2.0 * r.total_weight / static_cast<double>(r.n);
  return r;
}

}  // namespace reticulist::metrics
