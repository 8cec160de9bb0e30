// Gould-Fernandez brokerage roles and R sna's null model for them.
//
// Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage
// in transaction networks. Sociological Methodology 19:89-126. A broker v sits on an open two-path
// a - v - b (a != b, both tied to v, a and b not tied). By the groups of (a, v, b):
//   coordinator                   g(a) = g(v) = g(b)
//   itinerant                     g(a) = g(b) != g(v)        (UCINET's "consultant")
//   representative_or_gatekeeper  g(v) equals exactly one of g(a), g(b)
//   liaison                       g(a), g(v), g(b) all different
//   total                         all open two-paths through v
// Undirected convention: each unordered pair {a, b} counts once; representative (a -> v -> b with
// v in a's group) and gatekeeper (v in b's group) need direction and are reported as one role.
//
// Relation to R sna::brokerage (Butts, sna 2.7, R/models.R; it turns each undirected tie into two
// arcs and counts ordered two-paths a -> v -> b): on our graphs its w_I, w_O, b_O and t are exactly
// twice our coordinator, itinerant, liaison and total, and its b_IO and b_OI each equal our
// representative_or_gatekeeper (kSnaScale; tests pin this against R's numbers).
//
// Null model: sna's, implemented as in its R code. Arcs are independent with probability
// d = arcs / (N(N-1)) = 2m / (n(n-1)) (the undirected density); N = n, and group sizes n_g count
// every vertex, isolates included (sna: N and n from the class vector). With A = d^2 (1-d) and
// B_k = d^k (1-d)^(6-k) (k = 3, 4, 5), for a broker in group i of size n_i (sums over the other
// groups j != i, C(x, 2) = x(x-1)/2), as sna's exp.grp / sd.grp:
//   E[w_I] = A (n_i-1)(n_i-2)                 V = E(1-A) + 2 (n_i-1)(n_i-2)(n_i-3) B_3
//   E[w_O] = A sum_j n_j(n_j-1)               V = E(1-A) + 2 sum_j n_j(n_j-1)(n_j-2) B_3
//   E[b_IO] = E[b_OI] = A (N-n_i)(n_i-1)      V = E(1-A) + 2 ((n_i-1) C(N-n_i, 2) + (N-n_i) C(n_i-1, 2)) B_3
//   E[b_O] = A ((sum_j n_j)^2 - sum_j n_j^2)  V = E(1-A) + 4 sum_j n_j C(N-n_j-n_i, 2) B_3
//   E[t] = A (N-1)(N-2)                       V = E(1-A) + 2 (N-1)(N-2)(N-3) B_3
// and for the whole graph (sums over all groups g), as sna's exp.gli / sd.gli:
//   E[w_I] = A sum n(n-1)(n-2)         V = E(1-A) + sum n(n-1)(n-2) ((4n-10) B_3 - 4(n-3) B_4 + (n-3) B_5)
//   E[w_O] = A sum n(N-n)(n-1)         V = E(1-A) + sum_{x,y} x y (x-1) ((2x+2y-6) B_3 + (N-x-1) B_5)
//                                                 - sum n^2 (n-1) ((4n-6) B_3 + (N-n-1) B_5)
//   E[b_IO] = E[b_OI] = A sum n(N-n)(n-1)     V = E(1-A) + sum n(N-n)(n-1) ((N-3) B_3 + (n-2) B_5)
//   E[b_O] = A (sum_{x,y} x y (N-x-y) - sum n^2 (N-2n))   V = E(1-A) + sum over distinct groups
//            (i,j,k) of n_i n_j n_k ((4(N-n_j) - 2(n_i+n_k+1)) B_3 - (4(N-n_k) - 2(n_i+n_j+1)) B_4
//            + (N - (n_i+n_k+1)) B_5)
//   E[t] = A N(N-1)(N-2)               V = E(1-A) + N(N-1)(N-2) ((4N-10) B_3 - 4(N-3) B_4 + (N-3) B_5)
// sna's double and triple loops over groups are evaluated through the power sums S_k = sum n^k
// (e.g. the distinct-triple sums are sum n_i n_j n_k = S_1^3 - 3 S_1 S_2 + 2 S_3 and
// sum n_i^2 n_j n_k = S_1^2 S_2 - 2 S_1 S_3 + 2 S_4 - S_2^2), in exact 128-bit integers: the same
// values in O(groups) instead of O(groups^3). sd = sqrt(V); z = (sna count - E) / sd, NA when
// sd = 0 (an impossible role: itinerant or liaison with one group, coordinator in a group of
// fewer than 3, any role in an empty or complete graph) or undefined (n < 2).
//
// Cost: the closed pairs (triangles through v, by role) come from one triangle listing
// (count_triangles, triangles.cpp: each triangle once, O(m^1.5) worst case, O(n + m) memory, on
// several threads), shared with clustering when a caller needs both. All pairs {a, b} of v's
// contacts by role follow from the count c_x of contacts in each group x (O(deg v)):
//   coordinator C(c_h, 2), itinerant sum_{x != h} C(c_x, 2), representative_or_gatekeeper
//   c_h (deg v - c_h), liaison the pairs of contacts in two different groups other than h
// with h = g(v); the open pairs are these minus the closed ones. O(m^1.5 + m + groups) time in
// all, no n x n matrix and no sum_v deg(v)^2 neighbour-pair walk.
#include "engine/metrics/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "engine/error.hpp"

namespace reticulist::metrics {
namespace {

__extension__ using Int128 = __int128;

// ClosedPairs (triangles.hpp) is indexed by role like BrokerageCounts.
static_assert(BrokerageRole::coordinator == 0 && BrokerageRole::itinerant == 1 &&
              BrokerageRole::representative_or_gatekeeper == 2 && BrokerageRole::liaison == 3);

double to_double(Int128 x) { return static_cast<double>(x); }

std::optional<double> sd_of(double variance) {
  if (!(variance >= 0)) return std::nullopt;
  return std::sqrt(variance);
}

// z, NA when the standard deviation is 0 or undefined.
std::optional<double> z_of(double count, const std::optional<double>& expected, const std::optional<double>& sd) {
  if (!expected || !sd || *sd == 0) return std::nullopt;
  return (count - *expected) / *sd;
}

}  // namespace

BrokerageResult brokerage(const graph::Graph& g, const Partition& groups, Progress& progress, unsigned threads) {
  const TriangleCounts triangles =
      count_triangles(g, {.groups = &groups, .threads = threads, .stage = "brokerage"}, progress);
  return brokerage(g, groups, triangles);
}

BrokerageResult brokerage(const graph::Graph& g, const Partition& groups, const TriangleCounts& triangles) {
  using graph::Vertex;
  const std::uint32_t n = g.vertex_count();
  const std::uint32_t group_count = groups.group_count;
  if (groups.group.size() != n) {
    throw ConfigError("brokerage: the partition has " + std::to_string(groups.group.size()) +
                      " vertices, the graph " + std::to_string(n));
  }
  for (std::uint32_t x : groups.group) {
    if (x >= group_count) throw ConfigError("brokerage: a vertex's group is beyond the group count");
  }
  if (triangles.closed.size() != n) throw std::logic_error("brokerage: triangles counted without these groups");
  BrokerageResult result;
  result.counts.assign(n, BrokerageCounts{});

  // ---- counts: all pairs of contacts by role, minus the closed ones ----
  std::vector<std::uint64_t> in_group(group_count, 0);  // contacts of v per group
  std::vector<std::uint32_t> seen_groups;
  for (Vertex v = 0; v < n; ++v) {
    const auto contacts = g.neighbours(v);
    const std::uint32_t h = groups.group[v];
    seen_groups.clear();
    for (Vertex a : contacts) {
      if (in_group[groups.group[a]]++ == 0) seen_groups.push_back(groups.group[a]);
    }
    const std::uint64_t same = in_group[h], other = contacts.size() - same;
    std::uint64_t itinerant = 0, other_squares = 0;
    for (std::uint32_t x : seen_groups) {
      if (x == h) continue;
      itinerant += in_group[x] * (in_group[x] - 1) / 2;
      other_squares += in_group[x] * in_group[x];
      in_group[x] = 0;
    }
    in_group[h] = 0;
    BrokerageCounts& c = result.counts[v];
    const ClosedPairs& closed = triangles.closed[v];
    c[BrokerageRole::coordinator] = (same > 0 ? same * (same - 1) / 2 : 0) - closed[BrokerageRole::coordinator];
    c[BrokerageRole::itinerant] = itinerant - closed[BrokerageRole::itinerant];
    c[BrokerageRole::representative_or_gatekeeper] =
        same * other - closed[BrokerageRole::representative_or_gatekeeper];
    c[BrokerageRole::liaison] = (other * other - other_squares) / 2 - closed[BrokerageRole::liaison];
    c[BrokerageRole::total] = c[0] + c[1] + c[2] + c[3];
    for (std::size_t r = 0; r < kBrokerageRoles; ++r) result.graph_counts[r] += c[r];
  }

  // ---- sna's null model ----
  result.group_expected.assign(group_count, BrokerageValues{});
  result.group_sd.assign(group_count, BrokerageValues{});
  result.z.assign(n, BrokerageValues{});
  if (n < 2) return result;  // d = 0/0: sna's values are all NaN
  const std::vector<std::uint64_t> sizes = groups.sizes();
  const auto N = static_cast<Int128>(n);
  Int128 s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (std::uint64_t size : sizes) {
    const auto x = static_cast<Int128>(size);
    s1 += x, s2 += x * x, s3 += x * x * x, s4 += x * x * x * x;
  }
  const double nd = n;
  const double d = 2.0 * static_cast<double>(g.edge_count()) / (nd * (nd - 1));
  result.density = d;
  const double A = d * d * (1 - d);
  const double B3 = std::pow(d, 3) * std::pow(1 - d, 3), B4 = std::pow(d, 4) * std::pow(1 - d, 2),
               B5 = std::pow(d, 5) * (1 - d);
  auto choose2 = [](Int128 x) { return x * (x - 1) / 2; };
  // Sums over the groups of f(size).
  auto sum = [&](auto f) {
    Int128 total = 0;
    for (std::uint64_t size : sizes) total += f(static_cast<Int128>(size));
    return total;
  };
  const Int128 sum_nn1 = sum([](Int128 x) { return x * (x - 1); });
  const Int128 sum_nn1n2 = sum([](Int128 x) { return x * (x - 1) * (x - 2); });

  for (std::uint32_t grp = 0; grp < group_count; ++grp) {
    if (sizes[grp] == 0) continue;  // no broker there; sna does not list the group
    const auto ni = static_cast<Int128>(sizes[grp]);
    const Int128 M = N - ni;  // vertices outside the group
    // Power sums over the other groups.
    const Int128 o1 = s1 - ni, o2 = s2 - ni * ni, o3 = s3 - ni * ni * ni;
    std::array<double, kBrokerageRoles> e{}, v{};
    e[0] = A * to_double((ni - 1) * (ni - 2));
    v[0] = e[0] * (1 - A) + 2 * to_double((ni - 1) * (ni - 2) * (ni - 3)) * B3;
    e[1] = A * to_double(sum_nn1 - ni * (ni - 1));
    v[1] = e[1] * (1 - A) + 2 * to_double(sum_nn1n2 - ni * (ni - 1) * (ni - 2)) * B3;
    e[2] = A * to_double(M * (ni - 1));
    v[2] = e[2] * (1 - A) + 2 * to_double((ni - 1) * choose2(M) + M * choose2(ni - 1)) * B3;
    e[3] = A * to_double(o1 * o1 - o2);
    // sum_j n_j C(M - n_j, 2) = (M(M-1) o1 - (2M-1) o2 + o3) / 2
    v[3] = e[3] * (1 - A) + 4 * to_double((M * (M - 1) * o1 - (2 * M - 1) * o2 + o3) / 2) * B3;
    e[4] = A * to_double((N - 1) * (N - 2));
    v[4] = e[4] * (1 - A) + 2 * to_double((N - 1) * (N - 2) * (N - 3)) * B3;
    for (std::size_t r = 0; r < kBrokerageRoles; ++r) {
      result.group_expected[grp][r] = e[r];
      result.group_sd[grp][r] = sd_of(v[r]);
    }
  }
  for (Vertex x = 0; x < n; ++x) {
    const std::uint32_t grp = groups.group[x];
    for (std::size_t r = 0; r < kBrokerageRoles; ++r) {
      result.z[x][r] = z_of(kSnaScale[r] * static_cast<double>(result.counts[x][r]), result.group_expected[grp][r],
                            result.group_sd[grp][r]);
    }
  }

  // Whole graph.
  std::array<double, kBrokerageRoles> e{}, v{};
  e[0] = A * to_double(sum_nn1n2);
  v[0] = e[0] * (1 - A);
  for (std::uint64_t size : sizes) {
    const double x = static_cast<double>(size);
    v[0] += x * (x - 1) * (x - 2) * ((4 * x - 10) * B3 - 4 * (x - 3) * B4 + (x - 3) * B5);
  }
  const Int128 w1 = sum([&](Int128 x) { return x * (N - x) * (x - 1); });
  e[1] = A * to_double(w1);
  // sum_{x,y} x y (x-1)((2x+2y-6) B3 + (N-x-1) B5)
  //   = S1 sum_x x(x-1)((2x-6) B3 + (N-x-1) B5) + 2 B3 S2 sum_x x(x-1)
  const Int128 t1 = sum([](Int128 x) { return x * (x - 1) * (2 * x - 6); });
  const Int128 t2 = sum([&](Int128 x) { return x * (x - 1) * (N - x - 1); });
  const Int128 u1 = sum([](Int128 x) { return x * x * (x - 1) * (4 * x - 6); });
  const Int128 u2 = sum([&](Int128 x) { return x * x * (x - 1) * (N - x - 1); });
  v[1] = e[1] * (1 - A) + to_double(s1 * t1 + 2 * s2 * sum_nn1 - u1) * B3 + to_double(s1 * t2 - u2) * B5;
  e[2] = e[1];  // sna: egbr[3] = A sum n(N-n)(n-1), the same sum as egbr[2]
  const Int128 w2 = sum([&](Int128 x) { return x * (N - x) * (x - 1) * (x - 2); });
  v[2] = e[2] * (1 - A) + to_double(w1 * (N - 3)) * B3 + to_double(w2) * B5;
  e[3] = A * to_double(N * s1 * s1 - 2 * s1 * s2 - N * s2 + 2 * s3);
  const Int128 p0 = s1 * s1 * s1 - 3 * s1 * s2 + 2 * s3;                 // sum over distinct i,j,k of n_i n_j n_k
  const Int128 q = s1 * s1 * s2 - 2 * s1 * s3 + 2 * s4 - s2 * s2;        // ... of n_i^2 n_j n_k
  v[3] = e[3] * (1 - A) + to_double((4 * N - 2) * p0 - 8 * q) * (B3 - B4) + to_double((N - 1) * p0 - 2 * q) * B5;
  e[4] = A * to_double(N * (N - 1) * (N - 2));
  v[4] = e[4] * (1 - A) + nd * (nd - 1) * (nd - 2) * ((4 * nd - 10) * B3 - 4 * (nd - 3) * B4 + (nd - 3) * B5);
  for (std::size_t r = 0; r < kBrokerageRoles; ++r) {
    result.graph_expected[r] = e[r];
    result.graph_sd[r] = sd_of(v[r]);
    result.graph_z[r] = z_of(kSnaScale[r] * static_cast<double>(result.graph_counts[r]), result.graph_expected[r],
                             result.graph_sd[r]);
  }
  return result;
}

}  // namespace reticulist::metrics
