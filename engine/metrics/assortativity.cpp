// Nominal (categorical) assortativity of the groups of a partition, undirected and unweighted
// (Newman 2003, Phys. Rev. E 67, 026126, eq. 2):
//
//   e_gh = share of tie ends joining group g to group h (each tie counted in both directions,
//          so e is symmetric and sums to 1), a_g = sum_h e_gh (share of tie ends in g)
//   r    = (sum_g e_gg - sum_g a_g^2) / (1 - sum_g a_g^2)
//
// r = 1: every tie inside a group; r = 0: mixing as at random given the groups' tie ends;
// negative: ties prefer other groups (minimum -sum a_g^2 / (1 - sum a_g^2) >= -1). It equals the
// modularity of the partition divided by its maximum for the same a_g (Newman 2003). Isolates
// have no tie ends and do not enter; a one-member group enters only through its ties.
// r comes from igraph_assortativity_nominal (directed = false, normalized = true), which matches
// R igraph::assortativity_nominal and networkx.attribute_assortativity_coefficient; the two
// shares beside it are ours, so a user can see what r compares.
// Unweighted: a tie counts once whatever its weight (igraph 0.10.2 has no weighted variant).
// Undefined (NA): everything when there is no tie; r when sum_g a_g^2 = 1, i.e. all tie ends
// in one group (a single group, or a partition whose only tied vertices share a group): 0/0,
// igraph returns NaN.
// Time O(n + m + groups), plus the O(n + m) copy into igraph.
#include "engine/metrics/assortativity.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/backends/igraph_adapter.hpp"

namespace reticulist::metrics {

Assortativity assortativity(const graph::Graph& g, const Partition& p) {
  const std::uint32_t n = g.vertex_count();
  if (p.group.size() != n) {
    throw std::invalid_argument("assortativity: partition of " + std::to_string(p.group.size()) +
                                " vertices for a graph of " + std::to_string(n));
  }
  Assortativity r;
  const std::uint64_t m = g.edge_count();
  if (m == 0) return r;

  std::uint64_t within = 0;                          // ties with both ends in one group
  std::vector<std::uint64_t> ends(p.group_count, 0);  // tie ends per group (sum of degrees)
  for (graph::Vertex v = 0; v < n; ++v) ends.at(p.group[v]) += g.degree(v);
  g.for_each_edge([&](graph::Vertex u, graph::Vertex v, double) {
    if (p.group[u] == p.group[v]) ++within;
  });
  const double two_m = 2.0 * static_cast<double>(m);
  double expected = 0.0;  // sum_g a_g^2
  for (std::uint64_t k : ends) {
    const double a = static_cast<double>(k) / two_m;
    expected += a * a;
  }
  r.within_share = static_cast<double>(within) / static_cast<double>(m);
  r.expected_within_share = expected;

  const backends::IgraphGraph ig(g);
  igraph_vector_int_t types;
  backends::check(igraph_vector_int_init(&types, n), "allocating group types");
  for (graph::Vertex v = 0; v < n; ++v) VECTOR(types)[v] = p.group[v];
  igraph_real_t value = std::numeric_limits<double>::quiet_NaN();
  const igraph_error_t code =
      igraph_assortativity_nominal(ig.get(), &types, &value, /*directed=*/false, /*normalized=*/true);
  igraph_vector_int_destroy(&types);
  backends::check(code, "nominal assortativity");
  if (!std::isnan(value)) r.r = value;
  return r;
}

}  // namespace reticulist::metrics
