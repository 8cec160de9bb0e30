#include "engine/graph/network_overlap.hpp"

namespace reticulist::graph {

NetworkOverlapLayer network_overlap(const MembershipLayer& membership) {
  NetworkOverlapLayer out;
  out.network = membership.network;
  const auto p_count = static_cast<Vertex>(membership.practitioner.size());
  const auto n_count = static_cast<Vertex>(membership.network.size());
  out.members.assign(n_count, 0);
  std::vector<Edge> edges;
  for (Vertex p = 0; p < p_count; ++p) {
    const auto nets = membership.graph.neighbours(p);  // network vertices, ascending
    for (std::size_t i = 0; i < nets.size(); ++i) {
      ++out.members[nets[i] - p_count];
      for (std::size_t j = i + 1; j < nets.size(); ++j) edges.push_back({nets[i] - p_count, nets[j] - p_count, 1.0});
    }
  }
  out.graph = graph_from_edges(n_count, edges);  // parallel pairs merge: weight = shared members
  return out;
}

}  // namespace reticulist::graph
