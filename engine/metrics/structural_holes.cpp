// Burt's structural holes: constraint, effective size, efficiency.
//
// Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard UP, ch. 2
// (constraint eq. 2.4, effective size p. 52); Borgatti, S. P. (1997). Structural holes: unpacking
// Burt's redundancy measures. Connections 20(1):35-38. With a_ij the tie weight (weighted) or 1,
//   p_ij = a_ij / sum_k a_ik                  (share of i's ties invested in j)
//   m_jq = a_jq / max_k a_jk                  (j's tie to q relative to j's strongest tie)
//   C_i  = sum_{j in N(i)} (p_ij + sum_{q in N(i), q != j} p_iq p_qj)^2
//   ES_i = sum_{j in N(i)} (1 - sum_{q in N(i), q != j} p_iq m_jq)
//   efficiency_i = ES_i / degree_i            (degree = number of ties)
// Only q in N(i) and N(j) contribute (p_qj = 0 otherwise). Unweighted, ES_i = n - 2t/n with n the
// degree and t the ties among i's contacts (Borgatti 1997). Known surprises: a pendant vertex has
// C = 1 (all of its investment goes to one contact); every vertex of a closed triad has
// C = 2 (1/2 + 1/4)^2 = 1.125 > 1, because indirect investment is counted on top of direct.
// Undefined: an isolate has no p_ij (0/0), so all three are NA (igraph returns NaN, networkx nan).
// Matches igraph_constraint(weights) and networkx constraint/effective_size/efficiency; tests pin it.
//
// Cost: for each i, p_iq (and p_iq / sum_k a_qk) is written into a dense scratch array indexed by
// vertex (zeros outside N(i)); then for each contact j the sums over q in N(i) and N(j) are taken
// from whichever side is cheapest:
//   - j's row scanned whole, reading the scratch without a branch (q outside N(i), and q = i,
//     read zeros): deg(j) steps; taken when j's row is not longer than i's, or no other side is;
//   - unweighted only, i's row walked against a bitset of N(j): deg(i) steps. The highest-degree
//     vertices get such a bitset (n bits each) as long as they fit in
//     options.neighbour_sets_bytes (64 MiB: every vertex up to n = 23,000, the top 2,900 at
//     n = 180,000); taken for j with one, longer than i. (Weighted, a hit's a_jq would need its
//     place in j's row: a search and a mispredicted branch per hit, slower than the row scan.)
//   - i's row walked, each q looked up in j's sorted row by binary search from the last hit:
//     about deg(i) log2(deg(j)) steps; taken for a hub j without a bitset, when its row is
//     longer than 2 deg(i) log2(deg(j)).
// Every side adds the terms in ascending q, the zeros of the row scan skipped (x + 0 = x): the
// sums are the same doubles bit for bit, whatever the side. Unweighted, with every vertex's bitset,
// O(sum over ties of min(deg i, deg j)) steps instead of the sum_j deg(j)^2 of always scanning
// j's row (on M's all-events layer: 2 x 3.3e9 against 1.1e10); memory O(n) per thread plus the
// bitsets, no n x n matrix and nothing per tie. (One triangle listing could feed these sums too,
// but it meets the terms of a tie's sum in rank order, not ascending q, and a different order
// rounds differently: values would move in the last bits.)
//
// Threads: the vertices are cut into chunks of about equal work, handed out to workers with a
// scratch array each; each i's three values are computed by one worker alone, in the same order,
// so they are the same on any thread count.
#include "engine/metrics/structural_holes.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "engine/error.hpp"
#include "engine/parallel.hpp"

namespace reticulist::metrics {

namespace {

// Steps (row entries scanned or search steps) that make a thread worth starting.
constexpr std::uint64_t kStepsPerThread = 1 << 16;

// N(j) as a bitset of n bits for the highest-degree vertices, as many as fit in a budget.
class NeighbourSets {
 public:
  NeighbourSets(const graph::Graph& g, std::size_t budget_bytes) {
    const std::uint32_t n = g.vertex_count();
    words_ = (static_cast<std::size_t>(n) + 63) / 64;
    index_.assign(n, kNone);
    if (words_ == 0) return;
    const std::size_t count = std::min<std::size_t>(n, budget_bytes / (words_ * sizeof(std::uint64_t)));
    std::vector<graph::Vertex> by_degree(n);
    for (graph::Vertex v = 0; v < n; ++v) by_degree[v] = v;
    std::partial_sort(by_degree.begin(), by_degree.begin() + static_cast<std::ptrdiff_t>(count), by_degree.end(),
                      [&](graph::Vertex a, graph::Vertex b) {
                        return g.degree(a) != g.degree(b) ? g.degree(a) > g.degree(b) : a < b;
                      });
    bits_.assign(count * words_, 0);
    for (std::size_t k = 0; k < count; ++k) {
      const graph::Vertex j = by_degree[k];
      index_[j] = static_cast<std::uint32_t>(k);
      std::uint64_t* row = bits_.data() + k * words_;
      for (graph::Vertex q : g.neighbours(j)) row[q >> 6] |= std::uint64_t{1} << (q & 63);
    }
  }
  bool has(graph::Vertex j) const { return index_[j] != kNone; }
  // The set of j, which has one: bit q set when q is a contact of j.
  const std::uint64_t* of(graph::Vertex j) const { return bits_.data() + index_[j] * words_; }

 private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::size_t words_ = 0;
  std::vector<std::uint32_t> index_;  // per vertex: its set, or kNone
  std::vector<std::uint64_t> bits_;
};

// Scratch for i: {p_iq, p_iq / sum_k a_qk} for q in N(i), zeros elsewhere (also at q = i).
struct Share {
  double p = 0, p_over_total = 0;
};

// Look j's row up from i's (binary search) rather than scan it: the row is longer than i's times
// the steps of a search, twice over (a search step costs more than a scan step).
bool search_row(std::uint64_t deg_i, std::uint64_t deg_j) {
  return deg_j > 2 * deg_i * static_cast<std::uint64_t>(std::bit_width(deg_j));
}

// Walk i's row against j's bitset: j has one and its row is the longer. Unweighted only: a
// weighted hit needs a_jq, whose place in j's row costs a search and a mispredicted branch (on
// M's layer 50-61 CPU s against 28 s for scanning rows).
bool use_set(bool weighted, const NeighbourSets& sets, graph::Vertex j, std::uint64_t deg_i, std::uint64_t deg_j) {
  return !weighted && deg_j > deg_i && sets.has(j);
}

std::uint64_t steps(bool weighted, const NeighbourSets& sets, graph::Vertex j, std::uint64_t deg_i,
                    std::uint64_t deg_j) {
  if (use_set(weighted, sets, j, deg_i, deg_j)) return deg_i;
  return search_row(deg_i, deg_j) ? deg_i * static_cast<std::uint64_t>(std::bit_width(deg_j)) : deg_j;
}

// C_i and ES_i of a vertex i with contacts. p_i is the scratch, zeros on entry and on return;
// own[k] the same shares in the order of i's row (read in order when i's row is walked).
// One instance per weighting: unweighted, a_jq = 1 and the weights are never read (the row scans
// stream 4 bytes an entry instead of 12).
template <bool kWeighted>
std::pair<double, double> sums_of(const graph::Graph& g, graph::Vertex i, const std::vector<double>& inv_total,
                                  const std::vector<double>& inv_strongest, const NeighbourSets& sets,
                                  std::vector<Share>& p_i, std::vector<Share>& own) {
  using graph::Vertex;
  const auto a = [](double w) {
    if constexpr (kWeighted) return w;
    return 1.0;
  };
  const auto contacts = g.neighbours(i);
  const auto w_i = g.weights(i);
  for (std::size_t k = 0; k < contacts.size(); ++k) {
    const Vertex q = contacts[k];
    const double p_iq = a(w_i[k]) * inv_total[i];
    p_i[q] = {p_iq, p_iq * inv_total[q]};
  }
  own.resize(contacts.size());
  for (std::size_t k = 0; k < contacts.size(); ++k) own[k] = p_i[contacts[k]];
  double c_i = 0, es_i = 0;
  for (Vertex j : contacts) {
    double indirect = 0;   // sum_q p_iq p_qj
    double redundant = 0;  // sum_q p_iq m_jq (before the division by max_k a_jk)
    const auto row_j = g.neighbours(j);
    const auto w_j = g.weights(j);
    if (use_set(kWeighted, sets, j, contacts.size(), row_j.size())) {
      const std::uint64_t* n_j = sets.of(j);
      for (std::size_t k = 0; k < contacts.size(); ++k) {
        // No branch: a miss adds zeros (a_jq = 1 on a hit, unweighted).
        const Vertex q = contacts[k];
        const Share& share = own[k];
        const double a_jq = static_cast<double>((n_j[q >> 6] >> (q & 63)) & 1);
        indirect += share.p_over_total * a_jq;
        redundant += share.p * a_jq;
      }
    } else if (!search_row(contacts.size(), row_j.size())) {
      for (std::size_t k = 0; k < row_j.size(); ++k) {
        // No branch: q outside N(i) (and q = i) reads zeros. p_qj = a_qj / sum_k a_qk, a_qj = a_jq.
        const Share& share = p_i[row_j[k]];
        const double a_jq = a(w_j[k]);
        indirect += share.p_over_total * a_jq;
        redundant += share.p * a_jq;
      }
    } else {
      auto at = row_j.begin();
      for (Vertex q : contacts) {
        at = std::lower_bound(at, row_j.end(), q);
        if (at == row_j.end()) break;
        if (*at != q) continue;
        const Share& share = p_i[q];
        const double a_jq = a(w_j[static_cast<std::size_t>(at - row_j.begin())]);
        indirect += share.p_over_total * a_jq;
        redundant += share.p * a_jq;
      }
    }
    const double c_ij = p_i[j].p + indirect;
    c_i += c_ij * c_ij;
    es_i += 1 - redundant * inv_strongest[j];
  }
  for (Vertex q : contacts) p_i[q] = {};
  return {c_i, es_i};
}

}  // namespace

StructuralHolesResult structural_holes(const graph::Graph& g, const StructuralHolesOptions& options,
                                       Progress& progress) {
  using graph::Vertex;
  const std::uint32_t n = g.vertex_count();
  const bool weighted = options.weighted;
  if (weighted) {
    for (double w : g.all_weights()) {
      if (!(w > 0) || !std::isfinite(w)) {
        throw InputError("structural_holes: weighted measures need positive, finite tie weights");
      }
    }
  }
  // 1 / sum_k a_ik and 1 / max_k a_ik per vertex (0 for isolates, which are never looked up).
  std::vector<double> inv_total(n, 0.0), inv_strongest(n, 0.0);
  for (Vertex v = 0; v < n; ++v) {
    if (g.degree(v) == 0) continue;
    double total = 0, strongest = 0;
    if (weighted) {
      for (double w : g.weights(v)) {
        total += w;
        strongest = std::max(strongest, w);
      }
    } else {
      total = g.degree(v);
      strongest = 1;
    }
    inv_total[v] = 1 / total;
    inv_strongest[v] = 1 / strongest;
  }
  StructuralHolesResult result;
  result.weighted = weighted;
  result.constraint.assign(n, std::nullopt);
  result.effective_size.assign(n, std::nullopt);
  result.efficiency.assign(n, std::nullopt);
  const NeighbourSets sets(g, weighted ? 0 : options.neighbour_sets_bytes);
  std::vector<std::uint64_t> work_before(static_cast<std::size_t>(n) + 1, 0);
  for (Vertex i = 0; i < n; ++i) {
    std::uint64_t work = 0;
    for (Vertex j : g.neighbours(i)) work += steps(weighted, sets, j, g.degree(i), g.degree(j));
    work_before[i + 1] = work_before[i] + work;
  }
  ProgressStage stage(progress, "structural holes", work_before[n]);
  const unsigned workers = parallel::thread_count(options.threads, work_before[n] / kStepsPerThread);
  const std::vector<std::size_t> bounds = parallel::split_by_work(work_before, workers == 1 ? 1 : 8 * workers);
  std::vector<std::vector<Share>> scratch(workers), own(workers);
  parallel::for_each_index(bounds.size() - 1, workers, [&](std::size_t chunk, unsigned worker) {
    std::vector<Share>& p_i = scratch[worker];
    if (p_i.empty()) p_i.resize(n);
    for (auto i = static_cast<Vertex>(bounds[chunk]); i < bounds[chunk + 1]; ++i) {
      const auto contacts = g.neighbours(i);
      if (contacts.empty()) continue;  // isolate: NA
      const auto [c_i, es_i] = weighted ? sums_of<true>(g, i, inv_total, inv_strongest, sets, p_i, own[worker])
                                        : sums_of<false>(g, i, inv_total, inv_strongest, sets, p_i, own[worker]);
      stage.add(work_before[i + 1] - work_before[i]);
      result.constraint[i] = c_i;
      result.effective_size[i] = es_i;
      result.efficiency[i] = es_i / static_cast<double>(contacts.size());
    }
  });
  return result;
}

}  // namespace reticulist::metrics
