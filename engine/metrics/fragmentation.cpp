// Key-player fragmentation (Borgatti 2006, "Identifying sets of key players in a social
// network", Computational & Mathematical Organization Theory 12, 21-34), on an undirected graph,
// unweighted (a tie is a tie whatever its weight).
//
//   F  = 1 - sum_k s_k (s_k - 1) / (n (n - 1))          (Borgatti's eq. 4; s_k the size of
//        component k, n the vertices, isolates included: each is a component of size 1)
//   dF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1))      (Borgatti's eq. 9, "distance-weighted
//        fragmentation"; d_ij the number of ties on a shortest path, 1/d_ij = 0 when j cannot
//        be reached from i)
//
// Both are 0 for a complete graph and 1 for a graph with no tie; F only asks whether people can
// reach each other, dF also how far apart they are (dF >= F, since 1/d_ij <= 1). The double sum
// is sum_s H_s, H_s = sum_{t != s} 1/d_st the harmonic centrality of s (Marchiori & Latora 2000;
// igraph_harmonic_centrality). Undefined (NA): both for n < 2 (0/0: no pair of vertices).
//
// F: O(n + m) (components.cpp), O(number of components) from known sizes.
// dF, exact when n <= options.exact_max_vertices: H_s from every vertex s of the frame U (the N
// vertices with a tie; an isolate has H_s = 0), time O(N (n + m)) at worst. Otherwise sampled: a
// simple random sample S of k = options.samples sources from U (seeded xoshiro256**,
// engine/random.hpp), time O(k (n + m)) at worst; the total is estimated as T^ = N mean_{s in S}
// H_s, with the standard error of a simple random sample's total with the finite-population
// correction (Cochran 1977, Sampling Techniques, eq. 2.19):
//     SE(T^) = N sqrt((1 - k/N) s_H^2 / k),   s_H^2 the sample variance of H_s,
// and SE(dF^) = SE(T^) / (n (n - 1)). When k >= N the sample is the frame: exact, SE 0.
// With one source the value is estimated and its SE is NA; with none (but a non-empty frame)
// the value is NA too. options.samples < 2 is a ConfigError.
//
// H_s needs only how many vertices s reaches at each distance, so the searches run many sources
// at once (multi_source_bfs.hpp: up to 256 sources per pass over the ties, levels top-down or
// bottom-up), batches spread over options.threads workers, each H_s written to its own slot: the
// sum is formed in source order, so results do not depend on the thread count. Measured on the
// whatif layer of the 0.5 M-record benchmark data (M: 20,744 vertices, 1.6 M ties), one thread:
// 100 sources in 10 ms against 57 ms by single searches (bfs_levels.hpp); 500 in 41 ms.
//
// Without a set of vertices (the removed mask; what-if scenarios and their random baseline):
// dF of the graph the vertices that stay induce, n being their number, with the searches
// skipping the removed vertices instead of running on a copy of the rest.
#include "engine/metrics/fragmentation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/metrics/multi_source_bfs.hpp"
#include "engine/metrics/repeated_sum.hpp"
#include "engine/random.hpp"

namespace reticulist::metrics {
namespace {

// H_s for each source, unweighted, from its level sizes (multi_source_bfs.hpp). 1/d is added once
// per vertex reached, level by level, which is the order of a plain breadth-first search: the
// same sum, to the last bit, as the search by Boost.Graph this replaced (add_repeatedly makes
// a level's additions in a few steps, with the same rounding).
std::vector<double> harmonic_sums(const graph::Graph& g, const std::vector<bool>& removed,
                                  std::span<const graph::Vertex> sources, unsigned threads) {
  std::vector<double> out(sources.size(), 0.0);
  for_each_source_level_sizes(g, sources, removed, threads, [&](std::size_t i, std::span<const std::uint32_t> sizes) {
    double h = 0.0;
    for (std::size_t d = 1; d < sizes.size(); ++d) h = add_repeatedly(h, 1.0 / static_cast<double>(d), sizes[d]);
    out[i] = h;
  });
  return out;
}

}  // namespace

std::uint64_t reachable_pairs(std::span<const std::uint32_t> sizes) {
  std::uint64_t sum = 0;
  for (std::uint64_t s : sizes) {
    if (s > 1) sum += s * (s - 1);
  }
  return sum;
}

std::optional<double> fragmentation(std::span<const std::uint32_t> sizes) {
  std::uint64_t n = 0;
  for (std::uint64_t s : sizes) n += s;
  if (n < 2) return std::nullopt;
  return 1.0 - static_cast<double>(reachable_pairs(sizes)) / (static_cast<double>(n) * static_cast<double>(n - 1));
}

std::optional<double> fragmentation(const Components& c) { return fragmentation(std::span(c.sizes)); }

std::optional<double> fragmentation(const graph::Graph& g) { return fragmentation(components(g)); }

std::vector<graph::Vertex> shuffled_frame(const graph::Graph& g, std::uint64_t seed) {
  std::vector<graph::Vertex> frame;
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    if (g.degree(v) > 0) frame.push_back(v);
  }
  Xoshiro256 rng(seed, 0);
  sample_prefix(std::span(frame), frame.size(), rng);
  return frame;
}

DistanceFragmentation distance_fragmentation(const graph::Graph& g, std::span<const graph::Vertex> sources,
                                             std::uint64_t population, unsigned threads) {
  return distance_fragmentation(g, {}, sources, population, threads);
}

DistanceFragmentation distance_fragmentation(const graph::Graph& g, const std::vector<bool>& removed,
                                             std::span<const graph::Vertex> sources, std::uint64_t population,
                                             unsigned threads) {
  if (!removed.empty() && removed.size() != g.vertex_count()) {
    throw std::invalid_argument("distance_fragmentation: the mask must have one entry per vertex");
  }
  const auto n = static_cast<std::uint32_t>(g.vertex_count() - std::count(removed.begin(), removed.end(), true));
  DistanceFragmentation r;
  r.sources = static_cast<std::uint32_t>(sources.size());
  r.exact = sources.size() >= population;
  if (n < 2) return r;
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);  // n (n - 1)
  if (population == 0) {  // no tie at all: no pair reaches another
    r.value = 1.0;
    r.standard_error = 0.0;
    return r;
  }
  if (sources.empty()) return r;
  std::vector<graph::Vertex> ordered(sources.begin(), sources.end());
  std::sort(ordered.begin(), ordered.end());  // the sum in vertex order, whatever the sample's order
  const auto h = harmonic_sums(g, removed, ordered, threads);
  const auto k = static_cast<double>(h.size());
  double total = 0.0;
  for (double x : h) total += x;
  if (r.exact) {
    r.value = 1.0 - total / pairs;
    r.standard_error = 0.0;
    return r;
  }
  const double mean = total / k;
  const double big_n = static_cast<double>(population);
  r.value = 1.0 - big_n * mean / pairs;
  if (h.size() >= 2) {
    double ss = 0.0;  // (k - 1) s_H^2
    for (double x : h) ss += (x - mean) * (x - mean);
    const double fpc = 1.0 - k / big_n;
    r.standard_error = big_n * std::sqrt(fpc * ss / (k - 1.0) / k) / pairs;
  }
  return r;
}

DistanceFragmentation distance_fragmentation(const graph::Graph& g, const DistanceFragmentationOptions& options) {
  if (options.samples < 2) {
    throw ConfigError("distance-fragmentation samples must be at least 2, not " + std::to_string(options.samples));
  }
  const std::vector<graph::Vertex> frame = shuffled_frame(g, options.seed);
  const bool exact = g.vertex_count() <= options.exact_max_vertices || options.samples >= frame.size();
  const std::size_t k = exact ? frame.size() : options.samples;
  return distance_fragmentation(g, std::span(frame).first(k), frame.size(), options.threads);
}

}  // namespace reticulist::metrics
