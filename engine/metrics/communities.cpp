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
//   (1 / 2m) sum_ij (A_ij - gamma n_i n_j / 2m) delta(c_i, c_j)
// is modularity; beta = 0.01 (igraph's default randomness of the refinement), starting from
// singletons, iterated until an iteration changes nothing (n_iterations < 0). The run is seeded
// with igraph_rng_seed(igraph_rng_default(), seed): same seed, same graph, same igraph version
// -> same partition; another seed may give another local optimum (on Zachary's karate club
// seeds 1-5 give Q between 0.4172 and 0.4198). igraph's RNG is global and igraph 0.10.2 is built
// without thread-local state (IGRAPH_THREAD_SAFE 0): call from one thread at a time.
// Communities are renumbered 0..count-1 in the order of their smallest vertex; the reported Q is
// recomputed by igraph_modularity at gamma = 1 whatever options.resolution is.
// Graphs with no tie (and the empty graph): the objective is 0/0 and igraph 0.10.2's Leiden does
// not return on them (resolution 1/(2m) is infinite), so igraph is not called: every vertex is
// its own community (count = n; n = 0 gives an empty membership and count 0) and Q is NA.
// Isolates in a graph with ties each end in a community of their own.
// Time: Leiden is near-linear per iteration, O(m) in practice; modularity O(n + m); plus the
// O(n + m) copy into igraph.
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

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/backends/igraph_adapter.hpp"
#include "engine/error.hpp"

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

std::optional<double> modularity_of(const backends::IgraphGraph& ig, const IntVector& membership, bool weighted) {
  igraph_real_t q = std::numeric_limits<double>::quiet_NaN();
  backends::check(igraph_modularity(ig.get(), &membership.v, weighted ? ig.weights() : nullptr, 1.0,
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
  RealVector node_weights(n);  // n_i = k_i
  for (graph::Vertex v = 0; v < n; ++v) {
    VECTOR(node_weights.v)[v] = options.weighted ? g.strength(v) : static_cast<double>(g.degree(v));
  }
  IntVector membership(n);
  igraph_integer_t clusters = 0;
  igraph_real_t quality = 0.0;
  backends::check(igraph_rng_seed(igraph_rng_default(), options.seed), "seeding the RNG");
  backends::check(igraph_community_leiden(ig.get(), options.weighted ? ig.weights() : nullptr, &node_weights.v,
                                          options.resolution / two_m, options.beta, /*start=*/false,
                                          /*n_iterations=*/-1, &membership.v, &clusters, &quality),
                  "Leiden communities");
  // Renumber by smallest vertex.
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> label(static_cast<std::size_t>(clusters), kNone);
  for (graph::Vertex v = 0; v < n; ++v) {
    auto& l = label.at(static_cast<std::size_t>(VECTOR(membership.v)[v]));
    if (l == kNone) l = r.count++;
    r.membership.group[v] = l;
  }
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
