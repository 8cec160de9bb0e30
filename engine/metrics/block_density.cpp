// Block (group x group) density of a partition.
//
// For groups g and h of sizes n_g and n_h, with e_gh the number of ties between them (each tie
// once, unweighted) and w_gh their summed weight:
//
//   d_gh = e_gh / (n_g n_h)                  g != h     NA when n_g = 0 or n_h = 0
//   d_gg = e_gg / (n_g (n_g - 1) / 2)        g = h      NA when n_g < 2
//
// so the within density of a one-member group is NA, not 0 (it has no pair that could be tied),
// as metrics.md requires. Tie counts and weights are given beside every density, and the cells
// cover every pair g <= h, empty groups included, so a table has every group.
//
// Expected ties under random mixing with the same number of ties: the uniform random graph
// G(n, m) (Erdos-Renyi with m fixed) puts the m ties on m of the N = n (n - 1) / 2 vertex pairs
// uniformly at random, so each pair is tied with probability m / N and
//
//   E[e_gh] = m n_g n_h / N                  g != h
//   E[e_gg] = m (n_g (n_g - 1) / 2) / N      g = h
//
// (the expected counts sum to m). NA when n < 2 (N = 0: there is no pair and no tie).
// Isolates count in n and in n_g. Self-loops and duplicate ties never reach here:
// graph_from_edges drops loops and merges parallel ties (weights summed).
//
// Cost: O(n + m + G^2) time, O(G^2) memory for the G (G + 1) / 2 cells; nothing of size n^2.
//
// Without a set of vertices R (what-if removals, once per random repetition): e_gh and the sizes
// are integers, so the ties at R are subtracted from the whole graph's counts (each tie once,
// also one between two removed vertices), in O(G^2 + sum of R's degrees) instead of a pass over
// what stays. Weights are doubles: they are subtracted too when all are whole numbers whose sum
// stays below 2^53 (shared-event counts), as every partial sum is then exact and the result the
// same whatever the order of addition; otherwise (Newman's weights) w_gh and the total weight are
// summed again over the ties that stay, in the order block_density takes them, O(n + m).
#include "engine/metrics/block_density.hpp"
#include "engine/metrics/partition.hpp"  // check_partition

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace reticulist::metrics {

namespace {

// Position of cell (g, h), g <= h, in the row-by-row upper triangle of a G x G matrix.
std::size_t cell_index(std::uint32_t G, std::uint32_t g, std::uint32_t h) {
  const std::size_t gg = g;
  return gg * (2 * static_cast<std::size_t>(G) - gg + 1) / 2 + (h - g);  // rows 0..g-1 hold G, G-1, ...
}

}  // namespace

const BlockCell& BlockDensityResult::cell(std::uint32_t g, std::uint32_t h) const {
  if (g > h) std::swap(g, h);
  if (h >= group_count) throw std::out_of_range("block_density: no group " + std::to_string(h));
  return cells[cell_index(group_count, g, h)];
}

namespace {

// pairs, density and expected ties of every cell, from the sizes, n, m and each cell's ties.
void complete_cells(BlockDensityResult& r) {
  const std::uint64_t n = r.vertex_count;
  const std::uint64_t N = n < 2 ? 0 : n * (n - 1) / 2;  // vertex pairs
  const auto m = static_cast<double>(r.tie_count);
  for (BlockCell& c : r.cells) {
    const std::uint64_t n_g = r.sizes[c.g];
    const std::uint64_t n_h = r.sizes[c.h];
    c.pairs = c.g == c.h ? (n_g < 2 ? 0 : n_g * (n_g - 1) / 2) : n_g * n_h;
    c.density = std::nullopt;
    if (c.pairs > 0) c.density = static_cast<double>(c.ties) / static_cast<double>(c.pairs);
    c.expected_ties = std::nullopt;
    if (N > 0) c.expected_ties = m * static_cast<double>(c.pairs) / static_cast<double>(N);
  }
}

}  // namespace

BlockDensityResult block_density(const graph::Graph& g, const Partition& partition) {
  check_partition("block_density", partition, g.vertex_count());
  const std::uint32_t G = partition.group_count;

  BlockDensityResult r;
  r.group_count = G;
  r.sizes = partition.sizes();  // n_g
  r.vertex_count = g.vertex_count();
  r.tie_count = g.edge_count();
  r.total_weight = g.total_weight();

  r.cells.resize(static_cast<std::size_t>(G) * (static_cast<std::size_t>(G) + 1) / 2);
  for (std::uint32_t a = 0; a < G; ++a) {
    for (std::uint32_t b = a; b < G; ++b) {
      BlockCell& c = r.cells[cell_index(G, a, b)];
      c.g = a;
      c.h = b;
    }
  }

  // e_gh and w_gh: each undirected tie once.
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    std::uint32_t a = partition.group[u];
    std::uint32_t b = partition.group[v];
    if (a > b) std::swap(a, b);
    BlockCell& c = r.cells[cell_index(G, a, b)];
    ++c.ties;
    c.weight += w;
  });

  complete_cells(r);
  return r;
}

BlockDensityResult block_density_without(const graph::Graph& g, const Partition& partition,
                                         const BlockDensityResult& whole, const std::vector<bool>& removed,
                                         bool exact_weights) {
  check_partition("block_density_without", partition, g.vertex_count());
  const std::uint32_t n = g.vertex_count();
  if (removed.size() != n) throw std::invalid_argument("block_density_without: the mask must have one entry per vertex");
  const std::uint32_t G = partition.group_count;
  const auto cell_of = [&](BlockDensityResult& r, graph::Vertex u, graph::Vertex v) -> BlockCell& {
    std::uint32_t a = partition.group[u];
    std::uint32_t b = partition.group[v];
    if (a > b) std::swap(a, b);
    return r.cells[cell_index(G, a, b)];
  };
  BlockDensityResult r = whole;
  double removed_weight = 0;  // exact when exact_weights
  for (graph::Vertex u = 0; u < n; ++u) {
    if (!removed[u]) continue;
    --r.sizes[partition.group[u]];
    --r.vertex_count;
    const auto targets = g.neighbours(u);
    const auto weights = g.weights(u);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const graph::Vertex v = targets[i];
      if (removed[v] && v < u) continue;  // a tie between two removed vertices: taken from its lower end
      BlockCell& c = cell_of(r, u, v);
      --c.ties;
      if (exact_weights) c.weight -= weights[i];
      --r.tie_count;
      removed_weight += weights[i];
    }
  }
  if (exact_weights) {
    r.total_weight = whole.total_weight - removed_weight;
  } else {
    // Summed again in block_density's order: w_gh over each tie once in row order, the total
    // over both arcs of every tie in row order, halved (Graph::total_weight).
    for (BlockCell& c : r.cells) c.weight = 0;
    double arcs = 0;
    for (graph::Vertex u = 0; u < n; ++u) {
      if (removed[u]) continue;
      const auto targets = g.neighbours(u);
      const auto weights = g.weights(u);
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const graph::Vertex v = targets[i];
        if (removed[v]) continue;
        arcs += weights[i];
        if (v > u) cell_of(r, u, v).weight += weights[i];
      }
    }
    r.total_weight = arcs / 2;
  }
  complete_cells(r);
  return r;
}

bool whole_number_weights(const graph::Graph& g) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  double sum = 0;  // of |w|: exact while below 2^53
  for (double w : g.all_weights()) {
    if (!std::isfinite(w) || w != std::trunc(w)) return false;
    sum += std::abs(w);
    if (sum >= kExact) return false;
  }
  return true;
}

}  // namespace reticulist::metrics
