#pragma once
// A partition of a graph's vertices into groups (authority, network, sector, workstream or any
// attribute): the input of every group-based metric (block density, E-I, modularity of the
// groups, participation coefficient, brokerage roles, assortativity).
//
// Every vertex has a group: the command that builds a Partition gives vertices without a value
// a group of their own ("NA", or "central" for sector), so metrics never meet a missing group.
// Groups are dense 0..group_count-1; a group may have no vertex in a given graph (an authority
// with no practitioner in the period), and metrics keep it (size 0) so tables have every group.
#include <cstdint>
#include <stdexcept>
#include <vector>

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

}  // namespace reticulist::metrics
