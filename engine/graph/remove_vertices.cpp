#include "engine/graph/remove_vertices.hpp"

#include <limits>
#include <stdexcept>

namespace reticulist::graph {

InducedSubgraph remove_vertices(const Graph& g, const std::vector<bool>& removed) {
  constexpr Vertex kGone = std::numeric_limits<Vertex>::max();
  const std::uint32_t n = g.vertex_count();
  if (removed.size() != n) throw std::invalid_argument("remove_vertices: the mask must have one entry per vertex");
  InducedSubgraph out;
  std::vector<Vertex> new_of(n, kGone);
  for (Vertex v = 0; v < n; ++v) {
    if (removed[v]) continue;
    new_of[v] = static_cast<Vertex>(out.original.size());
    out.original.push_back(v);
  }
  const auto kept = static_cast<std::uint32_t>(out.original.size());
  // Count the surviving arcs first, so the arrays are allocated once.
  std::vector<std::uint64_t> offsets(static_cast<std::size_t>(kept) + 1, 0);
  for (Vertex nv = 0; nv < kept; ++nv) {
    std::uint64_t d = 0;
    for (Vertex w : g.neighbours(out.original[nv])) d += new_of[w] != kGone;
    offsets[nv + 1] = offsets[nv] + d;
  }
  std::vector<Vertex> targets;
  std::vector<double> weights;
  targets.reserve(offsets[kept]);
  weights.reserve(offsets[kept]);
  for (Vertex nv = 0; nv < kept; ++nv) {
    const Vertex v = out.original[nv];
    const auto nbrs = g.neighbours(v);
    const auto w = g.weights(v);
    for (std::size_t i = 0; i < nbrs.size(); ++i) {
      const Vertex t = new_of[nbrs[i]];
      if (t == kGone) continue;
      targets.push_back(t);  // new ids keep the original order: rows stay sorted
      weights.push_back(w[i]);
    }
  }
  out.graph = Graph(std::move(offsets), std::move(targets), std::move(weights));
  return out;
}

InducedSubgraph remove_vertices(const Graph& g, std::span<const Vertex> removed) {
  std::vector<bool> mask(g.vertex_count(), false);
  for (Vertex v : removed) {
    if (v >= g.vertex_count()) throw std::out_of_range("remove_vertices: vertex beyond the vertex count");
    mask[v] = true;
  }
  return remove_vertices(g, mask);
}

}  // namespace reticulist::graph
