#pragma once
// `reticulist metrics` as one engine call: for each selection (a period, or the whole span),
// build the layer, group its vertices and compute every measure, into five tables:
// graph, groups, group_pairs, nodes and networks (the files of shared/spec/outputs.md).
#include <vector>

#include "engine/report/metrics_options.hpp"
#include "engine/layers/selection.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

// Tables in the order graph, groups, group_pairs, nodes, networks. `identify` adds raw
// identifiers to nodes (only when the Dataset holds them). Reports a stage per step and measure,
// named with its selection ("betweenness of 2022/23"), with a count where the work has one.
std::vector<report::Table> run_metrics(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                       const MetricsOptions& options, bool identify, Progress& progress);

}  // namespace reticulist::report
