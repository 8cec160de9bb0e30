#pragma once
// What the records of a selection of events say about each practitioner vertex of a layer: the
// latest record (its establishment, authority, role, designation and extra attributes), the
// networks they have a record in and the one with most records (their "main" network, ties to
// the lowest network id), and the first day they appear in the whole dataset (for tenure).
// Cost: O(records in the selection, with a sort) plus O(all records) for first appearances.
#include <vector>

#include "engine/graph/event_selection.hpp"
#include "engine/model/dataset.hpp"

namespace reticulist::layers {

struct PractitionerFacts {
  std::vector<std::uint64_t> latest_record;          // per vertex: index into ds.records
  std::vector<std::uint32_t> records;                // per vertex: records in the selection
  std::vector<model::NetworkId> main_network;        // per vertex
  std::vector<std::uint64_t> network_offsets;        // networks of vertex v:
  std::vector<model::NetworkId> networks;            //   networks[network_offsets[v] .. [v+1]), ascending
  std::vector<std::uint32_t> authorities_recorded;   // per vertex: distinct authorities in own records
  std::vector<model::Day> first_seen;                // per vertex: first record date in the whole dataset

  std::uint32_t network_count(std::size_t v) const {
    return static_cast<std::uint32_t>(network_offsets[v + 1] - network_offsets[v]);
  }
};

// `practitioners`: the vertices of a practitioner layer (ascending ids).
PractitionerFacts practitioner_facts(const model::Dataset& ds, const graph::EventList& events,
                                     const std::vector<model::PractitionerId>& practitioners);

}  // namespace reticulist::layers
