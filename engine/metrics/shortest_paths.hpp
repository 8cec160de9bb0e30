#pragma once
// What exact betweenness (betweenness.cpp) and sampled betweenness (betweenness_sampled.cpp) share
// to count shortest paths: path lengths compared with igraph's relative tolerance, a 4-ary vertex
// heap with decrease-key, one thread's workspace, and Dijkstra from one source with path counts.
// Internal to those two files. All inline: in a .cpp of its own, Dijkstra cost weighted Brandes
// 0.4% more instructions than beside it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "engine/graph/graph.hpp"

namespace reticulist::metrics::shortest_paths {

using graph::Graph;
using graph::Vertex;

inline constexpr std::int32_t kUnseen = -1;
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
inline constexpr double kRelativeTolerance = 1e-10;

// True when the finite path lengths a and b tie (relative tolerance, as igraph's weighted paths).
inline bool same_length(double a, double b) { return std::abs(a - b) <= kRelativeTolerance * std::max(a, b); }
// True when a is shorter than the current best b (b may be +infinity).
inline bool shorter(double a, double b) { return b == kInfinity || (a < b && !same_length(a, b)); }

// A 4-ary min-heap of vertices keyed by their distance, with decrease-key (each vertex enters once).
class VertexHeap {
 public:
  explicit VertexHeap(std::size_t n) : pos_(n, kAbsent) {}
  bool empty() const { return heap_.empty(); }
  const std::vector<Vertex>& items() const { return heap_; }
  Vertex top() const { return heap_.front(); }
  // Inserts v, or moves it up after key[v] decreased.
  void push_or_decrease(Vertex v, const std::vector<double>& key) {
    if (pos_[v] == kAbsent) {
      pos_[v] = static_cast<std::uint32_t>(heap_.size());
      heap_.push_back(v);
    }
    std::size_t i = pos_[v];
    while (i > 0) {
      const std::size_t parent = (i - 1) / 4;
      if (!(key[v] < key[heap_[parent]])) break;
      place(i, heap_[parent]);
      i = parent;
    }
    place(i, v);
  }
  Vertex pop(const std::vector<double>& key) {
    const Vertex top = heap_.front();
    pos_[top] = kAbsent;
    const Vertex last = heap_.back();
    heap_.pop_back();
    if (heap_.empty()) return top;
    std::size_t i = 0;
    for (;;) {
      const std::size_t first = 4 * i + 1;
      if (first >= heap_.size()) break;
      std::size_t best = first;
      for (std::size_t c = first + 1; c < std::min(first + 4, heap_.size()); ++c) {
        if (key[heap_[c]] < key[heap_[best]]) best = c;
      }
      if (!(key[heap_[best]] < key[last])) break;
      place(i, heap_[best]);
      i = best;
    }
    place(i, last);
    return top;
  }
  void clear() {
    for (Vertex v : heap_) pos_[v] = kAbsent;
    heap_.clear();
  }

 private:
  static constexpr std::uint32_t kAbsent = static_cast<std::uint32_t>(-1);
  void place(std::size_t i, Vertex v) {
    heap_[i] = v;
    pos_[v] = static_cast<std::uint32_t>(i);
  }
  std::vector<Vertex> heap_;
  std::vector<std::uint32_t> pos_;  // index in heap_, or kAbsent
};

// ---- per-thread workspace: every array is back to its initial state between searches ----
struct Workspace {
  explicit Workspace(std::size_t n)
      : hops(n, kUnseen), hops_back(n, kUnseen), length(n, kInfinity), length_back(n, kInfinity), sigma(n, 0.0),
        sigma_back(n, 0.0), delta(n, 0.0), settled(n, 0), heap(n), heap_back(n) {}
  std::vector<std::int32_t> hops, hops_back;  // BFS levels from the source (and from the target)
  std::vector<double> length, length_back;    // Dijkstra distances (from the source, from the target)
  std::vector<double> sigma, sigma_back;      // shortest-path counts
  std::vector<double> delta;                  // Brandes' dependencies
  std::vector<std::uint8_t> settled;          // bit 1: by the search from the source; bit 2: from the target
  std::vector<Vertex> order;  // S: vertices by non-decreasing distance (touched vertices when sampling)
  std::vector<Vertex> frontier, frontier_back, next, cut;
  std::vector<std::pair<Vertex, Vertex>> cut_edges;
  VertexHeap heap, heap_back;
};

// Dijkstra from s with lengths 1/weight, filling length, sigma, settled and order (settle order).
// The caller puts the touched entries (those of `order`) back.
inline void dijkstra(const Graph& g, Vertex s, Workspace& w) {
  auto& d = w.length;
  auto& sigma = w.sigma;
  w.order.clear();
  d[s] = 0;
  sigma[s] = 1;
  w.heap.push_or_decrease(s, d);
  while (!w.heap.empty()) {
    const Vertex v = w.heap.pop(d);
    w.settled[v] = 1;
    w.order.push_back(v);
    const auto nbrs = g.neighbours(v);
    const auto wts = g.weights(v);
    for (std::size_t i = 0; i < nbrs.size(); ++i) {
      const Vertex x = nbrs[i];
      if (w.settled[x]) continue;
      const double alt = d[v] + 1.0 / wts[i];
      if (shorter(alt, d[x])) {
        d[x] = alt;
        sigma[x] = sigma[v];
        w.heap.push_or_decrease(x, d);
      } else if (same_length(alt, d[x])) {
        sigma[x] += sigma[v];
      }
    }
  }
}

}  // namespace reticulist::metrics::shortest_paths
