#pragma once
// The one graph representation: an immutable, undirected, weighted graph in compressed sparse
// row (CSR) form. Vertices are dense 0..n-1 (igraph's vertex ids and Boost's vertex_index, so
// adapters need no id maps); each undirected edge {u,v} is stored in both rows, neighbours of a
// row sorted ascending. Self-loops are not stored: collaboration with oneself is no tie, and the
// builder counts the ones it drops. Parallel edges are merged, their weights summed.
#include <cstdint>
#include <span>
#include <vector>

namespace reticulist::graph {

using Vertex = std::uint32_t;

struct Edge {
  Vertex u;
  Vertex v;
  double weight;
};

class Graph {
 public:
  Graph() : offsets_(1, 0) {}
  Graph(std::vector<std::uint64_t> offsets, std::vector<Vertex> targets, std::vector<double> weights);

  std::uint32_t vertex_count() const { return static_cast<std::uint32_t>(offsets_.size() - 1); }
  std::uint64_t edge_count() const { return targets_.size() / 2; }  // undirected edges
  std::uint32_t degree(Vertex v) const { return static_cast<std::uint32_t>(offsets_[v + 1] - offsets_[v]); }
  std::span<const Vertex> neighbours(Vertex v) const {
    return {targets_.data() + offsets_[v], targets_.data() + offsets_[v + 1]};
  }
  std::span<const double> weights(Vertex v) const {
    return {weights_.data() + offsets_[v], weights_.data() + offsets_[v + 1]};
  }
  double strength(Vertex v) const;   // sum of the weights of v's edges
  double total_weight() const;       // sum over undirected edges
  // Each undirected edge once (u < v), in row order.
  template <class Fn>
  void for_each_edge(Fn&& fn) const {
    for (Vertex u = 0; u < vertex_count(); ++u) {
      for (std::uint64_t i = offsets_[u]; i < offsets_[u + 1]; ++i) {
        if (targets_[i] > u) fn(u, targets_[i], weights_[i]);
      }
    }
  }

  const std::vector<std::uint64_t>& offsets() const { return offsets_; }
  const std::vector<Vertex>& targets() const { return targets_; }
  const std::vector<double>& all_weights() const { return weights_; }
  std::size_t memory_bytes() const;

 private:
  std::vector<std::uint64_t> offsets_;
  std::vector<Vertex> targets_;
  std::vector<double> weights_;
};

struct BuildStats {
  std::uint64_t self_loops_dropped = 0;
  std::uint64_t parallel_edges_merged = 0;
};

// From an edge list in any order, with duplicates and loops (both handled as the header says).
Graph graph_from_edges(std::uint32_t vertex_count, std::span<const Edge> edges, BuildStats* stats = nullptr);

}  // namespace reticulist::graph
