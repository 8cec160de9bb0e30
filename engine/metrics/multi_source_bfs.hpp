#pragma once
// Breadth-first searches from many sources at once, unweighted, yielding how many vertices each
// source reaches at each distance: all that harmonic sums (fragmentation.cpp: dF) need, with far
// fewer passes over the ties than one search per source. Method, cost and conventions are in
// multi_source_bfs.cpp.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

// Calls visit(i, sizes) once for every i, where sizes[d] is the number of vertices at distance d
// from sources[i] in g without the vertices with removed[v] set: sizes[0] = 1 (the source),
// sizes.size() - 1 its eccentricity, no size 0. `removed` has one entry per vertex, or none
// (nobody removed); a removed source throws std::invalid_argument, as does a mask of the wrong
// size. Sources may repeat. Runs on up to `threads` workers (0: one per core), each taking
// batches of up to 256 consecutive sources; `visit` runs on the worker and must write only what
// belongs to source i. The sizes are exact integers, the same whatever the batches or threads.
void for_each_source_level_sizes(const graph::Graph& g, std::span<const graph::Vertex> sources,
                                 const std::vector<bool>& removed, unsigned threads,
                                 const std::function<void(std::size_t i, std::span<const std::uint32_t> sizes)>& visit);

}  // namespace reticulist::metrics
