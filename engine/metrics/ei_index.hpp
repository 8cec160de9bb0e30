#pragma once
// Krackhardt and Stern's (1988) E-I index of a partition: for the whole graph, each group and
// each vertex, unweighted and weighted (`_weighted`: tie weights in place of tie counts), the
// rescaled whole-graph index, and a seeded permutation test. Formulas, conventions and costs are
// in ei_index.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/metrics/partition.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

// External (between-group) and internal (within-group) ties, by count and by weight.
struct EiTies {
  std::uint64_t external = 0;        // E
  std::uint64_t internal = 0;        // I
  double external_weight = 0;        // E_w
  double internal_weight = 0;        // I_w
  std::optional<double> ei;          // (E - I) / (E + I); NA when E + I = 0
  std::optional<double> ei_weighted; // (E_w - I_w) / (E_w + I_w); NA when E_w + I_w = 0
};

struct EiIndexResult {
  EiTies graph;                      // each tie once
  // Rescaled whole-graph index (unweighted): E's range given m and the group sizes.
  std::uint64_t external_min = 0;    // E_min = max(0, m - sum_g n_g (n_g - 1) / 2)
  std::uint64_t external_max = 0;    // E_max = min(m, sum_{g<h} n_g n_h)
  std::optional<double> ei_min;      // (2 E_min - m) / m; NA when m = 0
  std::optional<double> ei_max;      // (2 E_max - m) / m; NA when m = 0
  std::optional<double> ei_rescaled; // 2 (EI - EI_min) / (EI_max - EI_min) - 1; NA when E_max = E_min
  std::vector<EiTies> groups;        // per group: E_g, I_g; NA when the group has no tie
  std::vector<EiTies> nodes;         // per vertex: e_i, i_i; NA for an isolate
};

// Throws std::invalid_argument when the partition does not cover exactly g's vertices or names
// a group >= group_count.
EiIndexResult ei_index(const graph::Graph& g, const Partition& partition);

struct EiPermutationOptions {
  std::uint32_t permutations = 1000;  // R, at least 1
  std::uint64_t seed = 1;
  unsigned threads = 1;               // 0: one per hardware thread
  bool weighted = false;              // test the weighted whole-graph E-I instead
};

struct EiPermutationResult {
  std::uint32_t permutations = 0;
  std::uint64_t seed = 0;
  bool weighted = false;
  std::optional<double> observed;     // whole-graph E-I (weighted if asked); NA when no tie
  std::optional<double> mean;         // of the R permuted E-I
  std::optional<double> sd;           // sample standard deviation (divisor R - 1); NA when R = 1
  std::optional<double> z;            // (observed - mean) / sd; NA when sd = 0
  std::optional<double> p_greater;    // (#{EI_r >= observed} + 1) / (R + 1)
  std::optional<double> p_less;       // (#{EI_r <= observed} + 1) / (R + 1)
  std::optional<double> p_two_sided;  // min(1, 2 min(p_greater, p_less))
};

// Same preconditions as ei_index; throws std::invalid_argument when permutations = 0. Reports one
// stage, "E-I permutations" (or "weighted E-I permutations"), counting permutations.
EiPermutationResult ei_permutation_test(const graph::Graph& g, const Partition& partition,
                                        const EiPermutationOptions& options = {}, Progress& progress = no_progress());

}  // namespace reticulist::metrics
