// Connected components by breadth-first search from each unvisited vertex in increasing order, so
// component ids follow the smallest vertex of each component (igraph_connected_components with
// IGRAPH_WEAK numbers them the same way; networkx.connected_components yields them in that order).
//
//   count        number of components; an isolate is a component of size 1
//   largest      s_max = max_k s_k
//   giant share  s_max / n   (isolates count in n, metrics contract "Undefined is NA")
//   isolates     vertices of degree 0
//
// Undefined: the giant share is NA for n = 0 (count and largest are 0 there).
// Our own BFS rather than igraph: it needs no copy of the graph (a 3M-tie igraph_t costs ~150 MB).
// Time O(n + m); memory O(n) (the result and one queue).
#include "engine/metrics/components.hpp"

#include <algorithm>
#include <limits>

namespace reticulist::metrics {

Components components(const graph::Graph& g) {
  constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
  const std::uint32_t n = g.vertex_count();
  Components r;
  r.component.assign(n, kUnseen);
  std::vector<graph::Vertex> queue;
  queue.reserve(n);
  for (graph::Vertex root = 0; root < n; ++root) {
    if (r.component[root] != kUnseen) continue;
    const std::uint32_t id = r.count++;
    if (g.degree(root) == 0) ++r.isolates;
    queue.clear();
    queue.push_back(root);
    r.component[root] = id;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      for (graph::Vertex w : g.neighbours(queue[head])) {
        if (r.component[w] == kUnseen) {
          r.component[w] = id;
          queue.push_back(w);
        }
      }
    }
    r.sizes.push_back(static_cast<std::uint32_t>(queue.size()));
  }
  if (n > 0) {
    r.largest_size = *std::max_element(r.sizes.begin(), r.sizes.end());
    r.giant_share = static_cast<double>(r.largest_size) / static_cast<double>(n);
  }
  return r;
}

}  // namespace reticulist::metrics
