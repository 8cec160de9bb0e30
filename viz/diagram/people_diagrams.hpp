#pragma once
// Diagrams of people and places from a layer (engine/layers/layer_view.hpp), for the officer
// view only: they show pseudonyms (tooltips, ego labels), so the caller keeps them out of the
// board view.
//   - practitioners_diagram: the co-attendance graph of a period, thousands of people and about
//     150,000 ties, made legible by its backbone (graph::backbone: the disparity filter, then the
//     strongest ties up to a cap, then only people left with a tie); coloured by authority, the
//     reticulists highlighted, the rule printed on the figure;
//   - ego_diagram: one practitioner or establishment and its ties to its neighbours (the strongest,
//     up to a cap said on the figure). Ties among the neighbours are left out: on the co-attendance
//     layer everyone met at one event is tied to everyone else there, and those cliques hid the
//     ego's own ties.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph/coattendance.hpp"
#include "engine/layers/layer_view.hpp"
#include "engine/report/table.hpp"
#include "viz/diagram/diagram.hpp"

namespace reticulist::viz {

struct PractitionersDiagramOptions {
  std::string title;  // empty: "Who works with whom: the backbone of practitioners' ties, <period>"
  double alpha = 0.05;              // disparity filter level
  std::uint64_t max_ties = 1500;    // then at most this many ties, the strongest
  graph::TieWeight weight = graph::TieWeight::SharedEvents;  // what the layer's weights are (legend)
};

// `layer`: a practitioner layer; `reticulist`: per vertex of the layer, flagged or not (empty:
// nobody highlighted; see reticulist_flags). The layout for this size is sfdp (choose_layout).
Diagram practitioners_diagram(const model::Dataset& ds, const layers::LayerView& layer, const std::vector<bool>& reticulist,
                              const std::string& period, const PractitionersDiagramOptions& options = {});

// The reticulist column of nodes.csv (`reticulist metrics`' nodes table, officer view) for the
// rows of `period`, per vertex of `layer` (matched by pseudonym; false for anyone not found).
// Throws ConfigError when the table has no practitioner or reticulist column.
std::vector<bool> reticulist_flags(const report::Table& nodes, const std::string& period, const model::Dataset& ds,
                                   const layers::LayerView& layer);

// The vertex whose label (layers::vertex_label: a pseudonym, SEED code, authority or network id)
// is `label`; nullopt when there is none.
std::optional<graph::Vertex> find_vertex(const model::Dataset& ds, const layers::LayerView& layer, std::string_view label);

struct EgoDiagramOptions {
  std::string title;  // empty: "<who> and their (its) strongest ties, <period>"
  std::size_t max_neighbours = 30;
  graph::TieWeight weight = graph::TieWeight::SharedEvents;
};

// `ego` on a practitioner or establishment layer (others work too, labelled by id).
Diagram ego_diagram(const model::Dataset& ds, const layers::LayerView& layer, graph::Vertex ego,
                    const std::string& period, const EgoDiagramOptions& options = {});

}  // namespace reticulist::viz
