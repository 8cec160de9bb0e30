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
// vertices with a tie; an isolate has H_s = 0), time O(N (n + m)). Otherwise sampled: a simple
// random sample S of k = options.samples sources from U (seeded xoshiro256**, engine/random.hpp),
// time O(k (n + m)); the total is estimated as T^ = N mean_{s in S} H_s, with the standard error
// of a simple random sample's total with the finite-population correction (Cochran 1977,
// Sampling Techniques, eq. 2.19):
//     SE(T^) = N sqrt((1 - k/N) s_H^2 / k),   s_H^2 the sample variance of H_s,
// and SE(dF^) = SE(T^) / (n (n - 1)). When k >= N the sample is the frame: exact, SE 0.
// With one source the value is estimated and its SE is NA; with none (but a non-empty frame)
// the value is NA too. options.samples < 2 is a ConfigError.
//
// Each H_s is one breadth-first search (Boost.Graph's breadth_first_visit, run on our CSR through
// a small IncidenceGraph view: no copy of the graph), sources spread over options.threads
// workers, each with an O(n) distance and colour array and writing its own slot: the sum is
// formed in source order, so results do not depend on the thread count.
// engine/metrics/distances.cpp has a direction-optimising BFS that is much faster on dense
// co-attendance graphs, but it is private to that file and returns no per-level counts.
#include "engine/metrics/fragmentation.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "engine/error.hpp"
#include "engine/random.hpp"

// Our CSR Graph seen by Boost.Graph as an IncidenceGraph, without a copy: a vertex is our
// vertex id, an edge the pair (u, v) read from row u.
namespace reticulist::metrics::csr_view {

struct View {
  const graph::Graph* g = nullptr;
};

struct Arc {
  graph::Vertex u = 0;
  graph::Vertex v = 0;
  bool operator==(const Arc&) const = default;
};

class ArcIterator
    : public boost::iterator_facade<ArcIterator, Arc, boost::random_access_traversal_tag, Arc> {
 public:
  ArcIterator() = default;
  ArcIterator(graph::Vertex u, const graph::Vertex* p) : u_(u), p_(p) {}

 private:
  friend class boost::iterator_core_access;
  Arc dereference() const { return {u_, *p_}; }
  bool equal(const ArcIterator& o) const { return p_ == o.p_; }
  void increment() { ++p_; }
  void decrement() { --p_; }
  void advance(std::ptrdiff_t n) { p_ += n; }
  std::ptrdiff_t distance_to(const ArcIterator& o) const { return o.p_ - p_; }

  graph::Vertex u_ = 0;
  const graph::Vertex* p_ = nullptr;
};

inline std::pair<ArcIterator, ArcIterator> out_edges(graph::Vertex u, const View& view) {
  const auto row = view.g->neighbours(u);
  return {ArcIterator(u, row.data()), ArcIterator(u, row.data() + row.size())};
}
inline std::size_t out_degree(graph::Vertex u, const View& view) { return view.g->degree(u); }
inline graph::Vertex source(const Arc& a, const View&) { return a.u; }
inline graph::Vertex target(const Arc& a, const View&) { return a.v; }

}  // namespace reticulist::metrics::csr_view

template <>
struct boost::graph_traits<reticulist::metrics::csr_view::View> {
  using vertex_descriptor = reticulist::graph::Vertex;
  using edge_descriptor = reticulist::metrics::csr_view::Arc;
  using out_edge_iterator = reticulist::metrics::csr_view::ArcIterator;
  using directed_category = boost::directed_tag;  // each undirected tie is read from both rows
  using edge_parallel_category = boost::disallow_parallel_edge_tag;
  using traversal_category = boost::incidence_graph_tag;
  using degree_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return std::numeric_limits<vertex_descriptor>::max(); }
};

namespace reticulist::metrics {
namespace {

// Accumulates H_s = sum 1/d over the vertices the search discovers (each by its tree edge).
class HarmonicVisitor : public boost::default_bfs_visitor {
 public:
  HarmonicVisitor(std::uint32_t* dist, double* sum) : dist_(dist), sum_(sum) {}
  template <class Edge, class G>
  void tree_edge(const Edge& e, const G& g) const {
    const std::uint32_t d = dist_[source(e, g)] + 1;
    dist_[target(e, g)] = d;
    *sum_ += 1.0 / d;
  }

 private:
  std::uint32_t* dist_;
  double* sum_;
};

// H_s for each source, unweighted: one breadth_first_visit per source, on the graph itself.
std::vector<double> harmonic_sums(const graph::Graph& g, std::span<const graph::Vertex> sources, unsigned threads) {
  std::vector<double> out(sources.size(), 0.0);
  if (sources.empty()) return out;
  const csr_view::View view{&g};
  const std::uint32_t n = g.vertex_count();
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, sources.size()));
  // Buffers are allocated here, so nothing throws inside a worker.
  std::vector<std::vector<std::uint32_t>> dist(threads, std::vector<std::uint32_t>(n, 0));
  std::vector<std::vector<boost::default_color_type>> colour(threads, std::vector<boost::default_color_type>(n));
  std::atomic<std::size_t> next{0};
  auto work = [&](unsigned w) {
    boost::queue<graph::Vertex> queue;
    for (std::size_t i = next++; i < sources.size(); i = next++) {
      std::fill(colour[w].begin(), colour[w].end(), boost::white_color);
      dist[w][sources[i]] = 0;
      boost::breadth_first_visit(view, sources[i], queue, HarmonicVisitor(dist[w].data(), &out[i]), colour[w].data());
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned w = 0; w < threads; ++w) pool.emplace_back(work, w);
  }
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
  const std::uint32_t n = g.vertex_count();
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
  const auto h = harmonic_sums(g, ordered, threads);
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
