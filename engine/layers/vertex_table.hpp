#pragma once
// What each vertex of a layer is, as a table (one row per vertex, in vertex order): the first
// columns of nodes.csv and the vertex attributes of every export. Column 0 is the vertex id
// (pseudonym, SEED code, authority id or network id).
//
//   practitioner   practitioner, [identifier with --identify], establishment, authority, sector,
//                  main_network, networks, authorities_recorded, records, role, designation
//   establishment  establishment, name, authority, sector, roll, staff, practitioners, ties_inside
//   authority      authority, name, region, practitioners, ties_inside
//   network        network, name, workstream, members
#include "engine/layers/layer_view.hpp"
#include "engine/report/table.hpp"

namespace reticulist::layers {

// `identify`: add the raw identifier (only when the Dataset holds identities, i.e. --identify).
report::Table vertex_table(const model::Dataset& ds, const LayerView& layer, bool identify);

}  // namespace reticulist::layers
