#include "engine/backends/boost_adapter.hpp"

#include <utility>
#include <vector>

namespace reticulist::backends {

BoostGraph to_boost(const graph::Graph& g) {
  // Our rows are already sorted by source: hand them over as both arcs, in order.
  std::vector<std::pair<graph::Vertex, graph::Vertex>> arcs;
  std::vector<BoostEdgeWeight> weights;
  arcs.reserve(g.targets().size());
  weights.reserve(g.targets().size());
  for (graph::Vertex u = 0; u < g.vertex_count(); ++u) {
    auto nb = g.neighbours(u);
    auto w = g.weights(u);
    for (std::size_t i = 0; i < nb.size(); ++i) {
      arcs.emplace_back(u, nb[i]);
      weights.push_back({w[i]});
    }
  }
  return BoostGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), weights.begin(), g.vertex_count());
}

}  // namespace reticulist::backends
