// Participation coefficient (Guimera, R. & Amaral, L. A. N. 2005, "Functional cartography of
// complex metabolic networks", Nature 433, 895-900):
//
//   P_i = 1 - sum_s (k_is / k_i)^2
//
// k_is the ties of i to neighbours in group s, k_i = sum_s k_is; s runs over the groups of i's
// neighbours (i's own group included when a neighbour is in it). Unweighted: k counts ties
// (k_i = degree); weighted: k sums tie weights (k_i = strength). P_i = 0 when all of i's ties go
// to one group and approaches 1 when they spread evenly over many. NA for an isolate (k_i = 0,
// 0/0), as metrics.md requires.
//
// Overlapping groups (networks: a practitioner may be in several). A tie of weight a_ij (1
// unweighted) to a neighbour j in c_j >= 1 groups is split equally over j's groups: each of them
// receives a_ij / c_j, so
//
//   k_is = sum_{j in N(i), s in G(j)} a_ij / c_j,   k_i = sum_{j in N(i), c_j >= 1} a_ij
//
// and sum_s k_is = k_i still holds. The equal split is our convention (Guimera & Amaral define P
// for a partition only): it treats a tie to a member of two networks as half a tie into each.
// When every vertex is in exactly one group, c_j = 1 and this is the partition formula exactly
// (the same numbers, bit for bit). A neighbour in no group cannot be split: its ties are left
// out of k_i, and the result counts such tie ends (ties_to_ungrouped) so the caller can say so;
// a vertex all of whose neighbours are ungrouped has k_i = 0 and P_i NA.
//
// Cost: O(n + G + sum_i sum_{j in N(i)} c_j), which is O(n + m + G) for a partition. Memory
// O(n + G): one accumulator over groups, reset through the list of groups touched.
#include "engine/metrics/participation.hpp"

#include <stdexcept>
#include <string>

namespace reticulist::metrics {

namespace {

// k_is accumulated over the groups touched for one vertex at a time; O(1) per tie, reset
// through the list of touched groups.
class GroupAccumulator {
 public:
  explicit GroupAccumulator(std::uint32_t group_count) : k_(group_count, 0.0), listed_(group_count, 0) {}
  void add(std::uint32_t s, double a) {
    if (!listed_[s]) {
      listed_[s] = 1;
      touched_.push_back(s);
    }
    k_[s] += a;
  }
  // 1 - sum_s (k_is / k_i)^2, then reset for the next vertex.
  double participation_and_reset(double k_i) {
    double sum_sq = 0;
    for (std::uint32_t s : touched_) {
      const double share = k_[s] / k_i;
      sum_sq += share * share;
    }
    reset();
    return 1 - sum_sq;
  }
  void reset() {
    for (std::uint32_t s : touched_) {
      k_[s] = 0;
      listed_[s] = 0;
    }
    touched_.clear();
  }

 private:
  std::vector<double> k_;
  std::vector<unsigned char> listed_;
  std::vector<std::uint32_t> touched_;
};

}  // namespace

ParticipationResult participation(const graph::Graph& g, const GroupMap& groups,
                                  const ParticipationOptions& options) {
  check_group_map("participation", groups, g.vertex_count());
  ParticipationResult r;
  r.weighted = options.weighted;
  r.participation.resize(g.vertex_count());
  GroupAccumulator k(groups.group_count);
  for (graph::Vertex i = 0; i < g.vertex_count(); ++i) {
    const auto nbrs = g.neighbours(i);
    const auto w = g.weights(i);
    double k_i = 0;
    for (std::size_t x = 0; x < nbrs.size(); ++x) {
      const auto G_j = groups.of(nbrs[x]);
      if (G_j.empty()) {
        ++r.ties_to_ungrouped;
        continue;
      }
      const double a = options.weighted ? w[x] : 1.0;           // a_ij
      const double share = a / static_cast<double>(G_j.size());  // a_ij / c_j
      for (std::uint32_t s : G_j) k.add(s, share);
      k_i += a;
    }
    if (k_i > 0) {
      r.participation[i] = k.participation_and_reset(k_i);
    } else {
      k.reset();
    }
  }
  return r;
}

// A partition is the overlapping case with one group per vertex: c_j = 1, the same numbers.
ParticipationResult participation(const graph::Graph& g, const Partition& partition,
                                  const ParticipationOptions& options) {
  check_partition("participation", partition, g.vertex_count());
  return participation(g, group_map(partition), options);
}

}  // namespace reticulist::metrics
