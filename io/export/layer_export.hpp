#pragma once
// A layer of the model as an ExportGraph: the vertex table of layers::vertex_table, the
// Jaccard overlap as an edge attribute of the network-of-networks layer, and, when periods are
// given, GEXF time spells: a vertex is present in the periods in which it is in that period's
// layer, an edge in the periods in which that period's layer has it. (On the aggregated layers
// a period's placement may differ from the whole span's, when people moved: a period tie that
// the whole-span graph does not have gives no spell, and the edge is shown throughout.)
// Cost: one layer build per period on top of the whole-span one.
#include "engine/layers/layer_view.hpp"
#include "engine/model/periods.hpp"
#include "io/export/export_graph.hpp"

namespace reticulist::io {

// `layer` (the whole span) must outlive the result, which points at its graph.
ExportGraph export_layer(const model::Dataset& ds, const layers::LayerView& layer, const model::Periods* periods,
                         const graph::CoattendanceOptions& options, bool identify);

}  // namespace reticulist::io
