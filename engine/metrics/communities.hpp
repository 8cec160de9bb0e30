#pragma once
// Leiden communities (modularity, seeded), the modularity of any partition, and the agreement
// between two partitions (NMI, adjusted Rand). Formulas and conventions in communities.cpp.
#include <cstdint>
#include <optional>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

struct LeidenOptions {
  bool weighted = false;    // tie weights (shared events) in the objective and in Q
  std::uint64_t seed = 1;   // restart r seeds igraph's default RNG with Xoshiro256(seed, r).next()
  double resolution = 1.0;  // gamma of the modularity objective; 1 = Newman's modularity
  double beta = 0.01;       // randomness of the refinement step (igraph's default)
  // Independent runs from singletons; the partition of highest quality is kept. Fewer on large
  // graphs: at most max(1, floor(restart_work / ties)) runs (communities.cpp says why).
  std::uint32_t restarts = 10;
  double restart_work = 1e6;
  // Each run is iterated until an iteration changes nothing, or this many iterations (a guard:
  // the runs measured became stable within 11).
  std::uint32_t max_iterations = 100;
};

struct Communities {
  Partition membership;               // communities numbered by their smallest vertex
  std::uint32_t count = 0;            // = membership.group_count
  std::optional<double> modularity;   // Q (gamma = 1) of `membership`; NA with no tie
  // How it was found; all 0 when igraph was not called (no tie).
  std::uint32_t restarts = 0;         // runs made
  std::uint32_t best_restart = 0;     // r of the run kept (the first of equal quality)
  std::uint32_t iterations = 0;       // iterations of that run, the last of which changed nothing
  bool stable = true;                 // false: that run stopped at max_iterations
};

// Not thread-safe: igraph 0.10.2 is built without thread-local state, and its RNG is global.
// The result depends on the graph and the options only (restarts run one after another).
Communities communities(const graph::Graph& g, const LeidenOptions& options = {});

// Newman (2006) modularity Q of `p` on `g`, unweighted or weighted; NA when there is no tie.
// p.group.size() must equal g.vertex_count() (std::invalid_argument otherwise).
std::optional<double> modularity(const graph::Graph& g, const Partition& p, bool weighted);

struct PartitionAgreement {
  std::optional<double> nmi;            // normalised mutual information 2I / (H_a + H_b)
  std::optional<double> adjusted_rand;  // Hubert & Arabie (1985)
};

// Agreement of two partitions of the same vertices (std::invalid_argument if sizes differ).
PartitionAgreement agreement(const Partition& a, const Partition& b);

}  // namespace reticulist::metrics
