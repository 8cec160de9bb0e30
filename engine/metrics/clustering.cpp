// Global transitivity and local clustering of an undirected graph, on the unweighted ties.
//
//   t_i   triangles through vertex i;  T = (1/3) sum_i t_i distinct triangles
//   tau_i = d_i (d_i - 1) / 2          connected triples (two-paths) centred on i
//   transitivity  C = 3T / sum_i tau_i = sum_i t_i / sum_i tau_i
//                 (Wasserman & Faust 1994, p. 243; Newman 2003, SIAM Review 45, eq. 3;
//                  igraph_transitivity_undirected, networkx.transitivity)
//   local         C_i = t_i / tau_i    (Watts & Strogatz 1998, Nature 393, 440-442;
//                  igraph_transitivity_local_undirected, networkx.clustering)
//   avg_clustering_excl = mean of C_i over the vertices with d_i >= 2 (igraph's
//                 transitivity_avglocal_undirected with mode "NaN", R igraph transitivity(type =
//                 "average")), avg_clustering_zero = (1/n) sum_i C_i with C_i = 0 where d_i < 2
//                 (networkx.average_clustering). Both are reported (metrics contract).
//
// Unweighted: a tie counts once whatever its weight; weighted clustering (Barrat, Onnela) is a
// different measure and is not offered here.
// Undefined (NA): transitivity when there is no connected triple (every degree < 2); C_i for an
// isolate (0/0) and for a pendant vertex (d_i = 1: no pair of neighbours); avg_clustering_excl
// when no vertex has degree >= 2; avg_clustering_zero for n = 0.
//
// Algorithm: triangle listing with degree ordering ("forward", Schank & Wagner 2005; Latapy
// 2008). Vertices are ranked by (degree, id); each tie is oriented from lower to higher rank, so
// out-degrees are at most sqrt(2m); for each a, its out-neighbours are marked and, for each
// out-neighbour b, b's out-neighbours c that are marked close a triangle {a, b, c}, found exactly
// once. Time O(m^1.5) worst case (far less on real graphs), memory O(n + m) for the oriented
// copy (4 bytes a tie). Measured on a 30,000-vertex co-attendance-like graph with 3.9M ties:
// 1.5-2.3 s, against 1.6 s to copy it into igraph plus 6.8 s for igraph_adjacent_triangles
// (same machine); this speed-up is why the count is ours.
#include "engine/metrics/clustering.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace reticulist::metrics {
namespace {

// Triangles through each vertex (t_i), by the forward algorithm described above.
std::vector<std::uint64_t> triangles_per_vertex(const graph::Graph& g, Progress& progress) {
  const std::uint32_t n = g.vertex_count();
  // rank[v]: position of v in the order by (degree, id).
  std::vector<graph::Vertex> order(n);
  std::iota(order.begin(), order.end(), graph::Vertex{0});
  std::sort(order.begin(), order.end(), [&](graph::Vertex a, graph::Vertex b) {
    return g.degree(a) != g.degree(b) ? g.degree(a) < g.degree(b) : a < b;
  });
  std::vector<std::uint32_t> rank(n);
  for (std::uint32_t r = 0; r < n; ++r) rank[order[r]] = r;

  // Oriented CSR in rank labels: out[a] = higher-ranked neighbours of the vertex ranked a.
  std::vector<std::uint64_t> out_offsets(static_cast<std::size_t>(n) + 1, 0);
  for (graph::Vertex v = 0; v < n; ++v) {
    for (graph::Vertex w : g.neighbours(v)) {
      if (rank[w] > rank[v]) ++out_offsets[rank[v] + 1];
    }
  }
  // The listing scans out(b) for every oriented tie a -> b: sum_b in(b) out(b) tie scans, where
  // in(b) = deg(b) - out(b). That is the stage's size, so progress follows the work.
  std::uint64_t scans = 0;
  for (graph::Vertex v = 0; v < n; ++v) {
    const std::uint64_t out_v = out_offsets[rank[v] + 1];
    scans += (g.degree(v) - out_v) * out_v;
  }
  ProgressStage stage(progress, "clustering", scans);
  for (std::uint32_t a = 0; a < n; ++a) out_offsets[a + 1] += out_offsets[a];
  std::vector<std::uint32_t> out(out_offsets[n]);
  for (graph::Vertex v = 0; v < n; ++v) {
    std::uint64_t slot = out_offsets[rank[v]];
    for (graph::Vertex w : g.neighbours(v)) {
      if (rank[w] > rank[v]) out[slot++] = rank[w];
    }
  }

  std::vector<std::uint64_t> t_ranked(n, 0);
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> mark(n, kNone);  // mark[c] == a: c is an out-neighbour of a
  for (std::uint32_t a = 0; a < n; ++a) {
    for (std::uint64_t i = out_offsets[a]; i < out_offsets[a + 1]; ++i) mark[out[i]] = a;
    std::uint64_t scanned = 0;
    for (std::uint64_t i = out_offsets[a]; i < out_offsets[a + 1]; ++i) {
      const std::uint32_t b = out[i];
      scanned += out_offsets[b + 1] - out_offsets[b];
      for (std::uint64_t j = out_offsets[b]; j < out_offsets[b + 1]; ++j) {
        const std::uint32_t c = out[j];
        if (mark[c] == a) {
          ++t_ranked[a];
          ++t_ranked[b];
          ++t_ranked[c];
        }
      }
    }
    stage.add(scanned);
  }
  std::vector<std::uint64_t> t(n);
  for (graph::Vertex v = 0; v < n; ++v) t[v] = t_ranked[rank[v]];
  return t;
}

}  // namespace

Clustering clustering(const graph::Graph& g, Progress& progress) {
  const std::uint32_t n = g.vertex_count();
  Clustering r;
  r.vertex_triangles = triangles_per_vertex(g, progress);
  r.local.assign(n, std::nullopt);
  std::uint64_t sum_t = 0;  // sum_i t_i = 3T
  double sum_local = 0.0;   // sum of the defined C_i
  std::uint32_t defined = 0;
  for (graph::Vertex i = 0; i < n; ++i) {
    const std::uint64_t d = g.degree(i);
    const std::uint64_t tau = d * (d - (d > 0 ? 1 : 0)) / 2;  // d(d-1)/2, 0 for d = 0
    const std::uint64_t t_i = r.vertex_triangles[i];
    sum_t += t_i;
    r.connected_triples += tau;
    if (d >= 2) {
      const double c_i = static_cast<double>(t_i) / static_cast<double>(tau);
      r.local[i] = c_i;
      sum_local += c_i;
      ++defined;
    }
  }
  r.triangles = sum_t / 3;
  if (r.connected_triples > 0) {
    r.transitivity = static_cast<double>(sum_t) / static_cast<double>(r.connected_triples);
  }
  if (defined > 0) r.avg_clustering_excl = sum_local / defined;
  if (n > 0) r.avg_clustering_zero = sum_local / n;
  return r;
}

}  // namespace reticulist::metrics
