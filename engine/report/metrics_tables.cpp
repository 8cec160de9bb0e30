#include "engine/report/metrics_tables.hpp"

#include "engine/report/graph_table.hpp"
#include "engine/report/group_tables.hpp"
#include "engine/report/network_table.hpp"
#include "engine/report/node_table.hpp"

namespace reticulist::report {

std::vector<report::Table> run_metrics(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                       const MetricsOptions& options, bool identify, Progress& progress) {
  report::Table graph = make_graph_table(options), groups = make_groups_table(options),
                pairs = make_group_pairs_table(options),
                networks = make_networks_table();
  report::Table nodes("nodes", "Measures of each vertex",
                      "one row per period and vertex of the layer: what it is, then its measures");
  for (const layers::Selection& sel : selections) {
    // Stages name their selection: "betweenness of 2022/23".
    SuffixedProgress stages(progress, " of " + sel.label);
    const auto [layer, grouping] = in_stage(stages, "building the layer", [&] {
      layers::LayerView built = layers::build_layer(ds, options.layer, sel.events, options.coattendance);
      layers::Grouping groups_of = layers::group_vertices(ds, built, options.group);
      return std::pair(std::move(built), std::move(groups_of));
    });
    const SharedMeasures shared = shared_measures(layer.graph, grouping.partition, stages, options.threads);
    const GraphCommunities communities = add_graph_row(graph, sel.label, layer, grouping, shared, options, stages);
    add_group_rows(groups, pairs, sel.label, layer, grouping, stages);
    const model::Day last = sel.period ? sel.period->last : ds.last_day().value_or(0);
    const metrics::Partition* weighted = communities.weighted ? &*communities.weighted : nullptr;
    add_node_rows(nodes, ds, {sel.label, &layer, &grouping, &communities.unweighted, weighted, last, &shared}, options,
                  identify, stages);
    add_network_rows(networks, ds, sel, options, stages);
  }
  std::vector<report::Table> out;
  out.push_back(std::move(graph));
  out.push_back(std::move(groups));
  out.push_back(std::move(pairs));
  out.push_back(std::move(nodes));
  out.push_back(std::move(networks));
  return out;
}

}  // namespace reticulist::report
