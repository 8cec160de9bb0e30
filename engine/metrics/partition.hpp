#pragma once
// A partition of a graph's vertices into groups (authority, network, sector, workstream or any
// attribute): the input of every group-based metric (block density, E-I, modularity of the
// groups, participation coefficient, brokerage roles, assortativity).
//
// Every vertex has a group: the command that builds a Partition gives vertices without a value
// a group of their own ("NA", or "central" for sector), so metrics never meet a missing group.
// Groups are dense 0..group_count-1; a group may have no vertex in a given graph (an authority
// with no practitioner in the period), and metrics keep it (size 0) so tables have every group.
//
// GroupMap is the overlapping variant (a practitioner in several networks), and the checks
// below are what every group-based metric runs on its input.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics {

struct Partition {
  std::vector<std::uint32_t> group;  // per vertex
  std::uint32_t group_count = 0;

  // Vertices per group.
  std::vector<std::uint64_t> sizes() const {
    std::vector<std::uint64_t> n(group_count, 0);
    for (auto g : group) ++n.at(g);
    return n;
  }
};

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

}  // namespace reticulist::metrics
