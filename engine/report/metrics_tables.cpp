#include "engine/report/metrics_tables.hpp"

#include "engine/report/graph_table.hpp"
#include "engine/report/group_tables.hpp"
#include "engine/report/network_table.hpp"
#include "engine/report/node_table.hpp"

namespace reticulist::report {

std::vector<report::Table> run_metrics(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                       const MetricsOptions& options, bool identify, Progress& progress) {
  report::Table graph = make_graph_table(options.layer), groups = make_groups_table(options.layer),
                pairs = make_group_pairs_table(options.layer),
                networks = make_networks_table();
  report::Table nodes("nodes", "Measures of each vertex",
                      "one row per period and vertex of the layer: what it is, then its measures");
  progress.begin("computing metrics", selections.size());
  for (std::size_t s = 0; s < selections.size(); ++s) {
    const layers::Selection& sel = selections[s];
    const layers::LayerView layer = layers::build_layer(ds, options.layer, sel.events, options.coattendance);
    const layers::Grouping grouping = layers::group_vertices(ds, layer, options.group);
    const metrics::Partition communities = add_graph_row(graph, sel.label, layer, grouping, options);
    add_group_rows(groups, pairs, sel.label, layer, grouping);
    const model::Day last = sel.period ? sel.period->last : ds.last_day().value_or(0);
    add_node_rows(nodes, ds, {sel.label, &layer, &grouping, &communities, last}, options, identify);
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

}  // namespace reticulist::report
