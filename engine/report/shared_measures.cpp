#include "engine/report/shared_measures.hpp"

namespace reticulist::report {

SharedMeasures shared_measures(const graph::Graph& g, const metrics::Partition& groups, Progress& progress,
                               unsigned threads) {
  const metrics::TriangleCounts triangles =
      metrics::count_triangles(g, {.groups = &groups, .threads = threads, .stage = "clustering"}, progress);
  SharedMeasures shared;
  shared.clustering = metrics::clustering(g, triangles);
  shared.brokerage = in_stage(progress, "brokerage", [&] { return metrics::brokerage(g, groups, triangles); });
  return shared;
}

}  // namespace reticulist::report
