#pragma once
// networks.csv of `reticulist metrics`: one row per period and network, the profile of each
// network from its own events: members and reach, how dense and how centralised its
// co-attendance is, how much of it crosses authorities, how far it depends on its top three
// brokers, and how many other networks share a member with it.
//
// A network's co-attendance graph is the projection of its own events in the period (large-event
// rule included); its members are the practitioners with a record in it, ties or not. Members
// are placed in the authority of their latest record in the network's events.
#include <string>

#include "engine/report/metrics_options.hpp"
#include "engine/layers/selection.hpp"
#include "engine/progress.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

report::Table make_networks_table();

// Reports one stage, "network profiles", counting networks.
void add_network_rows(report::Table& table, const model::Dataset& ds, const layers::Selection& selection,
                      const MetricsOptions& options, Progress& progress = no_progress());

}  // namespace reticulist::report
