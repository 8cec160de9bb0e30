#include "engine/metrics/bfs_levels.hpp"

#include "engine/parallel.hpp"

namespace reticulist::metrics {

void bfs_levels(const graph::Graph& g, graph::Vertex s, BfsWorkspace& w) {
  constexpr std::uint64_t kAlpha = 14;  // Beamer et al.'s switch to bottom-up
  constexpr std::uint64_t kBeta = 24;   // and back to top-down when the frontier < n / kBeta
  const std::uint32_t n = g.vertex_count();
  std::vector<std::uint32_t>& dist = w.dist;
  std::vector<graph::Vertex>& visited = w.visited;
  visited.clear();
  visited.push_back(s);
  w.level_end.assign(1, 1);
  dist[s] = 0;
  std::uint64_t unvisited_arcs = 2 * g.edge_count() - g.degree(s);  // sum of degrees not yet visited
  std::size_t level_begin = 0;
  bool bottom_up = false;
  for (std::uint32_t level = 0; level_begin < visited.size(); ++level) {
    const std::size_t level_end = visited.size();
    std::uint64_t frontier_arcs = 0;
    for (std::size_t i = level_begin; i < level_end; ++i) frontier_arcs += g.degree(visited[i]);
    const std::size_t frontier = level_end - level_begin;
    if (!bottom_up && frontier_arcs * kAlpha > unvisited_arcs) {
      bottom_up = true;
    } else if (bottom_up && frontier * kBeta < n) {
      bottom_up = false;
    }
    if (bottom_up) {
      for (graph::Vertex v = 0; v < n; ++v) {
        if (dist[v] != kUnreached) continue;
        for (graph::Vertex x : g.neighbours(v)) {
          if (dist[x] == level) {
            dist[v] = level + 1;
            visited.push_back(v);
            break;
          }
        }
      }
    } else {
      for (std::size_t i = level_begin; i < level_end; ++i) {
        for (graph::Vertex x : g.neighbours(visited[i])) {
          if (dist[x] == kUnreached) {
            dist[x] = level + 1;
            visited.push_back(x);
          }
        }
      }
    }
    if (visited.size() > level_end) {
      w.level_end.push_back(visited.size());
      for (std::size_t i = level_end; i < visited.size(); ++i) unvisited_arcs -= g.degree(visited[i]);
    }
    level_begin = level_end;
  }
  for (graph::Vertex v : visited) dist[v] = kUnreached;
}

void for_each_source(const graph::Graph& g, std::span<const graph::Vertex> sources, unsigned threads,
                     const std::function<void(std::size_t i, const BfsWorkspace& w)>& visit) {
  if (sources.empty()) return;
  const unsigned workers = parallel::thread_count(threads, sources.size());
  std::vector<BfsWorkspace> workspaces(workers, BfsWorkspace(g.vertex_count()));
  parallel::for_each_index(sources.size(), workers, [&](std::size_t i, unsigned worker) {
    bfs_levels(g, sources[i], workspaces[worker]);
    visit(i, workspaces[worker]);
  });
}

}  // namespace reticulist::metrics
