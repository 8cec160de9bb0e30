#pragma once
// The network-of-networks layer: networks as vertices, a tie when two networks share at least one
// member in the selection of events; weight = the number of shared members (practitioners with a
// record in both). Beside it, each network's member count, so that the Jaccard overlap
// |A ∩ B| / |A ∪ B| of any tie follows. Two networks with no tie have no member in common: the
// answer to "which networks know nothing of each other".
//
// Built from the two-mode membership layer: each practitioner in k networks adds k(k-1)/2 pairs,
// so the cost is O(records + sum_p k_p^2), small since k is rarely above 10.
#include <optional>
#include <vector>

#include "engine/graph/membership.hpp"

namespace reticulist::graph {

struct NetworkOverlapLayer {
  Graph graph;                             // weight = shared members
  std::vector<model::NetworkId> network;   // vertex -> network id (networks with a record), ascending
  std::vector<std::uint32_t> members;      // per vertex: distinct practitioners with a record

  // |A ∩ B| / |A ∪ B| for a tie of weight `shared` between vertices u and v.
  double jaccard(Vertex u, Vertex v, double shared) const;
};

// Jaccard overlap of two member sets of sizes a and b sharing `shared` members.
inline double jaccard(double a, double b, double shared) { return shared / (a + b - shared); }

NetworkOverlapLayer network_overlap(const MembershipLayer& membership);

inline double NetworkOverlapLayer::jaccard(Vertex u, Vertex v, double shared) const {
  return graph::jaccard(members[u], members[v], shared);
}

}  // namespace reticulist::graph
