#include "engine/graph/aggregate.hpp"

#include <algorithm>

namespace reticulist::graph {

GroupLayer aggregate(const Graph& practitioners, const std::vector<std::uint32_t>& group_of) {
  GroupLayer out;
  for (auto g : group_of) {
    if (g != model::kNone) out.entity.push_back(g);
  }
  std::sort(out.entity.begin(), out.entity.end());
  out.entity.erase(std::unique(out.entity.begin(), out.entity.end()), out.entity.end());
  const auto k = static_cast<std::uint32_t>(out.entity.size());
  auto vertex_of = [&](std::uint32_t group) {
    return static_cast<Vertex>(std::lower_bound(out.entity.begin(), out.entity.end(), group) - out.entity.begin());
  };
  std::vector<Vertex> local(group_of.size(), model::kNone);
  out.members.assign(k, 0);
  out.internal_ties.assign(k, 0);
  for (std::size_t v = 0; v < group_of.size(); ++v) {
    if (group_of[v] == model::kNone) continue;
    local[v] = vertex_of(group_of[v]);
    ++out.members[local[v]];
  }
  std::vector<Edge> edges;
  practitioners.for_each_edge([&](Vertex u, Vertex v, double) {
    const Vertex a = local[u], b = local[v];
    if (a == model::kNone || b == model::kNone) {
      ++out.unplaced_ties;
    } else if (a == b) {
      ++out.internal_ties[a];
    } else {
      edges.push_back({std::min(a, b), std::max(a, b), 1.0});
    }
  });
  out.graph = graph_from_edges(k, edges);  // parallel edges merge: weight = tie count
  return out;
}

}  // namespace reticulist::graph
