#include "engine/layers/layer_view.hpp"

#include "engine/graph/aggregate.hpp"
#include "engine/graph/affiliation.hpp"
#include "engine/graph/membership.hpp"
#include "engine/graph/network_overlap.hpp"

namespace reticulist::layers {

std::string_view layer_name(LayerKind kind) {
  switch (kind) {
    case LayerKind::Practitioner: return "practitioner";
    case LayerKind::Establishment: return "establishment";
    case LayerKind::Authority: return "authority";
    case LayerKind::Network: return "network";
  }
  return "practitioner";
}

std::optional<LayerKind> parse_layer_kind(std::string_view text) {
  for (auto k : {LayerKind::Practitioner, LayerKind::Establishment, LayerKind::Authority, LayerKind::Network}) {
    if (text == layer_name(k)) return k;
  }
  return std::nullopt;
}

std::string tie_weight_text(LayerKind kind, graph::TieWeight weight) {
  switch (kind) {
    case LayerKind::Practitioner:
      return weight == graph::TieWeight::Newman
                 ? "Newman's collaboration weight, the sum over the events the two shared of 1/(n - 1) for n attendees"
                 : "events the two shared";
    case LayerKind::Establishment:
    case LayerKind::Authority: return "practitioner ties between them";
    case LayerKind::Network: return "members the two networks share";
  }
  return "events the two shared";
}

LayerView build_layer(const model::Dataset& ds, LayerKind kind, const graph::EventList& events,
                      const graph::CoattendanceOptions& options) {
  LayerView out;
  out.kind = kind;
  if (kind == LayerKind::Network) {
    auto overlap = graph::network_overlap(graph::membership(ds, events));
    out.graph = std::move(overlap.graph);
    out.entity = std::move(overlap.network);
    out.members = std::move(overlap.members);
    return out;
  }
  graph::PractitionerLayer practitioners = graph::coattendance(ds, events, options);
  out.coattendance = practitioners.stats;
  graph::Affiliation affiliation = graph::affiliation(ds, events, practitioners.practitioner);
  if (kind == LayerKind::Practitioner) {
    out.affiliation = std::move(affiliation);
    out.facts = practitioner_facts(ds, events, practitioners.practitioner);
    out.graph = std::move(practitioners.graph);
    out.entity = std::move(practitioners.practitioner);
    out.members.assign(out.entity.size(), 1);
    return out;
  }
  const auto& group_of =
      kind == LayerKind::Establishment ? affiliation.establishment : affiliation.authority;
  graph::GroupLayer groups = graph::aggregate(practitioners, group_of);
  out.graph = std::move(groups.graph);
  out.entity = std::move(groups.entity);
  out.members = std::move(groups.members);
  out.internal_ties = std::move(groups.internal_ties);
  return out;
}

const std::string& vertex_label(const model::Dataset& ds, const LayerView& layer, graph::Vertex v) {
  const std::uint32_t id = layer.entity[v];
  switch (layer.kind) {
    case LayerKind::Practitioner: return ds.pseudonyms[id];
    case LayerKind::Establishment: return ds.establishments.id[id];
    case LayerKind::Authority: return ds.authorities.id[id];
    case LayerKind::Network: return ds.networks.id[id];
  }
  return ds.pseudonyms[id];
}

}  // namespace reticulist::layers
