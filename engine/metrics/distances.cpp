// Average shortest-path length and diameter of an undirected graph, unweighted (each tie is one
// step, whatever its weight), over the pairs of vertices that are connected.
//
//   d(s,t)   number of ties on a shortest path from s to t (breadth-first search)
//   D_s = sum_{t reachable from s, t != s} d(s,t),   P_s = #{t != s reachable from s}
//   average path length  L = sum_s D_s / sum_s P_s    (over connected ordered pairs; the same
//            as over unordered pairs. Watts & Strogatz 1998; igraph_average_path_length with
//            unconn = true; networkx.average_shortest_path_length refuses disconnected graphs)
//   diameter  max_s ecc_s, ecc_s = max_t d(s,t) over t reachable from s (igraph_diameter with
//            unconn = true: the longest shortest path inside a component)
//
// Exact when n <= options.exact_max_vertices: BFS from every vertex, time O(n (n + m)).
// Otherwise sampled: k = options.samples sources drawn uniformly without replacement (seeded
// mt19937_64) from the N vertices of degree >= 1 (an isolate has D_s = P_s = 0 and adds nothing
// to either sum, so leaving isolates out of the draw only removes wasted samples), time
// O(k (n + m)). The estimate is the ratio L^ = sum_s D_s / sum_s P_s over the sample, and its
// standard error is the delta-method (ratio-estimator) SE with the finite-population correction
// (Cochran 1977, Sampling Techniques, sec. 6.3):
//     SE^2 = (1 - k/N) / (k (k - 1) Pbar^2) * sum_s (D_s - L^ P_s)^2,   Pbar = sum_s P_s / k.
// In a connected graph (P_s = n - 1 for every s) this is exactly the standard error of the mean
// of the per-source averages D_s / (n - 1). When k >= N the sample is the whole population and
// the exact path is taken. The sampled diameter is the largest eccentricity among the sources, a
// lower bound on the true diameter (it is exact only if a sampled source lies at an end of a
// longest shortest path); the output says `exact = false`.
//
// Undefined (NA): the average and the diameter when there is no connected pair (no tie: n < 2
// or every vertex an isolate; igraph gives NaN for the average and 0 for the diameter there);
// the standard error with it. Exact results have SE 0.
// options.samples < 2 is a ConfigError (a standard error needs two sources).
//
// Each BFS is direction-optimising (bfs_levels.hpp): the same distances, far fewer ties scanned
// on dense graphs. Parallel over sources with options.threads workers; each writes D_s, P_s,
// ecc_s into per-source slots, so the result is the same whatever the number of threads.
// Memory O(n) per worker plus O(k).
#include "engine/metrics/distances.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/metrics/bfs_levels.hpp"

namespace reticulist::metrics {
namespace {

struct SourceResult {
  std::uint64_t d_sum = 0;    // D_s
  std::uint32_t reached = 0;  // P_s
  std::uint32_t ecc = 0;      // ecc_s
};

// Uniform integer in [0, bound) from a 64-bit generator, without modulo bias, identical on every
// platform (std::uniform_int_distribution is implementation-defined).
std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
  for (;;) {
    const std::uint64_t x = rng();
    if (x >= threshold) return x % bound;
  }
}

std::vector<SourceResult> run_sources(const graph::Graph& g, const std::vector<graph::Vertex>& sources,
                                      unsigned threads, Progress& progress) {
  std::vector<SourceResult> results(sources.size());
  ProgressStage stage(progress, "distances", sources.size());
  for_each_source(g, sources, threads, [&](std::size_t i, const BfsWorkspace& w) {
    stage.add();
    SourceResult& r = results[i];
    for (std::size_t d = 1; d < w.level_end.size(); ++d) r.d_sum += static_cast<std::uint64_t>(w.level_size(d)) * d;
    r.reached = static_cast<std::uint32_t>(w.visited.size() - 1);
    r.ecc = static_cast<std::uint32_t>(w.level_end.size() - 1);
  });
  return results;
}

}  // namespace

Distances distances(const graph::Graph& g, const DistanceOptions& options, Progress& progress) {
  if (options.samples < 2) {
    throw ConfigError("distance samples must be at least 2, not " + std::to_string(options.samples));
  }
  const std::uint32_t n = g.vertex_count();
  std::vector<graph::Vertex> candidates;  // vertices of degree >= 1
  for (graph::Vertex v = 0; v < n; ++v) {
    if (g.degree(v) > 0) candidates.push_back(v);
  }
  const std::size_t population = candidates.size();  // N
  Distances r;
  r.exact = n <= options.exact_max_vertices || options.samples >= population;
  std::vector<graph::Vertex> sources;
  if (r.exact) {
    sources = std::move(candidates);
    r.sources = n;
  } else {
    // Partial Fisher-Yates: the first k slots become a uniform sample without replacement.
    std::mt19937_64 rng(options.seed);
    const std::size_t k = options.samples;
    for (std::size_t i = 0; i < k; ++i) {
      const std::size_t j = i + static_cast<std::size_t>(uniform_below(rng, population - i));
      std::swap(candidates[i], candidates[j]);
    }
    sources.assign(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k));
    std::sort(sources.begin(), sources.end());
    r.sources = static_cast<std::uint32_t>(k);
  }

  const std::vector<SourceResult> per_source = run_sources(g, sources, options.threads, progress);
  std::uint64_t d_total = 0;
  std::uint32_t diameter = 0;
  for (const SourceResult& s : per_source) {
    d_total += s.d_sum;
    r.connected_pairs += s.reached;
    diameter = std::max(diameter, s.ecc);
  }
  if (r.connected_pairs == 0) return r;  // no connected pair: average, SE and diameter NA
  const double l_hat = static_cast<double>(d_total) / static_cast<double>(r.connected_pairs);
  r.average_path_length = l_hat;
  r.diameter = diameter;
  if (r.exact) {
    r.standard_error = 0.0;
  } else if (r.sources >= 2) {
    const double k = r.sources;
    const double p_bar = static_cast<double>(r.connected_pairs) / k;
    double sum_sq = 0.0;  // sum_s (D_s - L^ P_s)^2
    for (const SourceResult& s : per_source) {
      const double e = static_cast<double>(s.d_sum) - l_hat * static_cast<double>(s.reached);
      sum_sq += e * e;
    }
    const double fpc = 1.0 - k / static_cast<double>(population);
    r.standard_error = std::sqrt(fpc * sum_sq / (k * (k - 1.0))) / p_bar;
  }
  return r;
}

}  // namespace reticulist::metrics
