#pragma once
// The two-mode membership layer: practitioners and networks as vertices, an edge when a
// practitioner has a record in a network, weighted by the number of records (attendances).
// Vertices 0..P-1 are practitioners (ascending ids), P..P+N-1 networks (ascending ids).
// Cost: O(records in the selection) plus a sort of the distinct pairs.
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/graph/graph.hpp"
#include "engine/model/dataset.hpp"

namespace reticulist::graph {

struct MembershipLayer {
  Graph graph;
  std::vector<model::PractitionerId> practitioner;  // vertices [0, P)
  std::vector<model::NetworkId> network;            // vertices [P, P + N)
  bool is_network(Vertex v) const { return v >= practitioner.size(); }
};

MembershipLayer membership(const model::Dataset& ds, const EventList& events);

}  // namespace reticulist::graph
