#pragma once
// Nominal assortativity of a partition (groups as categories), unweighted (assortativity.cpp).
#include <optional>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::metrics {

struct Assortativity {
  std::optional<double> within_share;           // sum_g e_gg: share of ties inside groups; NA, no tie
  std::optional<double> expected_within_share;  // sum_g a_g^2: the same under random mixing; NA, no tie
  std::optional<double> r;                      // (within - expected) / (1 - expected); NA if undefined
};

// p.group.size() must equal g.vertex_count() (std::invalid_argument otherwise).
Assortativity assortativity(const graph::Graph& g, const Partition& p);

}  // namespace reticulist::metrics
