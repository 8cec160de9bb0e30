// Betweenness centrality, exact and sampled.
//
// Definition. For a vertex v, with sigma_st the number of shortest s-t paths and sigma_st(v) the
// number of them that pass through v as an interior vertex,
//   C_B(v) = sum_{ {s,t}, s != v != t } sigma_st(v) / sigma_st              (raw, each pair once)
//   normalised(v) = C_B(v) / ((n-1)(n-2)/2)                                 (NA when n < 3)
// Pairs in different components contribute 0; isolates have 0 and count in n. Weighted: the length
// of a tie is 1/weight (stronger ties are shorter) and two path lengths tie when they agree to a
// relative 1e-10, as igraph does, so that 1/10 + 1/15 ties with 1/6 although the doubles differ.
// Matches igraph_betweenness(directed = false, weights = 1/weight) (tests pin it) and networkx
// betweenness_centrality(normalized = False, weight = "length") except where networkx's exact
// comparison splits such rounding ties.
//
// Exact: Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol.
// 25(2):163-177. One single-source search per source s (BFS, or Dijkstra with a 4-ary heap)
// gives sigma_sv and the stack S of vertices by distance; then, popping S,
//   delta_s(v) = sum_{w : v in P_s(w)} sigma_sv / sigma_sw * (1 + delta_s(w)),  C_B(v) += delta_s(v),
// and C_B is halved at the end because an undirected pair is seen from both of its ends.
// Predecessors P_s(w) are not stored: they are the neighbours one step closer to s, found again
// by scanning the row of w. Cost: O(nm) time unweighted, O(nm log n) weighted; O(n) memory per
// thread. Sources are dealt round-robin to `threads` threads, each with its own C_B; these are
// added in thread order, so a result never depends on timing (its last bits may depend on the
// thread count). Why our own and not igraph_betweenness (single-threaded): on generated
// clustered graphs, unweighted 10,000 vertices / 175,000 ties, igraph took 23.7 s and this code
// 20.5 s on one thread; weighted 3,000 / 40,000, 4.1 s and 3.5 s of CPU. Sources are independent,
// so further threads divide the time when cores are free.
//
// Approximate: Riondato & Kornaropoulos (2016), sampled shortest paths with a guaranteed error; see
// betweenness_sampled.cpp.
#include "engine/metrics/betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "engine/error.hpp"
#include "engine/metrics/betweenness_sampled.hpp"
#include "engine/metrics/shortest_paths.hpp"
#include "engine/parallel.hpp"

namespace reticulist::metrics {
namespace {

using graph::Graph;
using graph::Vertex;
using shortest_paths::dijkstra;
using shortest_paths::kInfinity;
using shortest_paths::kUnseen;
using shortest_paths::same_length;
using shortest_paths::Workspace;

// Brandes from one source, adding delta_s(v) to c_b (which is twice C_B once all sources ran).
void brandes_source(const Graph& g, Vertex s, bool weighted, Workspace& w, std::vector<double>& c_b) {
  auto& sigma = w.sigma;
  auto& delta = w.delta;
  auto& order = w.order;
  if (weighted) {
    dijkstra(g, s, w);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Vertex x = *it;
      const double coeff = (1.0 + delta[x]) / sigma[x];
      const auto nbrs = g.neighbours(x);
      const auto wts = g.weights(x);
      for (std::size_t i = 0; i < nbrs.size(); ++i) {
        const Vertex v = nbrs[i];
        if (w.length[v] < w.length[x] && same_length(w.length[v] + 1.0 / wts[i], w.length[x])) {
          delta[v] += sigma[v] * coeff;
        }
      }
      if (x != s) c_b[x] += delta[x];
    }
    for (Vertex x : order) {
      w.length[x] = kInfinity;
      w.settled[x] = 0;
      sigma[x] = delta[x] = 0;
    }
    return;
  }
  auto& d = w.hops;
  order.clear();
  order.push_back(s);
  d[s] = 0;
  sigma[s] = 1;
  for (std::size_t head = 0; head < order.size(); ++head) {
    const Vertex v = order[head];
    for (Vertex x : g.neighbours(v)) {
      if (d[x] == kUnseen) {
        d[x] = d[v] + 1;
        order.push_back(x);
      }
      if (d[x] == d[v] + 1) sigma[x] += sigma[v];
    }
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const Vertex x = *it;
    const double coeff = (1.0 + delta[x]) / sigma[x];
    for (Vertex v : g.neighbours(x)) {
      if (d[v] == d[x] - 1) delta[v] += sigma[v] * coeff;
    }
    if (x != s) c_b[x] += delta[x];
  }
  for (Vertex x : order) {
    d[x] = kUnseen;
    sigma[x] = delta[x] = 0;
  }
}

// Sources are dealt into kStripes fixed stripes (s mod kStripes), each summed into its own vector
// in ascending source order, and the stripes added in stripe order: floating-point sums then
// come out the same on any number of threads (with one partial per thread they differed in the
// last bits between 1 and 2 threads). Workers take whole stripes.
constexpr std::uint32_t kStripes = 16;

std::vector<double> exact(const Graph& g, bool weighted, unsigned threads, ProgressStage& stage) {
  const std::uint32_t n = g.vertex_count();
  const std::uint32_t stripes = std::min(kStripes, std::max<std::uint32_t>(n, 1));
  const unsigned workers = parallel::thread_count(threads, stripes);
  std::vector<std::vector<double>> partial(stripes);
  std::vector<Workspace> workspaces;
  workspaces.reserve(workers);
  for (unsigned t = 0; t < workers; ++t) workspaces.emplace_back(n);
  parallel::for_each_index(stripes, workers, [&](std::size_t stripe, unsigned worker) {
    partial[stripe].assign(n, 0.0);
    for (auto s = static_cast<Vertex>(stripe); s < n; s += stripes) {
      brandes_source(g, s, weighted, workspaces[worker], partial[stripe]);
      stage.add();
    }
  });
  std::vector<double> c_b(n, 0.0);
  for (const auto& p : partial) {
    for (Vertex v = 0; v < n; ++v) c_b[v] += p[v];
  }
  for (double& x : c_b) x /= 2;  // each unordered pair was counted from both ends
  return c_b;
}

}  // namespace

BetweennessResult betweenness(const Graph& g, const BetweennessOptions& options, Progress& progress) {
  const char* stage_name = options.weighted ? "weighted betweenness" : "betweenness";
  const std::uint32_t n = g.vertex_count();
  if (options.weighted) {
    for (double w : g.all_weights()) {
      if (!(w > 0) || !std::isfinite(w)) {
        throw InputError("betweenness: weighted betweenness needs positive, finite tie weights");
      }
    }
  }
  BetweennessResult result;
  result.weighted = options.weighted;
  result.normalised.assign(n, std::nullopt);
  const double pairs = n >= 3 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2 : 0;

  if (options.method == BetweennessMethod::approximate) {
    sampled_betweenness(g, options, result, progress, stage_name);
    return result;
  }

  {
    ProgressStage stage(progress, stage_name, n);
    result.raw = exact(g, options.weighted, options.threads, stage);
  }
  if (n >= 3) {
    for (Vertex v = 0; v < n; ++v) result.normalised[v] = result.raw[v] / pairs;
  }
  return result;
}

}  // namespace reticulist::metrics
