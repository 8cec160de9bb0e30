// Krackhardt and Stern's E-I index (Krackhardt, D. & Stern, R. N. 1988, "Informal networks and
// organizational crises: an experimental simulation", Social Psychology Quarterly 51(2),
// 123-140), as metrics.md fixes it for our undirected graphs.
//
//   whole graph  EI   = (E - I) / (E + I)           E ties between groups, I within, each tie once
//   group g      EI_g = (E_g - I_g) / (E_g + I_g)   E_g ties with exactly one end in g, I_g both
//   vertex i     EI_i = (e_i - i_i) / k_i           e_i ties of i to other groups, i_i to its own,
//                                                   k_i = e_i + i_i its degree
//
// Unweighted: each tie counts once whatever its weight (UCINET ignores edge values too). The
// weighted variant, `ei_weighted`, puts tie weights (shared events) in place of counts, and the
// strength s_i in place of k_i. Undefined (NA): the whole graph with no tie, a group with no tie
// (an empty group, or a one-member group whose member is an isolate), an isolate.
// Isolates count in n and in the group sizes. Loops and duplicate ties never reach here
// (graph_from_edges drops loops and merges parallel ties).
//
// Rescaled E-I. With m ties and the group sizes fixed, E cannot take every value in [0, m]: the
// ties sit on m of the N = n (n - 1) / 2 vertex pairs, of which B = sum_{g<h} n_g n_h are
// between groups and W = sum_g n_g (n_g - 1) / 2 within (B + W = N). So
//
//   E_max = min(m, B)        all ties between groups, as far as there are between pairs
//   E_min = max(0, m - W)    all ties within groups, the rest forced between
//
// and every E in between is reachable (move one tie from a within to a between pair). As EI =
// (2E - m) / m is increasing in E, EI_max = (2 E_max - m) / m, EI_min = (2 E_min - m) / m, and
// the observed EI is rescaled linearly onto [-1, 1] (Krackhardt & Stern 1988 note that the
// range of E-I is restricted by group sizes and density; UCINET's Network > Cohesion > E-I Index
// reports the same "rescaled E-I"):
//
//   EI* = 2 (EI - EI_min) / (EI_max - EI_min) - 1 = 2 (E - E_min) / (E_max - E_min) - 1
//
// NA when m = 0 or E_max = E_min (e.g. a single group: B = 0, so E_max = E_min = 0). Unweighted
// only: the bounds are bounds on counts.
//
// Cost of ei_index: O(n + m + G) time and memory.
//
// Permutation test (the test UCINET's E-I routine runs): the null model keeps the graph and the
// group sizes and assigns the labels to the vertices at random. Each of the R permutations is a
// Fisher-Yates shuffle of the observed label vector over all n vertices (isolates included),
// driven by its own xoshiro256** generator whose state is drawn by splitmix64 from a key mixed
// from (seed, r). A permutation's labels therefore depend only on the seed and its index r, and
// the statistics are reduced in index order, so results are identical for a seed whatever the
// thread count. With x the external ties (or external weight) and T = m (or the total weight),
// EI_r = (2 x_r - T) / T, and with the +1 correction that counts the observed labelling as one
// of the permutations (so that no p-value is 0; Phipson & Smyth 2010, "Permutation p-values
// should never be zero", Stat. Appl. Genet. Mol. Biol. 9(1), art. 39):
//
//   p_greater   = (#{r : EI_r >= EI} + 1) / (R + 1)   evidence of heterophily (more external)
//   p_less      = (#{r : EI_r <= EI} + 1) / (R + 1)   evidence of homophily (more internal)
//   p_two_sided = min(1, 2 min(p_greater, p_less))
//
// with the mean and the sample standard deviation (divisor R - 1) of the EI_r, and
// z = (EI - mean) / sd. Unweighted counts are compared exactly; weighted sums are taken equal
// within 1e-12 T (the same ties summed in another order). A single group gives EI_r = EI = -1
// for every r, so every p-value is 1 and sd = 0 (z NA). No tie: everything NA.
// Cost: O(R (n + m)) time, the permutations handed out to `threads` workers one at a time
// (engine/parallel.hpp); O(threads n + m + R) memory.
#include "engine/metrics/ei_index.hpp"
#include "engine/metrics/partition.hpp"  // check_partition
#include "engine/random.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "engine/parallel.hpp"

namespace reticulist::metrics {

namespace {

std::optional<double> ratio(double num, double den) {
  if (den == 0) return std::nullopt;
  return num / den;
}

void finish(EiTies& t) {
  const auto E = static_cast<double>(t.external);
  const auto I = static_cast<double>(t.internal);
  t.ei = ratio(E - I, E + I);
  t.ei_weighted = ratio(t.external_weight - t.internal_weight, t.external_weight + t.internal_weight);
}

// The key of permutation r: distinct for distinct r (mix64 is a bijection).
std::uint64_t permutation_key(std::uint64_t seed, std::uint64_t r) { return mix64(seed ^ mix64(r + 1)); }

// Each tie once, as arrays, so that every permutation scans m ties in the same order.
struct TieList {
  std::vector<graph::Vertex> u;
  std::vector<graph::Vertex> v;
  std::vector<double> w;
};

// x: the number (or weight) of ties whose ends carry different labels.
double external(const TieList& ties, const std::vector<std::uint32_t>& label, bool weighted) {
  const std::size_t m = ties.u.size();
  if (!weighted) {
    std::uint64_t E = 0;
    for (std::size_t k = 0; k < m; ++k) E += label[ties.u[k]] != label[ties.v[k]] ? 1 : 0;
    return static_cast<double>(E);
  }
  double E_w = 0;
  for (std::size_t k = 0; k < m; ++k) {
    if (label[ties.u[k]] != label[ties.v[k]]) E_w += ties.w[k];
  }
  return E_w;
}

}  // namespace

EiIndexResult ei_index(const graph::Graph& g, const Partition& partition) {
  check_partition("ei_index", partition, g.vertex_count());
  const auto& group = partition.group;

  EiIndexResult r;
  r.groups.resize(partition.group_count);
  r.nodes.resize(g.vertex_count());
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    const std::uint32_t a = group[u];
    const std::uint32_t b = group[v];
    if (a == b) {  // internal: I, I_g, i_u, i_v
      ++r.graph.internal;
      ++r.groups[a].internal;
      ++r.nodes[u].internal;
      ++r.nodes[v].internal;
      r.graph.internal_weight += w;
      r.groups[a].internal_weight += w;
      r.nodes[u].internal_weight += w;
      r.nodes[v].internal_weight += w;
    } else {  // external: E, E_a, E_b, e_u, e_v
      ++r.graph.external;
      ++r.groups[a].external;
      ++r.groups[b].external;
      ++r.nodes[u].external;
      ++r.nodes[v].external;
      r.graph.external_weight += w;
      r.groups[a].external_weight += w;
      r.groups[b].external_weight += w;
      r.nodes[u].external_weight += w;
      r.nodes[v].external_weight += w;
    }
  });
  finish(r.graph);
  for (auto& t : r.groups) finish(t);
  for (auto& t : r.nodes) finish(t);

  // Rescaling: E_min and E_max given m and the group sizes.
  const std::uint64_t n = g.vertex_count();
  const std::uint64_t N = n < 2 ? 0 : n * (n - 1) / 2;
  std::uint64_t W = 0;  // within-group pairs
  for (std::uint64_t n_g : partition.sizes()) W += n_g < 2 ? 0 : n_g * (n_g - 1) / 2;
  const std::uint64_t B = N - W;  // between-group pairs
  const std::uint64_t m = g.edge_count();
  r.external_max = std::min(m, B);
  r.external_min = m > W ? m - W : 0;
  if (m > 0) {
    const auto md = static_cast<double>(m);
    r.ei_max = (2 * static_cast<double>(r.external_max) - md) / md;
    r.ei_min = (2 * static_cast<double>(r.external_min) - md) / md;
    if (r.external_max > r.external_min) {
      r.ei_rescaled = 2 * static_cast<double>(r.graph.external - r.external_min) /
                          static_cast<double>(r.external_max - r.external_min) -
                      1;
    }
  }
  return r;
}

EiPermutationResult ei_permutation_test(const graph::Graph& g, const Partition& partition,
                                        const EiPermutationOptions& options, Progress& progress) {
  check_partition("ei_permutation_test", partition, g.vertex_count());
  if (options.permutations == 0) {
    throw std::invalid_argument("ei_permutation_test: the number of permutations must be at least 1");
  }
  EiPermutationResult result;
  result.permutations = options.permutations;
  result.seed = options.seed;
  result.weighted = options.weighted;

  TieList ties;
  ties.u.reserve(g.edge_count());
  ties.v.reserve(g.edge_count());
  if (options.weighted) ties.w.reserve(g.edge_count());
  double T = 0;  // m, or the total weight
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double w) {
    ties.u.push_back(u);
    ties.v.push_back(v);
    if (options.weighted) ties.w.push_back(w);
    T += options.weighted ? w : 1.0;
  });
  if (T == 0) return result;  // no tie (or no weight): E-I undefined, so is the test

  const double x_obs = external(ties, partition.group, options.weighted);
  const auto to_ei = [T](double x) { return (2 * x - T) / T; };
  result.observed = to_ei(x_obs);

  const std::uint32_t R = options.permutations;
  ProgressStage stage(progress, options.weighted ? "weighted E-I permutations" : "E-I permutations", R);
  const unsigned threads = parallel::thread_count(options.threads, R);
  std::vector<double> x(R);  // x_r, external ties (weight) of permutation r
  std::vector<std::vector<std::uint32_t>> labels(threads, partition.group);  // allocated before threads start
  parallel::for_each_index(R, threads, [&](std::size_t r, unsigned worker) {
    std::vector<std::uint32_t>& label = labels[worker];
    // Start from the observed labels so that permutation r depends on (seed, r) alone.
    std::copy(partition.group.begin(), partition.group.end(), label.begin());
    Xoshiro256 rng = Xoshiro256::from_key(permutation_key(options.seed, r));
    for (std::size_t i = label.size(); i > 1; --i) {  // Fisher-Yates
      std::swap(label[i - 1], label[rng.below(i)]);
    }
    x[r] = external(ties, label, options.weighted);
    stage.add();
  });

  // Reduce in index order (deterministic). Work on x; EI is linear in x.
  const double tol = options.weighted ? 1e-12 * T : 0.0;
  std::uint64_t greater = 0;
  std::uint64_t less = 0;
  bool all_equal = true;
  double sum = 0;
  for (std::uint32_t r = 0; r < R; ++r) {
    if (x[r] >= x_obs - tol) ++greater;
    if (x[r] <= x_obs + tol) ++less;
    if (x[r] != x[0]) all_equal = false;
    sum += x[r];
  }
  const double mean_x = all_equal ? x[0] : sum / R;
  result.mean = to_ei(mean_x);
  if (R > 1) {
    double ss = 0;
    if (!all_equal) {
      for (std::uint32_t r = 0; r < R; ++r) ss += (x[r] - mean_x) * (x[r] - mean_x);
    }
    const double sd = 2 * std::sqrt(ss / (R - 1)) / T;  // sd of EI = 2 sd(x) / T
    result.sd = sd;
    if (sd > 0) result.z = (*result.observed - *result.mean) / sd;
  }
  result.p_greater = static_cast<double>(greater + 1) / (R + 1.0);
  result.p_less = static_cast<double>(less + 1) / (R + 1.0);
  result.p_two_sided = std::min(1.0, 2 * std::min(*result.p_greater, *result.p_less));
  return result;
}

}  // namespace reticulist::metrics
