#pragma once
// Establishment and authority layers, aggregated from the practitioner co-attendance layer:
// the weight of the tie between groups g and h is the number of practitioner ties with one end
// in each (each practitioner placed by its Affiliation). Ties inside a group are no edge of the
// aggregated graph (no self-loops); they are counted per vertex in `internal_ties`.
// Practitioners without a group (central staff, on the establishment layer) are left out, and
// their ties counted in `unplaced_ties`. Cost: O(n + m) plus a sort of the group pairs.
#include <cstdint>
#include <vector>

#include "engine/graph/affiliation.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/graph/graph.hpp"

namespace reticulist::graph {

struct GroupLayer {
  Graph graph;                            // weight = practitioner ties between the two groups
  std::vector<std::uint32_t> entity;      // vertex -> establishment or authority id, ascending
  std::vector<std::uint32_t> members;     // practitioners placed in the group
  std::vector<std::uint64_t> internal_ties;
  std::uint64_t unplaced_ties = 0;
};

// `group_of[v]` is the group of practitioner vertex v (kNone: no group). Vertices of the result
// are the groups with at least one practitioner.
GroupLayer aggregate(const Graph& practitioners, const std::vector<std::uint32_t>& group_of);
inline GroupLayer aggregate(const PractitionerLayer& layer, const std::vector<std::uint32_t>& group_of) {
  return aggregate(layer.graph, group_of);
}

}  // namespace reticulist::graph
