// Betweenness estimated from sampled shortest paths: the approximate method of betweenness()
// (betweenness.hpp; the definition and the exact method are in betweenness.cpp).
//
// Approximate: Riondato & Kornaropoulos (2016), "Fast approximation of betweenness centrality
// through sampling", Data Min. Knowl. Disc. 30:438-475 (RK). Sample r pairs (u, w), u != w,
// uniformly among the n(n-1) ordered pairs; for each, pick one shortest u-w path uniformly among
// all sigma_uw of them (none if w is unreachable) and add 1/r to each of its interior vertices.
// The result b~(v) estimates RK's b(v) = 1/(n(n-1)) sum_{ordered s != t} sigma_st(v) / sigma_st =
// 2 C_B(v) / (n(n-1)), and with
//   r = (c / eps_rk^2) (floor(log2(VD - 2)) + 1 + ln(1/delta)),  c = 0.5,
// |b~(v) - b(v)| <= eps_rk for all v at once with probability >= 1 - delta (RK Theorem 2), VD being
// any upper bound on the vertex diameter (the most vertices on a shortest path). Our scales:
//   raw(v) = b~(v) n(n-1)/2,   normalised(v) = b~(v) n/(n-2),
// so we sample with eps_rk = epsilon (n-2)/n, which makes `epsilon` the bound on *our* normalised
// value (and epsilon (n-1)(n-2)/2 the bound on raw). VD bound: unweighted, for each component a
// BFS from its lowest vertex gives the two largest distances d1 >= d2, and VD <= d1 + d2 + 1
// (RK section 5.2; at most twice the eccentricity plus one). Weighted, a shortest path of h ties
// is at least h / w_max long (w_max the largest weight) and at most L1 + L2 long (the two largest
// weighted distances from the component's lowest vertex, by one Dijkstra), so
// VD <= min(component size, floor((L1 + L2) w_max) + 1). VD <= 2 (components of at most two
// vertices) means no shortest path has an interior vertex: every value is exactly 0 and nothing
// is sampled. Each path comes from a balanced bidirectional search, which touches far fewer ties
// than a one-sided one: unweighted, BFS levels (the side whose frontier has the smaller degree
// sum grows by one level; the meeting level y splits sigma_uw = sum_y sigma_uy sigma_yw);
// weighted, Dijkstra from both ends (see sample_weighted). A path is then drawn by walking back
// from the meeting point, each predecessor chosen in proportion to its sigma. Cost: O(r m log n)
// time in the worst case, usually much less; O(n) memory per thread. Each sample draws from its
// own xoshiro256** generator seeded by splitmix64 from (seed, sample index), and per-vertex
// tallies are integers, so the estimate depends on the seed alone, not on the thread count.
// Measured on a generated 30,000-vertex, 2.45-million-tie graph, epsilon = 0.01, delta = 0.1:
// r = 26,517 unweighted samples in 4 s, 41,519 weighted ones (VD bound 35) in 41 s, on one free core.
#include "engine/metrics/betweenness_sampled.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>
#include <vector>

#include "engine/error.hpp"
#include "engine/metrics/shortest_paths.hpp"
#include "engine/parallel.hpp"
#include "engine/random.hpp"

namespace reticulist::metrics {
namespace {

using graph::Graph;
using graph::Vertex;
using shortest_paths::dijkstra;
using shortest_paths::kInfinity;
using shortest_paths::kUnseen;
using shortest_paths::same_length;
using shortest_paths::shorter;
using shortest_paths::Workspace;

// Upper bound on the vertex diameter (see the header comment). O(n + m) unweighted,
// O(m log n) weighted.
std::uint64_t vertex_diameter_bound(const Graph& g, bool weighted) {
  const std::uint32_t n = g.vertex_count();
  std::vector<std::int32_t> level(n, kUnseen);
  std::vector<Vertex> queue;
  std::optional<Workspace> w;
  double w_max = 0;  // the shortest tie has length 1 / w_max
  if (weighted) {
    w.emplace(n);
    for (double x : g.all_weights()) w_max = std::max(w_max, x);
  }
  std::uint64_t bound = 0;
  for (Vertex root = 0; root < n; ++root) {
    if (level[root] != kUnseen) continue;
    queue.assign(1, root);
    level[root] = 0;
    std::int32_t d1 = 0, d2 = 0;  // the two largest hop distances from root (d1 >= d2)
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const Vertex v = queue[head];
      if (head > 0) {
        if (level[v] >= d1) {
          d2 = d1;
          d1 = level[v];
        } else if (level[v] > d2) {
          d2 = level[v];
        }
      }
      for (Vertex x : g.neighbours(v)) {
        if (level[x] == kUnseen) {
          level[x] = level[v] + 1;
          queue.push_back(x);
        }
      }
    }
    std::uint64_t component = static_cast<std::uint64_t>(d1) + static_cast<std::uint64_t>(d2) + 1;
    if (weighted) {
      // A shortest path of h ties is at least h / w_max long and at most L1 + L2 (the two largest
      // weighted distances from root), so it has at most (L1 + L2) w_max + 1 vertices; and never
      // more than the component has.
      dijkstra(g, root, *w);
      double l1 = 0, l2 = 0;
      for (Vertex v : w->order) {
        const double l = w->length[v];
        if (v == root) continue;
        if (l >= l1) {
          l2 = l1;
          l1 = l;
        } else if (l > l2) {
          l2 = l;
        }
        w->length[v] = kInfinity;
        w->sigma[v] = 0;
        w->settled[v] = 0;
      }
      w->length[root] = kInfinity, w->sigma[root] = 0, w->settled[root] = 0;
      const double hops = std::floor((l1 + l2) * w_max * (1 + 1e-9));
      component = std::min<std::uint64_t>(queue.size(), static_cast<std::uint64_t>(hops) + 1);
    }
    bound = std::max(bound, component);
  }
  return bound;
}

// A predecessor of cur drawn with probability sigma[p] / sum of sigma over predecessors.
template <class IsPredecessor>
Vertex draw_predecessor(const Graph& g, Vertex cur, const std::vector<double>& sigma, IsPredecessor is_pred,
                        Xoshiro256& rng) {
  const auto nbrs = g.neighbours(cur);
  double total = 0;
  for (std::size_t i = 0; i < nbrs.size(); ++i) {
    if (is_pred(i)) total += sigma[nbrs[i]];
  }
  double target = rng.uniform() * total;
  Vertex chosen = cur;
  for (std::size_t i = 0; i < nbrs.size(); ++i) {
    if (!is_pred(i)) continue;
    chosen = nbrs[i];
    target -= sigma[chosen];
    if (target < 0) break;
  }
  return chosen;
}

// From `from` back to the root of a Dijkstra search (lengths d by 1/weight, path counts sigma), each
// step to a neighbour on a shortest path drawn by draw_predecessor; tallies every vertex on the
// way, `from` included, the root excepted.
void walk_back_weighted(const Graph& g, Vertex from, Vertex root, const std::vector<double>& d,
                        const std::vector<double>& sigma, Xoshiro256& rng, std::vector<std::uint64_t>& through) {
  for (Vertex cur = from;;) {
    if (cur != root) ++through[cur];
    if (cur == root) break;
    const auto nbrs = g.neighbours(cur);
    const auto wts = g.weights(cur);
    const double d_cur = d[cur];
    cur = draw_predecessor(
        g, cur, sigma, [&](std::size_t i) { return d[nbrs[i]] < d_cur && same_length(d[nbrs[i]] + 1.0 / wts[i], d_cur); },
        rng);
  }
}

// One uniformly drawn shortest u-t path (balanced bidirectional BFS); tallies its interior.
void sample_unweighted(const Graph& g, Vertex u, Vertex t, Xoshiro256& rng, Workspace& w,
                       std::vector<std::uint64_t>& through) {
  auto& df = w.hops;
  auto& db = w.hops_back;
  auto& sf = w.sigma;
  auto& sb = w.sigma_back;
  auto& touched = w.order;
  touched.assign({u, t});
  w.frontier.assign(1, u);
  w.frontier_back.assign(1, t);
  w.cut.clear();
  df[u] = 0;
  sf[u] = 1;
  db[t] = 0;
  sb[t] = 1;
  std::uint64_t volume_f = g.degree(u), volume_b = g.degree(t);
  while (w.cut.empty() && !w.frontier.empty() && !w.frontier_back.empty()) {
    const bool forward = volume_f <= volume_b;
    auto& d_this = forward ? df : db;
    auto& d_other = forward ? db : df;
    auto& s_this = forward ? sf : sb;
    auto& frontier = forward ? w.frontier : w.frontier_back;
    std::uint64_t& volume = forward ? volume_f : volume_b;
    w.next.clear();
    volume = 0;
    for (Vertex x : frontier) {
      const std::int32_t level = d_this[x] + 1;
      for (Vertex y : g.neighbours(x)) {
        if (d_this[y] == kUnseen) {
          if (d_other[y] == kUnseen) {
            touched.push_back(y);
          } else {
            w.cut.push_back(y);  // a shortest path meets here
          }
          d_this[y] = level;
          w.next.push_back(y);
          volume += g.degree(y);
        }
        if (d_this[y] == level) s_this[y] += s_this[x];
      }
    }
    frontier.swap(w.next);
  }
  if (!w.cut.empty()) {
    // sigma_ut = sum over the meeting level of sigma_uy sigma_yt; draw y in proportion.
    double total = 0;
    for (Vertex y : w.cut) total += sf[y] * sb[y];
    double target = rng.uniform() * total;
    Vertex y = w.cut.back();
    for (Vertex c : w.cut) {
      target -= sf[c] * sb[c];
      if (target < 0) {
        y = c;
        break;
      }
    }
    if (y != u && y != t) ++through[y];
    for (Vertex cur = y; df[cur] > 0;) {  // back to u
      const auto nbrs = g.neighbours(cur);
      const std::int32_t want = df[cur] - 1;
      cur = draw_predecessor(g, cur, sf, [&](std::size_t i) { return df[nbrs[i]] == want; }, rng);
      if (cur != u) ++through[cur];
    }
    for (Vertex cur = y; db[cur] > 0;) {  // on to t
      const auto nbrs = g.neighbours(cur);
      const std::int32_t want = db[cur] - 1;
      cur = draw_predecessor(g, cur, sb, [&](std::size_t i) { return db[nbrs[i]] == want; }, rng);
      if (cur != t) ++through[cur];
    }
  }
  for (Vertex x : touched) {
    df[x] = db[x] = kUnseen;
    sf[x] = sb[x] = 0;
  }
}

// One uniformly drawn shortest u-t path by length 1/weight (balanced bidirectional Dijkstra); tallies
// its interior. The searches stop once top_f + top_b exceeds the best u-t length mu found so far:
// then every vertex on a shortest path is settled from at least one side, and each shortest path
// crosses exactly one cut edge (x, y), x its last vertex settled from u, y (settled from t) the
// next one, so sigma_ut = sum over cut edges with d_f(x) + 1/a_xy + d_b(y) = mu of sigma_f(x) sigma_b(y).
void sample_weighted(const Graph& g, Vertex u, Vertex t, Xoshiro256& rng, Workspace& w,
                     std::vector<std::uint64_t>& through) {
  auto& df = w.length;
  auto& db = w.length_back;
  auto& sf = w.sigma;
  auto& sb = w.sigma_back;
  auto& touched = w.order;
  touched.assign({u, t});
  df[u] = 0;
  sf[u] = 1;
  db[t] = 0;
  sb[t] = 1;
  w.heap.push_or_decrease(u, df);
  w.heap_back.push_or_decrease(t, db);
  double mu = kInfinity;
  auto settle = [&](bool forward) {
    auto& heap = forward ? w.heap : w.heap_back;
    auto& d_this = forward ? df : db;
    auto& d_other = forward ? db : df;
    auto& s_this = forward ? sf : sb;
    const std::uint8_t bit = forward ? 1 : 2;
    const Vertex x = heap.pop(d_this);
    w.settled[x] |= bit;
    const auto nbrs = g.neighbours(x);
    const auto wts = g.weights(x);
    for (std::size_t i = 0; i < nbrs.size(); ++i) {
      const Vertex y = nbrs[i];
      const double alt = d_this[x] + 1.0 / wts[i];
      if (d_other[y] != kInfinity) mu = std::min(mu, alt + d_other[y]);
      if (w.settled[y] & bit) continue;
      if (d_this[y] == kInfinity && d_other[y] == kInfinity) touched.push_back(y);
      if (shorter(alt, d_this[y])) {
        d_this[y] = alt;
        s_this[y] = s_this[x];
        heap.push_or_decrease(y, d_this);
      } else if (same_length(alt, d_this[y])) {
        s_this[y] += s_this[x];
      }
    }
  };
  settle(true);   // u first, then t: neither side can then settle the other's root before the stop
  settle(false);
  while (!w.heap.empty() && !w.heap_back.empty()) {
    const double top_f = df[w.heap.top()], top_b = db[w.heap_back.top()];
    if (mu != kInfinity && top_f + top_b > mu && !same_length(top_f + top_b, mu)) break;
    settle(top_f <= top_b);
  }
  if (mu != kInfinity) {
    w.cut_edges.clear();
    double best = kInfinity, total = 0;
    for (Vertex x : touched) {
      if (!(w.settled[x] & 1)) continue;
      const auto nbrs = g.neighbours(x);
      const auto wts = g.weights(x);
      for (std::size_t i = 0; i < nbrs.size(); ++i) {
        const Vertex y = nbrs[i];
        if (w.settled[y] != 2) continue;  // settled from t only
        const double len = df[x] + 1.0 / wts[i] + db[y];
        if (shorter(len, best)) {
          best = len;
          total = 0;
          w.cut_edges.clear();
        }
        if (same_length(len, best)) {
          w.cut_edges.emplace_back(x, y);
          total += sf[x] * sb[y];
        }
      }
    }
    double target = rng.uniform() * total;
    auto [x, y] = w.cut_edges.back();
    for (const auto& [cx, cy] : w.cut_edges) {
      target -= sf[cx] * sb[cy];
      if (target < 0) {
        x = cx, y = cy;
        break;
      }
    }
    walk_back_weighted(g, x, u, df, sf, rng, through);  // back to u
    walk_back_weighted(g, y, t, db, sb, rng, through);  // on to t
  }
  for (Vertex x : touched) {
    df[x] = db[x] = kInfinity;
    sf[x] = sb[x] = 0;
    w.settled[x] = 0;
  }
  w.heap.clear();
  w.heap_back.clear();
}

std::uint64_t sample_count(double epsilon_rk, double delta, std::uint64_t vd) {
  const double c = 0.5;
  const auto floor_log2 = static_cast<double>(std::bit_width(vd - 2) - 1);  // vd >= 3
  const double r = std::ceil(c / (epsilon_rk * epsilon_rk) * (floor_log2 + 1 + std::log(1 / delta)));
  if (!(r < 0x1.0p53)) throw ConfigError("betweenness: epsilon and delta ask for too many samples");
  return static_cast<std::uint64_t>(r);
}

}  // namespace

void sampled_betweenness(const Graph& g, const BetweennessOptions& options, BetweennessResult& result,
                         Progress& progress, std::string_view stage_name) {
  const std::uint32_t n = g.vertex_count();
  if (!(options.epsilon > 0 && options.epsilon < 1)) throw ConfigError("betweenness: epsilon must be in (0, 1)");
  if (!(options.delta > 0 && options.delta < 1)) throw ConfigError("betweenness: delta must be in (0, 1)");
  result.epsilon = options.epsilon;
  result.delta = options.delta;
  result.seed = options.seed;
  result.vertex_diameter_bound = vertex_diameter_bound(g, options.weighted);
  if (result.vertex_diameter_bound > 2) {
    const double nd = static_cast<double>(n);
    result.method = BetweennessMethod::approximate;
    result.epsilon_rk = options.epsilon * (nd - 2) / nd;
    const std::uint64_t r = sample_count(result.epsilon_rk, options.delta, result.vertex_diameter_bound);
    result.samples = r;
    ProgressStage stage(progress, stage_name, r);
    const unsigned t_count = parallel::thread_count(options.threads, r);
    std::vector<std::vector<std::uint64_t>> through(t_count);
    parallel::run_parts(t_count, [&](std::size_t t) {
      Workspace w(n);
      through[t].assign(n, 0);
      for (std::uint64_t i = t; i < r; i += t_count) {
        Xoshiro256 rng(options.seed, i);
        const auto u = static_cast<Vertex>(rng.below_by_multiply(n));
        auto v = static_cast<Vertex>(rng.below_by_multiply(n - 1));
        if (v >= u) ++v;
        if (options.weighted) {
          sample_weighted(g, u, v, rng, w, through[t]);
        } else {
          sample_unweighted(g, u, v, rng, w, through[t]);
        }
        stage.add();
      }
    });
    result.raw.assign(n, 0.0);
    for (Vertex v = 0; v < n; ++v) {
      std::uint64_t count = 0;
      for (const auto& tally : through) count += tally[v];
      const double b_rk = static_cast<double>(count) / static_cast<double>(r);  // RK's b~(v)
      result.raw[v] = b_rk * nd * (nd - 1) / 2;
      result.normalised[v] = b_rk * nd / (nd - 2);
    }
    return;
  }
  // No shortest path has an interior vertex: the exact answer is all zeros.
  result.raw.assign(n, 0.0);
  for (Vertex v = 0; v < n && n >= 3; ++v) result.normalised[v] = 0.0;
}

}  // namespace reticulist::metrics
