#pragma once
// Breadth-first search by levels, unweighted, for the metrics that need every source's distances
// (distances.cpp: average path length and diameter). One search per source, sources shared out
// between threads. Distance-weighted fragmentation needs only level sizes and searches many
// sources at once instead (multi_source_bfs.hpp).
//
// Each search is level-synchronous and direction-optimising (Beamer, Asanovic & Patterson 2012,
// "Direction-optimizing breadth-first search", SC'12): a level is expanded top-down (scan the
// frontier's ties) while the frontier is small, and bottom-up (each unvisited vertex looks for a
// neighbour on the current level, stopping at the first) once the frontier's ties outnumber
// those of the unvisited vertices / kAlpha. Both give the same levels, so distances are exact;
// on dense co-attendance graphs (small diameter, mean degree in the hundreds) bottom-up levels
// skip most ties. Measured: 500 sources on a 30,000-vertex graph with 3.9 M ties take 0.7 s on
// 2 threads, against 9.2 s top-down. Time O(n + m) per source at worst; memory O(n) per thread.
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

inline constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

// One thread's buffers. After bfs_levels(g, s, w): `visited` holds the vertices reached from s in
// order of distance, s first; level d (d >= 1) is visited[level_end[d - 1], level_end[d]), and
// level_end.size() - 1 is the eccentricity of s. `dist` is all kUnreached between searches.
struct BfsWorkspace {
  explicit BfsWorkspace(std::uint32_t n) : dist(n, kUnreached) { visited.reserve(n); }
  std::vector<std::uint32_t> dist;
  std::vector<graph::Vertex> visited;
  std::vector<std::size_t> level_end;

  std::size_t level_size(std::size_t d) const { return level_end[d] - level_end[d - 1]; }
};

void bfs_levels(const graph::Graph& g, graph::Vertex s, BfsWorkspace& w);

// Calls visit(i, workspace) after a search from sources[i], for every i, on up to `threads`
// workers (0: one per core; engine/parallel.hpp hands the sources out), each with a workspace of
// its own. `visit` must write only what belongs to source i, so that results do not depend on the
// thread count. Workspaces are made before any worker starts, so that on a worker nothing but
// `visit` allocates (or throws).
void for_each_source(const graph::Graph& g, std::span<const graph::Vertex> sources, unsigned threads,
                     const std::function<void(std::size_t i, const BfsWorkspace& w)>& visit);

}  // namespace reticulist::metrics
