#pragma once
// One layer of the model for one selection of events (a period, or the whole span), ready for
// metrics: the graph, what each vertex stands for, and the facts the tables need beside it.
//
//   practitioner   co-attendance (graph::coattendance, large-event rule), weight = shared events
//                  (or Newman's weight); every practitioner with a record is a vertex
//   establishment  aggregated from co-attendance (graph::aggregate), weight = practitioner ties;
//                  the establishments with a placed practitioner are vertices
//   authority      the same by authority
//   network        network of networks (graph::network_overlap), weight = shared members
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/layers/practitioner_facts.hpp"
#include "engine/graph/affiliation.hpp"
#include "engine/graph/coattendance.hpp"
#include "engine/graph/graph.hpp"

namespace reticulist::layers {

enum class LayerKind { Practitioner, Establishment, Authority, Network };

std::string_view layer_name(LayerKind kind);  // practitioner, establishment, authority, network
std::optional<LayerKind> parse_layer_kind(std::string_view text);

// What a tie's weight counts on the layer, for column descriptions: "events the two shared",
// Newman's weight (practitioner layer with TieWeight::Newman), "practitioner ties between them"
// or "members the two networks share".
std::string tie_weight_text(LayerKind kind, graph::TieWeight weight);

struct LayerView {
  LayerKind kind = LayerKind::Practitioner;
  graph::Graph graph;
  std::vector<std::uint32_t> entity;  // vertex -> practitioner, establishment, authority or network id
  std::vector<std::uint32_t> members;  // practitioners per vertex (1 on the practitioner layer)
  std::vector<std::uint64_t> internal_ties;  // aggregated layers: practitioner ties inside the vertex
  graph::CoattendanceStats coattendance;     // the projection the layer came from (not for network)
  // Practitioner layer: the practitioner graph's affiliation and record facts per vertex.
  graph::Affiliation affiliation;
  PractitionerFacts facts;
};

LayerView build_layer(const model::Dataset& ds, LayerKind kind, const graph::EventList& events,
                      const graph::CoattendanceOptions& options);

// The vertex as tables show it: pseudonym, establishment id (SEED code), authority id or network id.
const std::string& vertex_label(const model::Dataset& ds, const LayerView& layer, graph::Vertex v);

}  // namespace reticulist::layers
