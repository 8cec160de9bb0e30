#include "engine/graph/membership.hpp"

#include <algorithm>

namespace reticulist::graph {

MembershipLayer membership(const model::Dataset& ds, const EventList& events) {
  MembershipLayer out;
  std::vector<std::uint64_t> pairs;  // network << 32 | practitioner, one per record
  for (model::EventId e : events) {
    for (std::uint64_t r = ds.events.first_record[e]; r < ds.events.first_record[e + 1]; ++r) {
      pairs.push_back((static_cast<std::uint64_t>(ds.records.network[r]) << 32) | ds.records.practitioner[r]);
      out.practitioner.push_back(ds.records.practitioner[r]);
      out.network.push_back(ds.records.network[r]);
    }
  }
  for (auto* ids : {&out.practitioner, &out.network}) {
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  }
  std::sort(pairs.begin(), pairs.end());
  const auto p_count = static_cast<Vertex>(out.practitioner.size());
  std::vector<Edge> edges;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const auto net = static_cast<std::uint32_t>(pairs[i] >> 32);
    const auto person = static_cast<std::uint32_t>(pairs[i]);
    const auto u = static_cast<Vertex>(std::lower_bound(out.practitioner.begin(), out.practitioner.end(), person) -
                                       out.practitioner.begin());
    const auto v = p_count + static_cast<Vertex>(std::lower_bound(out.network.begin(), out.network.end(), net) -
                                                 out.network.begin());
    edges.push_back({u, v, static_cast<double>(j - i)});
    i = j;
  }
  out.graph = graph_from_edges(p_count + static_cast<Vertex>(out.network.size()), edges);
  return out;
}

}  // namespace reticulist::graph
