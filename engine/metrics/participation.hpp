#pragma once
// Guimera and Amaral's (2005) participation coefficient: how evenly a vertex's ties spread over
// the groups of its neighbours, for a partition (authorities) or for overlapping groups
// (networks: a practitioner may be in several). Also defines GroupMap, the vertex-to-many-groups
// map that span.hpp uses too. Formulas, conventions and costs are in participation.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

// Overlapping groups: vertex v is in groups[offsets[v] .. offsets[v + 1]) (CSR), each group
// 0..group_count-1 at most once per vertex; a vertex may be in no group.
struct GroupMap {
  std::vector<std::uint64_t> offsets = {0};  // vertex count + 1 entries
  std::vector<std::uint32_t> groups;
  std::uint32_t group_count = 0;

  std::uint32_t vertex_count() const { return static_cast<std::uint32_t>(offsets.size() - 1); }
  std::span<const std::uint32_t> of(graph::Vertex v) const {
    return {groups.data() + offsets[v], groups.data() + offsets[v + 1]};
  }
};

// The map with each vertex in its one partition group.
GroupMap group_map(const Partition& partition);

// Throws std::invalid_argument unless `partition` has `vertex_count` vertices, each in a group
// < group_count. `who` names the caller in the message.
void check_partition(const char* who, const Partition& partition, std::uint32_t vertex_count);

// Throws std::invalid_argument unless `map` has `vertex_count` vertices, non-decreasing offsets
// from 0 to groups.size(), groups < group_count and no group twice for a vertex. `who` names the
// caller in the message.
void check_group_map(const char* who, const GroupMap& map, std::uint32_t vertex_count);

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
