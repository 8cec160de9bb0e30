#include "engine/graph/backbone.hpp"

#include <algorithm>
#include <cmath>

namespace reticulist::graph {

std::optional<double> disparity_alpha(const Graph& g, Vertex v, std::size_t i) {
  const std::uint32_t k = g.degree(v);  // k_i
  const double s = g.strength(v);       // s_i
  if (k < 2 || !(s > 0)) return std::nullopt;
  const double p = g.weights(v)[i] / s;  // p_ij
  return std::pow(1.0 - p, static_cast<double>(k - 1));
}

std::vector<BackboneEdge> disparity_filter(const Graph& g, double alpha) {
  const Vertex n = g.vertex_count();
  // Each end's alpha once per row, then each tie judged from both ends. alpha_of[offset] holds
  // alpha_ij for the tie at that position of i's row (NaN where undefined).
  std::vector<double> alpha_of(g.targets().size(), std::nan(""));
  for (Vertex v = 0; v < n; ++v) {
    const std::uint32_t k = g.degree(v);
    const double s = g.strength(v);
    if (k < 2 || !(s > 0)) continue;
    const auto w = g.weights(v);
    const std::uint64_t first = g.offsets()[v];
    for (std::size_t i = 0; i < w.size(); ++i) alpha_of[first + i] = std::pow(1.0 - w[i] / s, static_cast<double>(k - 1));
  }
  std::vector<BackboneEdge> kept;
  for (Vertex u = 0; u < n; ++u) {
    const auto targets = g.neighbours(u);
    const auto w = g.weights(u);
    const std::uint64_t first = g.offsets()[u];
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const Vertex v = targets[i];
      if (v <= u) continue;
      // The same tie in v's row (rows are sorted).
      const auto row = g.neighbours(v);
      const auto j = static_cast<std::size_t>(std::lower_bound(row.begin(), row.end(), u) - row.begin());
      const double a_uv = alpha_of[first + i];
      const double a_vu = alpha_of[g.offsets()[v] + j];
      // NaN compares false: an undefined end never makes a tie significant.
      if (a_uv < alpha || a_vu < alpha) kept.push_back({u, v, w[i], std::fmin(a_uv, a_vu)});
    }
  }
  return kept;
}

Backbone backbone(const Graph& g, const BackboneOptions& options) {
  auto kept = disparity_filter(g, options.alpha);
  Backbone out;
  out.filtered_edges = kept.size();
  if (options.max_edges && kept.size() > *options.max_edges) {
    const auto cap = static_cast<std::ptrdiff_t>(*options.max_edges);
    std::partial_sort(kept.begin(), kept.begin() + cap, kept.end(), [](const BackboneEdge& x, const BackboneEdge& y) {
      if (x.weight != y.weight) return x.weight > y.weight;
      if (x.alpha != y.alpha) return x.alpha < y.alpha;
      return x.u != y.u ? x.u < y.u : x.v < y.v;
    });
    kept.resize(static_cast<std::size_t>(cap));
  }
  std::vector<Vertex> new_id(g.vertex_count(), 0);
  std::vector<bool> used(g.vertex_count(), false);
  for (const auto& e : kept) used[e.u] = used[e.v] = true;
  for (Vertex v = 0; v < g.vertex_count(); ++v) {
    if (!used[v]) continue;
    new_id[v] = static_cast<Vertex>(out.original.size());
    out.original.push_back(v);
  }
  std::vector<Edge> edges;
  edges.reserve(kept.size());
  for (const auto& e : kept) edges.push_back({new_id[e.u], new_id[e.v], e.weight});
  out.graph = graph_from_edges(static_cast<std::uint32_t>(out.original.size()), edges);
  return out;
}

}  // namespace reticulist::graph
