#pragma once
// The group x group block matrix of a partition: for each unordered pair of groups g <= h, the
// number of ties between them, their summed weight, the block density and the tie count
// expected under random mixing with the same number of ties. Formulas, conventions and cost are
// in block_density.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

struct BlockCell {
  std::uint32_t g = 0;                  // g <= h
  std::uint32_t h = 0;
  std::uint64_t ties = 0;               // e_gh: ties with one end in g and the other in h (unweighted)
  double weight = 0;                    // sum of the weights of those ties
  std::uint64_t pairs = 0;              // possible ties: n_g n_h (g != h), n_g (n_g - 1) / 2 (g = h)
  std::optional<double> density;        // ties / pairs; NA when pairs = 0
  std::optional<double> expected_ties;  // m pairs / (n (n - 1) / 2); NA when n < 2
};

struct BlockDensityResult {
  std::uint32_t group_count = 0;       // G
  std::vector<std::uint64_t> sizes;    // n_g, groups of size 0 kept
  std::uint64_t vertex_count = 0;      // n (isolates included)
  std::uint64_t tie_count = 0;         // m
  double total_weight = 0;
  // The G (G + 1) / 2 cells with g <= h, row by row: (0,0), (0,1), ..., (0,G-1), (1,1), ...
  std::vector<BlockCell> cells;

  // The cell of {g, h}, in either order.
  const BlockCell& cell(std::uint32_t g, std::uint32_t h) const;
};

// Throws std::invalid_argument when the partition does not cover exactly g's vertices or names
// a group >= group_count.
BlockDensityResult block_density(const graph::Graph& g, const Partition& partition);

// The block matrix of g without the vertices with removed[v] set, from `whole` =
// block_density(g, partition): equal in every field, to the last bit, to block_density of the
// subgraph the others induce (graph::remove_vertices) under the partition restricted to them,
// with no pass over what stays. `exact_weights`: whole_number_weights(g), which lets weights be
// subtracted too. Throws std::invalid_argument as block_density does, and for a mask of the
// wrong size.
BlockDensityResult block_density_without(const graph::Graph& g, const Partition& partition,
                                         const BlockDensityResult& whole, const std::vector<bool>& removed,
                                         bool exact_weights);

// Every weight of g a whole number and the sum of their magnitudes over both arcs of every tie
// below 2^53: then every sum of some of them is exact in double, in any order.
bool whole_number_weights(const graph::Graph& g);

}  // namespace reticulist::metrics
