#pragma once
// Burt's (1992) structural-hole measures per vertex: constraint, effective size and efficiency.
// Conventions (../shared/spec/metrics.md): a = tie weights (weighted) or 1 (unweighted); isolates
// are NA for all three; a pendant vertex has constraint 1; each vertex of a closed triad has
// constraint 1.125. Matches igraph_constraint and networkx constraint / effective_size /
// efficiency. Formulas and cost in structural_holes.cpp.
#include <cstddef>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

struct StructuralHolesOptions {
  bool weighted = false;  // a_ij = weight of the tie (must be positive and finite), else 1
  unsigned threads = 1;   // parallel::thread_count's meaning; the values never depend on it
  // Memory for bitsets of the highest-degree vertices' contacts, n bits each, which make a tie's
  // sums cost the smaller degree (structural_holes.cpp); unweighted only. The values never
  // depend on it.
  std::size_t neighbour_sets_bytes = std::size_t{64} << 20;
};

struct StructuralHolesResult {
  std::vector<std::optional<double>> constraint;      // C_i; NA for isolates
  std::vector<std::optional<double>> effective_size;  // ES_i; NA for isolates
  std::vector<std::optional<double>> efficiency;      // ES_i / degree_i (tie count); NA for isolates
  bool weighted = false;
};

// Reports one stage, "structural holes", counting row entries scanned and search steps (the sum
// over ties of the cheaper side, structural_holes.cpp).
StructuralHolesResult structural_holes(const graph::Graph& g, const StructuralHolesOptions& options = {},
                                       Progress& progress = no_progress());

}  // namespace reticulist::metrics
