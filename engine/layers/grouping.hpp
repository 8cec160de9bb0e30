#pragma once
// The partition of a layer's vertices that group metrics use (--group): authority, sector,
// region, network, workstream, designation, or any extra column of the register, of
// networks.csv, of authorities.csv or of participation.csv.
//
//   layer          groups it takes
//   practitioner   authority, establishment, sector, region (of their latest record in the selection);
//                  network, workstream (of their main network: the one with most records);
//                  designation, role and participation.csv extra columns (latest record);
//                  register extra columns (of their establishment)
//   establishment  authority, sector, region, register extra columns
//   authority      authority (each its own), region, authorities.csv extra columns
//   network        network (each its own), workstream, networks.csv extra columns
//
// A vertex with no value gets a group of its own: "central" for the sector (or establishment)
// of centrally employed staff, "NA" otherwise; that group is part of the partition like any
// other. Groups are sorted by label, and every value the dataset knows is a group (possibly
// empty in this selection), so tables list the same groups in every period.
#include <string>
#include <string_view>
#include <vector>

#include "engine/layers/layer_view.hpp"
#include "engine/metrics/partition.hpp"

namespace reticulist::layers {

struct Grouping {
  std::string by;                   // what the groups are ("authority", "sector", ...)
  metrics::Partition partition;
  std::vector<std::string> labels;  // group -> label
};

// Throws ConfigError naming the groupings the layer takes when `by` does not apply to it.
Grouping group_vertices(const model::Dataset& ds, const LayerView& layer, std::string_view by);

// The groupings that apply to a layer of this dataset, for messages and --help.
std::vector<std::string> groupings_for(const model::Dataset& ds, LayerKind kind);

}  // namespace reticulist::layers
