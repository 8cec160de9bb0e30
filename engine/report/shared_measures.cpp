#include "engine/report/shared_measures.hpp"

namespace reticulist::report {

SharedMeasures shared_measures(const graph::Graph& g, const metrics::Partition& groups, Progress& progress) {
  return {metrics::clustering(g, progress), metrics::brokerage(g, groups, progress)};
}

}  // namespace reticulist::report
