#pragma once
// Co-attendance ties counted without building the layer: for a selection of events, the distinct
// ties of the whole selection, of each network's events and of each set of networks' events (a
// workstream), with the ties within and across groups of practitioners (their authorities), and
// the isolates. These are the edge counts of coattendance() on those event lists, found in one
// pass instead of a layer built per list (summary counts ties per period, network and workstream).
//
// A tie {u, v} is counted once, at its lower vertex u, at every level where u and v shared an event:
// per vertex u, its events are taken grouped by network set and then network, and a co-attendee v > u
// counts for the network, the set and the selection the first time it is seen in each (marked with
// a stamp per level).
//
// Cost: O(sum over included events of n_e^2) time, like coattendance(), but no sorting and no
// storage per tie: O(n + included records) memory.
#include <cstdint>
#include <vector>

#include "engine/graph/event_incidence.hpp"

namespace reticulist::graph {

struct TieGroups {
  // Per vertex of the incidence, its group (e.g. authority), below `vertex_groups`; null: none.
  const std::vector<std::uint32_t>* vertex_group = nullptr;
  std::size_t vertex_groups = 0;
  // Per network id, its set (e.g. workstream), below `network_sets`; null: none.
  const std::vector<std::uint32_t>* network_set = nullptr;
  std::size_t network_sets = 0;
};

struct TieCounts {
  std::uint64_t ties = 0;          // distinct ties in the selection
  std::uint64_t isolates = 0;      // vertices with no tie
  std::vector<std::uint64_t> within_group;  // ties with both ends in the group
  std::vector<std::uint64_t> across_group;  // ties with one end in the group and one elsewhere
  std::vector<std::uint64_t> by_network;    // per network id: distinct ties among its events
  std::vector<std::uint64_t> by_network_set;  // per set: distinct ties among its networks' events
};

// Throws std::invalid_argument when a label vector has not one entry per vertex (per network id)
// or holds a label not below its count.
TieCounts count_ties(const model::Dataset& ds, const EventIncidence& inc, const TieGroups& groups, unsigned threads = 1);

}  // namespace reticulist::graph
