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
//
// Without a set of vertices (what-if removals, run once per random repetition): the removed
// vertices count as already placed, so no search enters them, and each search is level by level
// and direction-optimising (Beamer, Asanovic & Patterson 2012, SC'12; bfs_levels.hpp): a level
// goes bottom-up (each unplaced vertex looks for a neighbour on the frontier, stopping at the
// first) once the frontier's ties, times kAlpha, outnumber those of the unplaced vertices, whose
// list shrinks as they are placed. On a dense layer the giant component is found scanning a small
// part of its ties. Time O(n + kAlpha m) at worst (a bottom-up level costs at most kAlpha times
// the frontier's ties); memory O(n).
#include "engine/metrics/components.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

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

Components components(const graph::Graph& g, const std::vector<bool>& removed) {
  constexpr std::uint32_t kUnplaced = kNoComponent - 1;
  constexpr std::uint64_t kAlpha = 14;  // Beamer et al.'s switch to bottom-up
  const std::uint32_t n = g.vertex_count();
  if (removed.size() != n) throw std::invalid_argument("components: the mask must have one entry per vertex");
  Components r;
  r.component.assign(n, kUnplaced);
  std::vector<graph::Vertex> unplaced;  // vertices with a tie, for bottom-up levels (lazily shrunk)
  std::uint64_t unplaced_arcs = 0;      // their ties
  std::uint32_t kept = 0;
  for (graph::Vertex v = 0; v < n; ++v) {
    if (removed[v]) {
      r.component[v] = kNoComponent;
      continue;
    }
    ++kept;
    if (g.degree(v) == 0) continue;
    unplaced.push_back(v);
    unplaced_arcs += g.degree(v);
  }
  std::vector<std::uint32_t> level_of(n, 0);  // the level a vertex joined at; levels numbered across searches
  std::uint32_t level = 0;
  std::vector<graph::Vertex> frontier, upcoming;
  for (graph::Vertex root = 0; root < n; ++root) {
    if (r.component[root] != kUnplaced) continue;
    const std::uint32_t id = r.count++;
    r.component[root] = id;
    level_of[root] = ++level;
    unplaced_arcs -= g.degree(root);
    std::uint64_t frontier_arcs = g.degree(root);
    std::uint32_t size = 1;
    frontier.assign(1, root);
    while (!frontier.empty()) {
      upcoming.clear();
      if (frontier_arcs * kAlpha > unplaced_arcs) {
        std::size_t still = 0;
        for (graph::Vertex v : unplaced) {
          if (r.component[v] != kUnplaced) continue;
          bool joins = false;
          for (graph::Vertex x : g.neighbours(v)) {
            if (level_of[x] == level) {
              joins = true;
              break;
            }
          }
          if (!joins) {
            unplaced[still++] = v;
            continue;
          }
          r.component[v] = id;
          level_of[v] = level + 1;
          upcoming.push_back(v);
        }
        unplaced.resize(still);
      } else {
        for (graph::Vertex v : frontier) {
          for (graph::Vertex x : g.neighbours(v)) {
            if (r.component[x] != kUnplaced) continue;
            r.component[x] = id;
            level_of[x] = level + 1;
            upcoming.push_back(x);
          }
        }
      }
      ++level;
      frontier_arcs = 0;
      for (graph::Vertex v : upcoming) frontier_arcs += g.degree(v);
      unplaced_arcs -= frontier_arcs;
      size += static_cast<std::uint32_t>(upcoming.size());
      frontier.swap(upcoming);
    }
    r.sizes.push_back(size);
    r.isolates += size == 1;
  }
  if (kept > 0) {
    r.largest_size = *std::max_element(r.sizes.begin(), r.sizes.end());
    r.giant_share = static_cast<double>(r.largest_size) / static_cast<double>(kept);
  }
  return r;
}

}  // namespace reticulist::metrics
