#include "engine/analysis/metrics_run.hpp"

#include "engine/analysis/graph_table.hpp"
#include "engine/analysis/group_tables.hpp"
#include "engine/analysis/network_table.hpp"
#include "engine/analysis/node_table.hpp"

namespace reticulist::analysis {

std::vector<report::Table> run_metrics(const model::Dataset& ds, const std::vector<Selection>& selections,
                                       const MetricsOptions& options, bool identify, Progress& progress) {
  report::Table graph = make_graph_table(options), groups = make_groups_table(options),
                pairs = make_group_pairs_table(options), networks = make_networks_table();
  report::Table nodes("nodes", "Measures of each vertex",
                      "one row per period and vertex of the layer: what it is, then its measures");
  progress.begin("computing metrics", selections.size());
  for (std::size_t s = 0; s < selections.size(); ++s) {
    const Selection& sel = selections[s];
    const LayerView layer = build_layer(ds, options.layer, sel.events, options.coattendance);
    const Grouping grouping = group_vertices(ds, layer, options.group);
    const GraphCommunities communities = add_graph_row(graph, sel.label, layer, grouping, options);
    add_group_rows(groups, pairs, sel.label, layer, grouping);
    const model::Day last = sel.period ? sel.period->last : ds.last_day().value_or(0);
    const metrics::Partition* weighted = communities.weighted ? &*communities.weighted : nullptr;
    add_node_rows(nodes, ds, {sel.label, &layer, &grouping, &communities.unweighted, weighted, last}, options,
                  identify);
    add_network_rows(networks, ds, sel, options);
    progress.advance(s + 1);
  }
  progress.end();
  std::vector<report::Table> out;
  out.push_back(std::move(graph));
  out.push_back(std::move(groups));
  out.push_back(std::move(pairs));
  out.push_back(std::move(nodes));
  out.push_back(std::move(networks));
  return out;
}

}  // namespace reticulist::analysis
