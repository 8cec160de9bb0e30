#pragma once
// Guimera and Amaral's (2005) participation coefficient: how evenly a vertex's ties spread over
// the groups of its neighbours, for a partition (authorities) or for overlapping groups
// (networks: a practitioner may be in several; metrics::GroupMap). Formulas, conventions and
// costs are in participation.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

struct ParticipationOptions {
  bool weighted = false;  // k by strength (tie weights) instead of tie count
};

struct ParticipationResult {
  bool weighted = false;
  std::vector<std::optional<double>> participation;  // P_i per vertex; NA when k_i = 0
  // Overlapping groups only: tie ends (i, j) left out because neighbour j is in no group.
  std::uint64_t ties_to_ungrouped = 0;
};

// Throws std::invalid_argument when the partition does not cover exactly g's vertices or names
// a group >= group_count.
ParticipationResult participation(const graph::Graph& g, const Partition& partition,
                                  const ParticipationOptions& options = {});
// Overlapping groups: each neighbour's tie is split equally over the neighbour's groups.
ParticipationResult participation(const graph::Graph& g, const GroupMap& groups,
                                  const ParticipationOptions& options = {});

}  // namespace reticulist::metrics
