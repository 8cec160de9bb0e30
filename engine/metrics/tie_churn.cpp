// Tie churn between consecutive snapshots E_t and E_t+1 of a layer (ties unweighted: a pair is
// tied or not, whatever its weight), matched by entity (practitioner or authority id):
//
//   formed    |E_t+1 \ E_t|     dissolved |E_t \ E_t+1|     kept |E_t n E_t+1|
//   dissolution fraction = dissolved / |E_t|
//   formation fraction   = formed / (dyads of V_t+1 not tied at t)
//
// tsna (Bender-deMoll & Morris, R package tsna 0.3, tEdgeFormation / tEdgeDissolution with
// result.type = "fraction") defines the dissolution fraction as "ties dissolving / preexisting
// ties that could have dissolved": ours is the same. Its formation fraction is "ties forming /
// possible empty dyads that could have formed ties", computed as formed / (D - |E_t+1| + formed)
// with D = n(n-1)/2 over the *aggregate* network size n (every vertex ever present; its own
// documentation says it is not yet corrected for vertex activity), which equals the empty
// dyads at t plus the ties dissolved at t+1. We follow the stated definition rather than that
// computation, and correct for vertex activity: the possible formations are the pairs of
// vertices present at t+1 (only they can form a tie there) that were not tied at t:
//   possible = |V_t+1| (|V_t+1| - 1) / 2 - |{ {u,v} in E_t : u, v in V_t+1 }|
// so the fraction lies in [0, 1] and does not shrink as the partnership's roll of past members
// grows. dissolved_both_present counts the dissolved ties whose two ends are still vertices at
// t+1 (the tie lapsed although both stayed), as opposed to ties lost with a leaver.
//
// Cross-group subset (across_groups): E_t is replaced by C_t = the ties of E_t whose ends are
// in different groups at t, a tie set in its own right. A kept tie that stops crossing (a
// member moved into the other's authority) counts as dissolved from C, and one that starts
// crossing as formed, so formed + kept = |C_t+1| and dissolved + kept = |C_t| always hold. The
// possible formations are then the pairs of V_t+1 in different groups at t+1, less those
// already in C_t.
//
// Undefined is NA: the dissolution fraction without ties at t, the formation fraction with no
// possible formation. Cost: tie_set O(n + m); tie_churn O(m_t + m_t+1 + n_t + n_t+1 + max
// entity) time (one merge of two sorted key lists) and O(max entity) extra memory. A TieSet
// takes 8 bytes a tie, so the driver holds the previous period's ties, not its graph.
#include "engine/metrics/tie_churn.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace reticulist::metrics {

std::optional<double> TieChurn::formation_fraction() const {
  if (possible_formations == 0) return std::nullopt;
  return static_cast<double>(formed) / static_cast<double>(possible_formations);
}

std::optional<double> TieChurn::dissolution_fraction() const {
  if (ties_before == 0) return std::nullopt;
  return static_cast<double>(dissolved) / static_cast<double>(ties_before);
}

TieSet tie_set(const graph::Graph& g, const std::vector<std::uint32_t>& entity, const std::vector<std::uint32_t>* group) {
  if (entity.size() != g.vertex_count() || (group && group->size() != g.vertex_count())) {
    throw std::invalid_argument("tie_set: the columns do not match the graph's vertices");
  }
  if (!std::is_sorted(entity.begin(), entity.end()) ||
      std::adjacent_find(entity.begin(), entity.end()) != entity.end()) {
    throw std::invalid_argument("tie_set: entities must be ascending and distinct");
  }
  TieSet s;
  s.entity = entity;
  if (group) s.group = *group;
  s.ties.reserve(g.edge_count());
  // Rows in vertex order, neighbours ascending, entities ascending: the keys come out sorted.
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
    s.ties.push_back((std::uint64_t{entity[u]} << 32) | entity[v]);
  });
  return s;
}

namespace {

constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

std::uint32_t first_of(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); }
std::uint32_t second_of(std::uint64_t key) { return static_cast<std::uint32_t>(key & 0xFFFFFFFFu); }

// Entity -> value (vertex index or group), kAbsent for entities not in the set.
std::vector<std::uint32_t> by_entity(const TieSet& s, std::uint32_t size, bool groups) {
  std::vector<std::uint32_t> out(size, kAbsent);
  for (std::uint32_t v = 0; v < s.entity.size(); ++v) out[s.entity[v]] = groups ? s.group[v] : v;
  return out;
}

// The counted ties of a set, in key order.
class TieCursor {
 public:
  TieCursor(const std::vector<std::uint64_t>& ties, const std::vector<std::uint32_t>* group_of)
      : ties_(ties), group_of_(group_of) {
    settle();
  }
  bool done() const { return i_ >= ties_.size(); }
  std::uint64_t key() const { return ties_[i_]; }
  void next() {
    ++i_;
    settle();
  }

 private:
  void settle() {
    if (!group_of_) return;
    while (i_ < ties_.size() && (*group_of_)[first_of(ties_[i_])] == (*group_of_)[second_of(ties_[i_])]) ++i_;
  }
  const std::vector<std::uint64_t>& ties_;
  const std::vector<std::uint32_t>* group_of_;
  std::size_t i_ = 0;
};

}  // namespace

TieChurn tie_churn(const TieSet& before, const TieSet& after, bool across_groups) {
  if (across_groups && (before.group.size() != before.entity.size() || after.group.size() != after.entity.size())) {
    throw std::invalid_argument("tie_churn: counting ties across groups needs the groups of both snapshots");
  }
  TieChurn x;
  x.vertices_before = before.entity.size();
  x.vertices_after = after.entity.size();
  std::uint32_t max_entity = 0;
  if (!before.entity.empty()) max_entity = std::max(max_entity, before.entity.back());
  if (!after.entity.empty()) max_entity = std::max(max_entity, after.entity.back());
  const std::uint32_t size = x.vertices_before + x.vertices_after == 0 ? 0 : max_entity + 1;
  const auto vertex_after = by_entity(after, size, false);
  std::vector<std::uint32_t> group_before, group_after;
  if (across_groups) {
    group_before = by_entity(before, size, true);
    group_after = by_entity(after, size, true);
  }

  // Pairs of t+1 vertices (in different groups when counting across groups).
  const std::uint64_t n = x.vertices_after;
  std::uint64_t pairs = n * (n > 0 ? n - 1 : 0) / 2;
  if (across_groups) {
    std::vector<std::uint32_t> groups(after.group);
    std::sort(groups.begin(), groups.end());
    for (std::size_t i = 0; i < groups.size();) {
      std::size_t j = i;
      while (j < groups.size() && groups[j] == groups[i]) ++j;
      const std::uint64_t k = j - i;
      pairs -= k * (k - 1) / 2;
      i = j;
    }
  }

  std::uint64_t tied_pairs_at_risk = 0;  // ties of t among the pairs counted in `pairs`
  TieCursor a(before.ties, across_groups ? &group_before : nullptr);
  TieCursor b(after.ties, across_groups ? &group_after : nullptr);
  while (!a.done() || !b.done()) {
    if (b.done() || (!a.done() && a.key() < b.key())) {
      ++x.dissolved;
      const std::uint32_t u = first_of(a.key()), v = second_of(a.key());
      if (vertex_after[u] != kAbsent && vertex_after[v] != kAbsent) {
        ++x.dissolved_both_present;
        if (!across_groups || group_after[u] != group_after[v]) ++tied_pairs_at_risk;
      }
      a.next();
    } else if (a.done() || b.key() < a.key()) {
      ++x.formed;
      b.next();
    } else {
      ++x.kept;
      ++tied_pairs_at_risk;
      a.next();
      b.next();
    }
  }
  x.ties_before = x.kept + x.dissolved;
  x.ties_after = x.kept + x.formed;
  x.possible_formations = pairs - tied_pairs_at_risk;
  return x;
}

}  // namespace reticulist::metrics
