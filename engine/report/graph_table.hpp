#pragma once
// graph.csv of `reticulist metrics`: one row per period with the whole-graph measures of the
// layer: size, density, components, clustering, cores, distances, communities, homophily.
// Each column's description names its convention (shared/spec/metrics.md).
#include <string>

#include "engine/layers/grouping.hpp"
#include "engine/report/metrics_options.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

report::Table make_graph_table(layers::LayerKind kind);

// Appends the row of one selection. Also returns the Leiden membership (for nodes.csv). Reports
// a stage per measure or group of quick ones.
metrics::Partition add_graph_row(report::Table& table, const std::string& period, const layers::LayerView& layer,
                                 const layers::Grouping& grouping, const MetricsOptions& options,
                                 Progress& progress = no_progress());

}  // namespace reticulist::report
