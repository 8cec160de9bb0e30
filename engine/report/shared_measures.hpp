#pragma once
// The measures that both `metrics`' graph row and its node rows read: local clustering (the
// graph's transitivity and average clustering come from the same pass) and Gould-Fernandez
// brokerage (the graph's counts and z-scores come with each vertex's). Each walks every vertex's
// neighbour pairs, Σ deg² work that dominates `metrics` on large layers, so a selection computes
// them once and hands them to both.
#include "engine/graph/graph.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/clustering.hpp"
#include "engine/metrics/partition.hpp"
#include "engine/progress.hpp"

namespace reticulist::report {

struct SharedMeasures {
  metrics::Clustering clustering;
  metrics::BrokerageResult brokerage;
};

SharedMeasures shared_measures(const graph::Graph& g, const metrics::Partition& groups, Progress& progress = no_progress());

}  // namespace reticulist::report
