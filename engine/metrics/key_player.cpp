// Key-player set, negative side (Borgatti 2006, "Identifying sets of key players in a social
// network", Computational & Mathematical Organization Theory 12, 21-34): the k vertices S whose
// removal maximises the fragmentation F of g - S (fragmentation.cpp). Maximising F over sets of
// one size k is minimising the integer R(S) = sum_k s_k (s_k - 1) over the components of g - S,
// since n - k is fixed; comparisons are therefore exact.
//
// The problem is NP-hard; this is a heuristic with no approximation guarantee:
//   1. greedy: starting from the empty set, add the candidate that lowers R most, k times;
//   2. swap (Borgatti's own heuristic, started here from the greedy set instead of a random
//      one): over all pairs (u in S, v in the pool, not in S) take the swap that lowers R most;
//      repeat until no swap helps or options.max_swap_passes passes are done.
// Ties go to the candidate earlier in the pool (the caller orders it, e.g. by betweenness).
// Only pool vertices are considered: a vertex outside the pool is never chosen.
//
// Evaluating R(S) for S inside the pool P without touching g again: the components C of g - P
// are computed once; g - S is g - P plus the vertices P \ S, each of which joins the components
// of g - P it has a tie into and the other pool vertices it is tied to. So R(S) is the
// components of a small quotient graph (the components touched by the pool, weighted by their
// sizes, plus the pool vertices with weight 1) plus the untouched components' constant share.
//   once:        O(n + m) (remove_vertices, components) + O(sum of the pool's degrees)
//   evaluation:  O(t + p log p), t = |P| + (component ties of the pool) + (ties inside the pool),
//                p the quotient's ties (graph_from_edges sorts them)
//   greedy:      k |P| evaluations;  swap: k (|P| - k) evaluations per pass;  the final set is
//                then put in greedy order among its own members (k^2 / 2 evaluations), so each
//                prefix of the output is the best of its size within the set.
// Memory O(n) for the id map and the components, O(t) for the quotient.
#include "engine/metrics/key_player.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "engine/graph/remove_vertices.hpp"
#include "engine/metrics/components.hpp"
#include "engine/metrics/fragmentation.hpp"

namespace reticulist::metrics {
namespace {

constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

// g - P and how the pool's vertices attach to it.
class PoolQuotient {
 public:
  PoolQuotient(const graph::Graph& g, std::span<const graph::Vertex> pool) : pool_size_(static_cast<std::uint32_t>(pool.size())) {
    const std::uint32_t n = g.vertex_count();
    std::vector<std::uint32_t> pool_index(n, kNoIndex);
    std::vector<bool> in_pool(n, false);
    for (std::uint32_t i = 0; i < pool_size_; ++i) {
      const graph::Vertex v = pool[i];
      if (v >= n) throw std::invalid_argument("key_player_set: candidate beyond the vertex count");
      if (in_pool[v]) throw std::invalid_argument("key_player_set: candidate given twice");
      in_pool[v] = true;
      pool_index[v] = i;
    }
    const auto rest = graph::remove_vertices(g, in_pool);
    const Components c = components(rest.graph);
    std::vector<std::uint32_t> component_of(n, kNoIndex);  // vertex of g -> component of g - P
    for (graph::Vertex nv = 0; nv < rest.original.size(); ++nv) component_of[rest.original[nv]] = c.component[nv];
    // Components touched by the pool become quotient vertices 0..T-1.
    std::vector<std::uint32_t> quotient_of(c.count, kNoIndex);
    touched_offsets_.push_back(0);
    pool_offsets_.push_back(0);
    for (std::uint32_t i = 0; i < pool_size_; ++i) {
      const std::size_t first = touched_.size();
      for (graph::Vertex w : g.neighbours(pool[i])) {
        if (pool_index[w] != kNoIndex) {
          if (pool_index[w] > i) pool_ties_.push_back(pool_index[w]);
          continue;
        }
        const std::uint32_t comp = component_of[w];
        if (quotient_of[comp] == kNoIndex) {
          quotient_of[comp] = static_cast<std::uint32_t>(weight_.size());
          weight_.push_back(c.sizes[comp]);
        }
        touched_.push_back(quotient_of[comp]);
      }
      std::sort(touched_.begin() + static_cast<std::ptrdiff_t>(first), touched_.end());
      touched_.erase(std::unique(touched_.begin() + static_cast<std::ptrdiff_t>(first), touched_.end()), touched_.end());
      touched_offsets_.push_back(touched_.size());
      pool_offsets_.push_back(pool_ties_.size());
    }
    for (std::uint32_t comp = 0; comp < c.count; ++comp) {
      const std::uint64_t s = c.sizes[comp];
      if (quotient_of[comp] == kNoIndex && s > 1) constant_ += s * (s - 1);
    }
  }

  // R(S) for the set `in_set` (one flag per pool index).
  std::uint64_t reachable_pairs(const std::vector<bool>& in_set) const {
    const auto t = static_cast<graph::Vertex>(weight_.size());
    edges_.clear();
    for (std::uint32_t i = 0; i < pool_size_; ++i) {
      if (in_set[i]) continue;
      for (std::uint64_t j = touched_offsets_[i]; j < touched_offsets_[i + 1]; ++j) edges_.push_back({t + i, touched_[j], 1.0});
      for (std::uint64_t j = pool_offsets_[i]; j < pool_offsets_[i + 1]; ++j) {
        if (!in_set[pool_ties_[j]]) edges_.push_back({t + i, t + pool_ties_[j], 1.0});
      }
    }
    const graph::Graph q = graph::graph_from_edges(t + pool_size_, edges_);
    const Components c = components(q);
    std::vector<std::uint64_t> size(c.count, 0);
    for (graph::Vertex v = 0; v < t; ++v) size[c.component[v]] += weight_[v];
    for (std::uint32_t i = 0; i < pool_size_; ++i) size[c.component[t + i]] += in_set[i] ? 0 : 1;
    std::uint64_t pairs = constant_;
    for (std::uint64_t s : size) {
      if (s > 1) pairs += s * (s - 1);
    }
    return pairs;
  }

 private:
  std::uint32_t pool_size_;
  std::vector<std::uint64_t> weight_;           // quotient component vertex -> its size
  std::vector<std::uint64_t> touched_offsets_;  // pool i touches touched_[offsets[i], offsets[i+1])
  std::vector<std::uint32_t> touched_;
  std::vector<std::uint64_t> pool_offsets_;     // pool i is tied to pool_ties_[...] (indices > i)
  std::vector<std::uint32_t> pool_ties_;
  std::uint64_t constant_ = 0;                  // R of the untouched components
  mutable std::vector<graph::Edge> edges_;
};

std::optional<double> f_of(std::uint64_t pairs, std::uint64_t n) {
  if (n < 2) return std::nullopt;
  return 1.0 - static_cast<double>(pairs) / (static_cast<double>(n) * static_cast<double>(n - 1));
}

}  // namespace

KeyPlayerResult key_player_set(const graph::Graph& g, std::span<const graph::Vertex> candidates,
                               const KeyPlayerOptions& options) {
  KeyPlayerResult r;
  r.fragmentation_before = fragmentation(g);
  const PoolQuotient quotient(g, candidates);
  const auto pool = static_cast<std::uint32_t>(candidates.size());
  const std::uint32_t k = std::min(options.k, pool);
  const std::uint64_t n = g.vertex_count();
  std::vector<bool> in_set(pool, false);
  std::vector<std::uint32_t> chosen;  // pool indices, in order
  std::uint64_t current = 0;

  for (std::uint32_t step = 0; step < k; ++step) {
    std::uint32_t best = kNoIndex;
    std::uint64_t best_pairs = 0;
    for (std::uint32_t i = 0; i < pool; ++i) {
      if (in_set[i]) continue;
      in_set[i] = true;
      const std::uint64_t pairs = quotient.reachable_pairs(in_set);
      in_set[i] = false;
      ++r.evaluations;
      if (best == kNoIndex || pairs < best_pairs) {
        best = i;
        best_pairs = pairs;
      }
    }
    in_set[best] = true;
    chosen.push_back(best);
    current = best_pairs;
  }

  if (k > 0 && k < pool) {
    r.converged = false;
    for (std::uint32_t pass = 0; pass < options.max_swap_passes; ++pass) {
      std::uint32_t best_slot = kNoIndex, best_in = kNoIndex;
      std::uint64_t best_pairs = current;
      for (std::uint32_t slot = 0; slot < k; ++slot) {
        const std::uint32_t out = chosen[slot];
        in_set[out] = false;
        for (std::uint32_t i = 0; i < pool; ++i) {
          if (in_set[i] || i == out) continue;
          in_set[i] = true;
          const std::uint64_t pairs = quotient.reachable_pairs(in_set);
          in_set[i] = false;
          ++r.evaluations;
          if (pairs < best_pairs) {
            best_pairs = pairs;
            best_slot = slot;
            best_in = i;
          }
        }
        in_set[out] = true;
      }
      if (best_slot == kNoIndex) {
        r.converged = true;
        break;
      }
      in_set[chosen[best_slot]] = false;
      in_set[best_in] = true;
      chosen[best_slot] = best_in;
      current = best_pairs;
      ++r.swaps;
    }
  }

  // The final set in greedy order among its own members (swaps may have changed it), so that
  // each prefix is the best of its size the set holds; F after each prefix. k^2 / 2 evaluations.
  std::vector<bool> prefix(pool, false), used(chosen.size(), false);
  for (std::uint32_t step = 0; step < chosen.size(); ++step) {
    std::size_t best = chosen.size();
    std::uint64_t best_pairs = 0;
    for (std::size_t c = 0; c < chosen.size(); ++c) {
      if (used[c]) continue;
      prefix[chosen[c]] = true;
      const std::uint64_t pairs = quotient.reachable_pairs(prefix);
      prefix[chosen[c]] = false;
      ++r.evaluations;
      if (best == chosen.size() || pairs < best_pairs || (pairs == best_pairs && chosen[c] < chosen[best])) {
        best = c;
        best_pairs = pairs;
      }
    }
    used[best] = true;
    prefix[chosen[best]] = true;
    r.players.push_back(candidates[chosen[best]]);
    r.fragmentation.push_back(f_of(best_pairs, n - (step + 1)));
  }
  return r;
}

}  // namespace reticulist::metrics
