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
  std::uint64_t seed = 1;   // seeds igraph's default RNG before the run
  double resolution = 1.0;  // gamma of the modularity objective; 1 = Newman's modularity
  double beta = 0.01;       // randomness of the refinement step (igraph's default)
};

struct Communities {
  Partition membership;               // communities numbered by their smallest vertex
  std::uint32_t count = 0;            // = membership.group_count
  std::optional<double> modularity;   // Q (gamma = 1) of `membership`; NA with no tie
};

// Not thread-safe: igraph 0.10.2 is built without thread-local state, and its RNG is global.
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
