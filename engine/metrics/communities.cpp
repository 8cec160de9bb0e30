// Communities by the Leiden algorithm, modularity of a partition, and partition agreement.
//
// Modularity (Newman & Girvan 2004; Newman 2006, PNAS 103, 8577-8582), undirected:
//   Q = (1 / 2m) sum_ij [A_ij - gamma k_i k_j / 2m] delta(c_i, c_j)
//     = sum_c [ e_c / m - gamma (K_c / 2m)^2 ]
// with A the adjacency (unweighted: 0/1; weighted: w_ij, the shared events), k_i the degree or
// strength, m the number of ties or their total weight, e_c the ties (weight) inside community c
// and K_c the sum of k_i over c; gamma = 1 for Q. Matches igraph_modularity (resolution 1),
// networkx.community.modularity and R igraph::modularity. Q lies in [-1/2, 1); a single group
// gives Q = 0. Undefined (NA): Q of a graph with no tie (0/0; igraph returns NaN).
//
// Leiden (Traag, Waltman & van Eck 2019, Sci. Rep. 9, 5233) through igraph_community_leiden with
// the modularity objective as igraph documents it: node weights n_i = k_i (degree, or strength
// when weighted) and resolution_parameter = gamma / (2m), so that its quality
//   Q_gamma = (1 / 2m) sum_ij (A_ij - gamma n_i n_j / 2m) delta(c_i, c_j)
// is modularity; beta = 0.01 (igraph's default randomness of the refinement).
// Iterations: each run starts from singletons and is iterated, one igraph call of one iteration
// each, continuing from the previous partition, until an iteration leaves the partition as it
// was (the paper's stopping rule: every vertex is then locally optimally assigned).
// igraph's own n_iterations < 0 cannot be used: 0.10.2 stops after the first iteration that
// changes anything (igraph issue #2798, fixed in 2025), so from singletons it runs once, and from
// a stable partition it never returns. On small classic graphs one iteration fell to 81-94% of
// the maximum Q for some seeds, iterated runs to 87-100%; on the co-attendance graphs of the
// `scotland` benchmark scale iterating raised Q by 0.8% (1.5 million ties, 9 iterations, 0.8 s
// -> 3.9 s) and 1.1% (5.4 million ties, 5-10 iterations).
// Restarts: a run ends in a local optimum that depends on its random order, so `restarts` runs
// are made, run r seeded with Xoshiro256(seed, r).next() through igraph_rng_seed, and the
// partition of highest Q_gamma is kept (the first run of equal quality). Ten runs reach the
// maximum modularity proven by igraph_community_optimal_modularity on Zachary's karate club
// (unweighted and weighted) and within 1% of it on every other small graph tested
// (communities_test.cpp). On large graphs the runs barely differ (best of ten over one run:
// +0.02% at 392,000 ties; +0.01% of five at 5.4 million) while each costs seconds, so a graph of
// m ties gets min(restarts, max(1, floor(restart_work / m))) runs: ten up to 100,000 ties, one
// above 500,000. The runs go one after another on one thread (igraph's RNG is global and igraph
// 0.10.2 is built without thread-local state, IGRAPH_THREAD_SAFE 0): the partition depends on
// the graph, the options and the igraph version, never on the number of threads, and callers
// must not run this from two threads at once. `max_iterations` only guards against a run that
// never settles (Leiden's strict improvements rule it out in exact arithmetic).
// Communities are renumbered 0..count-1 in the order of their smallest vertex; the reported Q is
// recomputed by igraph_modularity at gamma = 1 whatever options.resolution is.
// Graphs with no tie (and the empty graph): the objective is 0/0 and igraph 0.10.2's Leiden does
// not return on them (resolution 1/(2m) is infinite), so igraph is not called: every vertex is
// its own community (count = n; n = 0 gives an empty membership and count 0), Q is NA and no run
// is counted. Isolates in a graph with ties each end in a community of their own.
// Time: an iteration is near-linear, O(m) in practice; O(R I m) in all for R runs of I
// iterations (2-6 on small graphs, 5-11 on millions of ties in the runs measured), plus O(n)
// per iteration to compare partitions and O(n + m) for the copy into igraph and each run's Q.
//
// Agreement of two partitions a and b of the same n vertices (igraph_compare_communities):
//   NMI = 2 I(a; b) / (H(a) + H(b))  with entropies of the group shares (Danon, Diaz-Guilera,
//         Duch & Arenas 2005, J. Stat. Mech. P09008; sklearn's normalized_mutual_info_score
//         with average_method = "arithmetic").
//   ARI = (RI - E[RI]) / (1 - E[RI])  (Hubert & Arabie 1985, J. Classification 2, 193-218;
//         sklearn's adjusted_rand_score). 1 = identical partitions, about 0 = chance agreement,
//         negative = less than chance.
// Empty groups do not matter (only non-empty groups enter either formula).
// Undefined (NA): both for n <= 1; NMI when both partitions have a single non-empty group
// (H(a) = H(b) = 0: 0/0; igraph and sklearn return 1 there); ARI when both have a single group
// or both are all singletons (E[RI] = 1: 0/0; igraph returns NaN, sklearn 1). Time O(n log n).
#include "engine/metrics/communities.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/backends/igraph_adapter.hpp"
#include "engine/error.hpp"
#include "engine/random.hpp"

namespace reticulist::metrics {
namespace {

// RAII owners for the igraph vectors used here (check() throws, so cleanup must not be manual).
struct IntVector {
  igraph_vector_int_t v;
  explicit IntVector(igraph_integer_t size) { backends::check(igraph_vector_int_init(&v, size), "allocating"); }
  ~IntVector() { igraph_vector_int_destroy(&v); }
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;
};

struct RealVector {
  igraph_vector_t v;
  explicit RealVector(igraph_integer_t size) { backends::check(igraph_vector_init(&v, size), "allocating"); }
  ~RealVector() { igraph_vector_destroy(&v); }
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;
};

void fill_membership(IntVector& out, const std::vector<std::uint32_t>& group) {
  for (std::size_t i = 0; i < group.size(); ++i) VECTOR(out.v)[i] = group[i];
}

// igraph's membership renumbered 0.. in the order of each community's smallest vertex, so that
// two iterations' partitions compare equal exactly when they group the vertices alike.
void by_smallest_vertex(const IntVector& membership, std::vector<std::uint32_t>& out) {
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  const auto n = static_cast<std::size_t>(igraph_vector_int_size(&membership.v));
  std::vector<std::uint32_t> label(n, kNone);
  out.resize(n);
  std::uint32_t next = 0;
  for (std::size_t v = 0; v < n; ++v) {
    auto& l = label.at(static_cast<std::size_t>(VECTOR(membership.v)[v]));
    if (l == kNone) l = next++;
    out[v] = l;
  }
}

// Groups renumbered 0.. by first appearance: igraph_compare_communities rejects a membership
// value >= n ("Membership indices should be less than total number of vertices"), which a
// partition with more groups than vertices (empty groups) can hold.
std::vector<std::uint32_t> dense_groups(const Partition& p) {
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> label(p.group_count, kNone);
  std::vector<std::uint32_t> dense(p.group.size());
  std::uint32_t next = 0;
  for (std::size_t i = 0; i < p.group.size(); ++i) {
    auto& l = label.at(p.group[i]);
    if (l == kNone) l = next++;
    dense[i] = l;
  }
  return dense;
}

std::optional<double> defined(double x) {
  if (std::isnan(x)) return std::nullopt;
  return x;
}

std::optional<double> modularity_of(const backends::IgraphGraph& ig, const IntVector& membership, bool weighted,
                                    double gamma = 1.0) {
  igraph_real_t q = std::numeric_limits<double>::quiet_NaN();
  backends::check(igraph_modularity(ig.get(), &membership.v, weighted ? ig.weights() : nullptr, gamma,
                                    /*directed=*/false, &q),
                  "modularity");
  return defined(q);
}

double tie_total(const graph::Graph& g, bool weighted) {
  return weighted ? g.total_weight() : static_cast<double>(g.edge_count());
}

// Non-empty groups of a membership vector.
std::uint32_t used_groups(const Partition& p) {
  std::vector<bool> seen(p.group_count, false);
  std::uint32_t used = 0;
  for (auto g : p.group) {
    if (!seen.at(g)) {
      seen[g] = true;
      ++used;
    }
  }
  return used;
}

}  // namespace

Communities communities(const graph::Graph& g, const LeidenOptions& options) {
  if (!(options.resolution > 0.0) || !std::isfinite(options.resolution)) {
    throw ConfigError("Leiden resolution must be a positive number, not " + std::to_string(options.resolution));
  }
  if (!(options.beta > 0.0) || !std::isfinite(options.beta)) {
    throw ConfigError("Leiden beta must be a positive number, not " + std::to_string(options.beta));
  }
  if (options.restarts == 0 || options.max_iterations == 0) {
    throw ConfigError("Leiden needs at least one restart and one iteration");
  }
  const std::uint32_t n = g.vertex_count();
  Communities r;
  r.membership.group.resize(n);
  const double two_m = 2.0 * tie_total(g, options.weighted);
  if (!(two_m > 0.0)) {  // no tie: singletons, Q NA (see the comment above)
    for (graph::Vertex v = 0; v < n; ++v) r.membership.group[v] = v;
    r.membership.group_count = r.count = n;
    return r;
  }
  const backends::IgraphGraph ig(g);
  const igraph_vector_t* weights = options.weighted ? ig.weights() : nullptr;
  RealVector node_weights(n);  // n_i = k_i
  for (graph::Vertex v = 0; v < n; ++v) {
    VECTOR(node_weights.v)[v] = options.weighted ? g.strength(v) : static_cast<double>(g.degree(v));
  }
  const double affordable = std::floor(options.restart_work / static_cast<double>(g.edge_count()));
  const auto runs = static_cast<std::uint32_t>(std::clamp(affordable, 1.0, static_cast<double>(options.restarts)));
  IntVector membership(n);
  std::vector<std::uint32_t> best, previous, current;
  double best_quality = -std::numeric_limits<double>::infinity();
  for (std::uint32_t run = 0; run < runs; ++run) {
    backends::check(igraph_rng_seed(igraph_rng_default(), Xoshiro256(options.seed, run).next()), "seeding the RNG");
    std::uint32_t iterations = 0;
    bool stable = false;
    while (!stable && iterations < options.max_iterations) {
      igraph_integer_t clusters = 0;
      // quality = nullptr: igraph skips its O(m) sum; Q of the run's last partition is taken below.
      backends::check(igraph_community_leiden(ig.get(), weights, &node_weights.v, options.resolution / two_m,
                                              options.beta, /*start=*/iterations > 0, /*n_iterations=*/1,
                                              &membership.v, &clusters, /*quality=*/nullptr),
                      "Leiden communities");
      ++iterations;
      by_smallest_vertex(membership, current);
      stable = iterations > 1 && current == previous;
      previous.swap(current);
    }
    fill_membership(membership, previous);
    const double q = *modularity_of(ig, membership, options.weighted, options.resolution);
    if (q > best_quality) {
      best_quality = q;
      best = previous;
      r.best_restart = run;
      r.iterations = iterations;
      r.stable = stable;
    }
  }
  r.restarts = runs;
  r.membership.group = std::move(best);
  r.count = 1 + *std::max_element(r.membership.group.begin(), r.membership.group.end());
  r.membership.group_count = r.count;
  fill_membership(membership, r.membership.group);
  r.modularity = modularity_of(ig, membership, options.weighted);
  return r;
}

std::optional<double> modularity(const graph::Graph& g, const Partition& p, bool weighted) {
  if (p.group.size() != g.vertex_count()) {
    throw std::invalid_argument("modularity: partition of " + std::to_string(p.group.size()) +
                                " vertices for a graph of " + std::to_string(g.vertex_count()));
  }
  if (!(tie_total(g, weighted) > 0.0)) return std::nullopt;  // no tie: 0/0
  const backends::IgraphGraph ig(g);
  IntVector membership(static_cast<igraph_integer_t>(p.group.size()));
  fill_membership(membership, p.group);
  return modularity_of(ig, membership, weighted);
}

PartitionAgreement agreement(const Partition& a, const Partition& b) {
  if (a.group.size() != b.group.size()) {
    throw std::invalid_argument("agreement: partitions of " + std::to_string(a.group.size()) + " and " +
                                std::to_string(b.group.size()) + " vertices");
  }
  PartitionAgreement r;
  const std::size_t n = a.group.size();
  if (n <= 1) return r;
  const std::uint32_t ka = used_groups(a);
  const std::uint32_t kb = used_groups(b);
  backends::install_igraph_error_handler();
  IntVector va(static_cast<igraph_integer_t>(n));
  IntVector vb(static_cast<igraph_integer_t>(n));
  fill_membership(va, dense_groups(a));
  fill_membership(vb, dense_groups(b));
  if (!(ka == 1 && kb == 1)) {
    igraph_real_t nmi = std::numeric_limits<double>::quiet_NaN();
    backends::check(igraph_compare_communities(&va.v, &vb.v, &nmi, IGRAPH_COMMCMP_NMI), "NMI");
    r.nmi = defined(nmi);
  }
  if (!(ka == kb && (ka == 1 || ka == n))) {
    igraph_real_t ari = std::numeric_limits<double>::quiet_NaN();
    backends::check(igraph_compare_communities(&va.v, &vb.v, &ari, IGRAPH_COMMCMP_ADJUSTED_RAND), "adjusted Rand");
    r.adjusted_rand = defined(ari);
  }
  return r;
}

}  // namespace reticulist::metrics
