#pragma once
// nodes.csv of `reticulist metrics`: one row per period and vertex, the vertex table's columns
// (what the vertex is) followed by its measures: degree and strength, betweenness, coreness,
// local clustering, Burt's structural holes, Gould–Fernandez brokerage, participation and span,
// community and E-I; on the practitioner layer also tenure and the reticulist flag with its reasons.
// Weighted variants have columns of their own (NA without --weighted): no column changes meaning.
#include <string>

#include "engine/layers/grouping.hpp"
#include "engine/report/metrics_options.hpp"
#include "engine/metrics/partition.hpp"
#include "engine/progress.hpp"
#include "engine/report/shared_measures.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

struct NodeRowsInput {
  std::string period;
  const layers::LayerView* layer = nullptr;
  const layers::Grouping* grouping = nullptr;
  const metrics::Partition* communities = nullptr;           // Leiden, from the graph row
  const metrics::Partition* communities_weighted = nullptr;  // the same with tie weights (--weighted)
  model::Day last_day = 0;                           // end of the selection (tenure is counted to it)
  const SharedMeasures* shared = nullptr;            // clustering and brokerage by the grouping (required)
};

// The table's columns depend on the layer (practitioners have more), so one table per layer.
// Appends the rows of one selection; creates the columns on first use. Reports a stage per
// measure or group of quick ones.
void add_node_rows(report::Table& nodes, const model::Dataset& ds, const NodeRowsInput& input,
                   const MetricsOptions& options, bool identify, Progress& progress = no_progress());

}  // namespace reticulist::report
