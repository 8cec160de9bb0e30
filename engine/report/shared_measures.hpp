#pragma once
// The measures that both `metrics`' graph row and its node rows read: local clustering (the
// graph's transitivity and average clustering come from the same pass) and Gould-Fernandez
// brokerage (the graph's counts and z-scores come with each vertex's). Both rest on the graph's
// triangles, so a selection lists them once (count_triangles with the groups) and hands the
// two measures to both tables.
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

// Stages: "clustering" (the triangle listing, on `threads` threads), then "brokerage" (the
// roles' open pairs and sna's null model). The result does not depend on `threads`.
SharedMeasures shared_measures(const graph::Graph& g, const metrics::Partition& groups,
                               Progress& progress = no_progress(), unsigned threads = 1);

}  // namespace reticulist::report
