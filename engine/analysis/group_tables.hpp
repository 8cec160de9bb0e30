#pragma once
// groups.csv and group_pairs.csv of `reticulist metrics`: one row per period and group, and per
// period and pair of groups (g <= h), for the layer's graph and grouping.
#include <string>

#include "engine/analysis/grouping.hpp"
#include "engine/analysis/metrics_options.hpp"
#include "engine/report/table.hpp"

namespace reticulist::analysis {

// The descriptions name the layer's tie weight (options.layer, options.coattendance.weight).
report::Table make_groups_table(const MetricsOptions& options);
report::Table make_group_pairs_table(const MetricsOptions& options);

// Appends the rows of one selection (`period` is its label, or "all").
void add_group_rows(report::Table& groups, report::Table& group_pairs, const std::string& period,
                    const LayerView& layer, const Grouping& grouping);

}  // namespace reticulist::analysis
