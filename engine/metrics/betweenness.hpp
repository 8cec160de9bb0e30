#pragma once
// Betweenness centrality of every vertex: exact (Brandes 2001) or sampled with a guaranteed
// error (Riondato & Kornaropoulos 2016). Conventions (../shared/spec/metrics.md):
//   raw        = sum over unordered pairs {s,t}, s != v != t, of sigma_st(v) / sigma_st
//                (networkx normalized=False, igraph_betweenness on an undirected graph);
//   normalised = raw / ((n-1)(n-2)/2), NA when n < 3.
// Weighted betweenness uses 1/weight as the length of a tie: stronger ties are shorter.
// The formulas, error bounds and costs are in betweenness.cpp (exact) and betweenness_sampled.cpp.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph/graph.hpp"
#include "engine/progress.hpp"

namespace reticulist::metrics {

enum class BetweennessMethod { exact, approximate };

// Default for the callers that choose between the methods (metrics, whatif): exact while n·m
// (vertices × ties, Brandes' work) stays at or under this, a few seconds on 2 cores; sampled
// above, where exact work would dominate the run (S-scale whole span, 3.6e9: 55 s exact, 1.5 s
// sampled with epsilon 0.01). Exact on request with a larger --exact-betweenness-work.
inline constexpr double kExactBetweennessWork = 1e9;

struct BetweennessOptions {
  BetweennessMethod method = BetweennessMethod::exact;
  bool weighted = false;   // length of a tie = 1 / weight; weights must be positive and finite
  double epsilon = 0.01;   // approximate: additive error bound on the *normalised* value, in (0, 1)
  double delta = 0.1;      // approximate: probability that some vertex misses the bound, in (0, 1)
  std::uint64_t seed = 1;  // approximate: results depend on the seed only, not on `threads`
  unsigned threads = 1;    // 0 = all hardware threads
};

struct BetweennessResult {
  std::vector<double> raw;                        // per vertex, unordered pairs once (estimate if sampled)
  std::vector<std::optional<double>> normalised;  // raw / ((n-1)(n-2)/2); NA when n < 3
  // What was done. `method` is `exact` also when sampling was asked for on a graph whose
  // shortest paths have no interior vertex (vertex diameter <= 2): every value is then exactly 0.
  BetweennessMethod method = BetweennessMethod::exact;
  bool weighted = false;
  std::uint64_t samples = 0;           // r, shortest paths sampled (0 when exact)
  double epsilon = 0;                  // as asked: |normalised - exact normalised| <= epsilon ...
  double delta = 0;                    // ... for every vertex at once, with probability >= 1 - delta
  double epsilon_rk = 0;               // the same bound on RK's n(n-1) scale: epsilon (n-2)/n
  std::uint64_t vertex_diameter_bound = 0;  // VD bound that sized r (see betweenness_sampled.cpp)
  std::uint64_t seed = 0;
};

// Reports one stage, "betweenness" (or "weighted betweenness"), counting sources searched (exact)
// or paths sampled.
BetweennessResult betweenness(const graph::Graph& g, const BetweennessOptions& options = {},
                              Progress& progress = no_progress());

}  // namespace reticulist::metrics
