#pragma once
// What `reticulist metrics` computes, and how: the layer, the grouping, weights, seeds and the
// sizes beyond which exact computations give way to sampling with a stated error.
#include <cstdint>
#include <string>

#include "engine/layers/layer_view.hpp"
#include "engine/metrics/betweenness.hpp"
#include "engine/metrics/reticulist_rule.hpp"
#include "engine/graph/coattendance.hpp"

namespace reticulist::report {

struct MetricsOptions {
  layers::LayerKind layer = layers::LayerKind::Practitioner;
  std::string group = "authority";
  bool weighted = false;  // weighted variants of the measures that have one (columns say which)
  std::uint64_t seed = 1;
  graph::CoattendanceOptions coattendance;
  // Betweenness is exact (Brandes) while n·m stays under this (kExactBetweennessWork), then
  // sampled (Riondato–Kornaropoulos) within ±epsilon of the normalised value, with probability
  // 1 − delta.
  double exact_betweenness_work = metrics::kExactBetweennessWork;
  double betweenness_epsilon = 0.01;
  double betweenness_delta = 0.1;
  std::uint32_t ei_permutations = 1000;  // E-I permutation test
  metrics::ReticulistRule reticulist;
  unsigned threads = 1;
};

}  // namespace reticulist::report
