#pragma once
// groups.csv and group_pairs.csv of `reticulist metrics`: one row per period and group, and per
// period and pair of groups (g <= h), for the layer's graph and grouping.
#include <string>

#include "engine/layers/grouping.hpp"
#include "engine/report/metrics_options.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

// The descriptions name the layer's tie weight (options.layer, options.coattendance.weight); on
// the practitioner layer, counts of vertices are counts of people (disclosure).
report::Table make_groups_table(const MetricsOptions& options);
report::Table make_group_pairs_table(const MetricsOptions& options);

// Appends the rows of one selection (`period` is its label, or "all").
void add_group_rows(report::Table& groups, report::Table& group_pairs, const std::string& period,
                    const layers::LayerView& layer, const layers::Grouping& grouping, Progress& progress = no_progress());

}  // namespace reticulist::report
