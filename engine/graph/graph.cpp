#include "engine/graph/graph.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace reticulist::graph {

Graph::Graph(std::vector<std::uint64_t> offsets, std::vector<Vertex> targets, std::vector<double> weights)
    : offsets_(std::move(offsets)), targets_(std::move(targets)), weights_(std::move(weights)) {
  if (offsets_.empty() || offsets_.back() != targets_.size() || targets_.size() != weights_.size()) {
    throw std::logic_error("inconsistent CSR arrays");
  }
}

double Graph::strength(Vertex v) const {
  auto w = weights(v);
  return std::accumulate(w.begin(), w.end(), 0.0);
}

double Graph::total_weight() const { return std::accumulate(weights_.begin(), weights_.end(), 0.0) / 2; }

std::size_t Graph::memory_bytes() const {
  return offsets_.capacity() * sizeof(std::uint64_t) + targets_.capacity() * sizeof(Vertex) +
         weights_.capacity() * sizeof(double);
}

Graph graph_from_edges(std::uint32_t n, std::span<const Edge> edges, BuildStats* stats) {
  BuildStats local;
  // Counting sort into rows (both directions), then sort and merge each row.
  std::vector<std::uint64_t> offsets(static_cast<std::size_t>(n) + 1, 0);
  for (const Edge& e : edges) {
    if (e.u >= n || e.v >= n) throw std::out_of_range("edge endpoint beyond the vertex count");
    if (e.u == e.v) continue;
    ++offsets[e.u + 1];
    ++offsets[e.v + 1];
  }
  for (std::uint32_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
  std::vector<std::pair<Vertex, double>> slots(offsets[n]);
  std::vector<std::uint64_t> fill(offsets.begin(), offsets.end() - 1);
  for (const Edge& e : edges) {
    if (e.u == e.v) {
      ++local.self_loops_dropped;
      continue;
    }
    slots[fill[e.u]++] = {e.v, e.weight};
    slots[fill[e.v]++] = {e.u, e.weight};
  }
  std::vector<std::uint64_t> out_offsets(static_cast<std::size_t>(n) + 1, 0);
  std::vector<Vertex> targets;
  std::vector<double> weights;
  targets.reserve(slots.size());
  weights.reserve(slots.size());
  std::uint64_t merged_twice = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    auto first = slots.begin() + static_cast<std::ptrdiff_t>(offsets[v]);
    auto last = slots.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]);
    std::sort(first, last, [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = first; it != last; ++it) {
      if (!targets.empty() && targets.size() > out_offsets[v] && targets.back() == it->first) {
        weights.back() += it->second;
        ++merged_twice;
      } else {
        targets.push_back(it->first);
        weights.push_back(it->second);
      }
    }
    out_offsets[v + 1] = targets.size();
  }
  local.parallel_edges_merged = merged_twice / 2;  // each merge is seen from both ends
  if (stats) *stats = local;
  return Graph(std::move(out_offsets), std::move(targets), std::move(weights));
}

}  // namespace reticulist::graph
