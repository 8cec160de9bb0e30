#pragma once
// graph.csv of `reticulist metrics`: one row per period with the whole-graph measures of the
// layer: size, density, components, clustering, cores, distances, communities, homophily.
// Each column's description names its convention (shared/spec/metrics.md); no column changes
// meaning with --weighted or --newman: weighted variants have columns of their own.
#include <optional>
#include <string>

#include "engine/layers/grouping.hpp"
#include "engine/report/metrics_options.hpp"
#include "engine/progress.hpp"
#include "engine/report/shared_measures.hpp"
#include "engine/report/table.hpp"

namespace reticulist::report {

// On the practitioner layer a vertex is a person, so a count of vertices counts people (and
// disclosure control protects it); on the other layers it counts establishments, authorities or
// networks. The groups tables use it too.
report::Holds vertex_count_holds(layers::LayerKind kind);

// The descriptions name the layer's tie weight (options.layer, options.coattendance.weight).
report::Table make_graph_table(const MetricsOptions& options);

// The Leiden memberships of the graph row, for nodes.csv.
struct GraphCommunities {
  metrics::Partition unweighted;
  std::optional<metrics::Partition> weighted;  // with options.weighted
};

// Appends the row of one selection. Reports a stage per measure or group of quick ones.
// `shared`: clustering and brokerage of the layer's graph by the grouping (shared_measures).
GraphCommunities add_graph_row(report::Table& table, const std::string& period, const layers::LayerView& layer,
                               const layers::Grouping& grouping, const SharedMeasures& shared,
                               const MetricsOptions& options, Progress& progress = no_progress());

}  // namespace reticulist::report
