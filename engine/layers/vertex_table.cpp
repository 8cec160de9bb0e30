#include "engine/layers/vertex_table.hpp"

namespace reticulist::layers {
namespace {

using report::ColumnType;
using report::Value;

Value text_or_na(const std::string& s) { return s.empty() ? Value() : Value(s); }
Value real_or_na(double v) { return model::known(v) ? Value(v) : Value(); }

report::Table practitioners(const model::Dataset& ds, const LayerView& layer, bool identify) {
  const bool with_identity = identify && !ds.identities.empty();
  report::Table t("vertices", "Practitioners", "one row per practitioner with a record in the selection");
  t.add_column("practitioner", ColumnType::Text, "pseudonym (keyed hash of the identifier)", report::Holds::Person);
  if (with_identity) {
    t.add_column("identifier", ColumnType::Text,
                 "raw identifier as first written in participation.csv (personal data: --identify)",
                 report::Holds::Person);
  }
  t.add_column("establishment", ColumnType::Text, "establishment of their latest record (NA: central staff)");
  t.add_column("authority", ColumnType::Text, "authority of their latest record");
  t.add_column("sector", ColumnType::Text, "sector of that establishment, or central");
  t.add_column("main_network", ColumnType::Text, "the network with most of their records (ties: lowest id)");
  t.add_column("networks", ColumnType::Integer, "networks they have a record in");
  t.add_column("authorities_recorded", ColumnType::Integer, "distinct authorities in their own records (>1: they moved)");
  t.add_column("records", ColumnType::Integer, "records in the selection");
  t.add_column("role", ColumnType::Text, "role in their latest record");
  t.add_column("designation", ColumnType::Text, "designation (post) in their latest record");
  const auto& f = layer.facts;
  std::vector<Value> row;
  for (graph::Vertex v = 0; v < layer.graph.vertex_count(); ++v) {
    const auto p = layer.entity[v];
    const auto est = layer.affiliation.establishment[v];
    const auto r = f.latest_record[v];
    const auto d = ds.records.designation[r];
    row.clear();
    row.emplace_back(ds.pseudonyms[p]);
    if (with_identity) row.emplace_back(ds.identities[p]);
    row.emplace_back(est == model::kNone ? Value() : Value(ds.establishments.id[est]));
    row.emplace_back(ds.authorities.id[layer.affiliation.authority[v]]);
    row.emplace_back(est == model::kNone ? std::string("central")
                                         : std::string(model::sector_name(ds.establishments.sector[est])));
    row.emplace_back(ds.networks.id[f.main_network[v]]);
    row.emplace_back(f.network_count(v));
    row.emplace_back(f.authorities_recorded[v]);
    row.emplace_back(f.records[v]);
    row.emplace_back(model::role_name(ds.records.role[r]));
    row.emplace_back(d == model::kNone ? Value() : Value(ds.designations[d]));
    t.append_row(row);
  }
  return t;
}

report::Table establishments(const model::Dataset& ds, const LayerView& layer) {
  report::Table t("vertices", "Establishments", "one row per establishment with a practitioner placed in it");
  t.add_column("establishment", ColumnType::Text, "SEED code (or the name given, outside the register)");
  t.add_column("name", ColumnType::Text, "name", report::Holds::Detail);
  t.add_column("authority", ColumnType::Text, "authority");
  t.add_column("sector", ColumnType::Text, "sector");
  t.add_column("roll", ColumnType::Real, "pupils (register)");
  t.add_column("staff", ColumnType::Real, "teaching staff FTE (register)");
  t.add_column("practitioners", ColumnType::Integer, "practitioners placed here (latest record in the selection)", report::Holds::PeopleCount);
  t.add_column("ties_inside", ColumnType::Integer, "co-attendance ties between its own practitioners");
  const auto& e = ds.establishments;
  for (graph::Vertex v = 0; v < layer.graph.vertex_count(); ++v) {
    const auto id = layer.entity[v];
    t.append_row({e.id[id], text_or_na(e.name[id]), ds.authorities.id[e.authority[id]], model::sector_name(e.sector[id]),
                  real_or_na(e.roll[id]), real_or_na(e.staff[id]), layer.members[v], layer.internal_ties[v]});
  }
  return t;
}

report::Table authorities(const model::Dataset& ds, const LayerView& layer) {
  report::Table t("vertices", "Authorities", "one row per authority with a practitioner placed in it");
  t.add_column("authority", ColumnType::Text, "authority id");
  t.add_column("name", ColumnType::Text, "name", report::Holds::Detail);
  t.add_column("region", ColumnType::Text, "regional improvement collaborative", report::Holds::Detail);
  t.add_column("practitioners", ColumnType::Integer, "practitioners placed here (latest record in the selection)", report::Holds::PeopleCount);
  t.add_column("ties_inside", ColumnType::Integer, "co-attendance ties between its own practitioners");
  const auto& a = ds.authorities;
  for (graph::Vertex v = 0; v < layer.graph.vertex_count(); ++v) {
    const auto id = layer.entity[v];
    t.append_row({a.id[id], text_or_na(a.name[id]), text_or_na(a.region[id]), layer.members[v], layer.internal_ties[v]});
  }
  return t;
}

report::Table networks(const model::Dataset& ds, const LayerView& layer) {
  report::Table t("vertices", "Networks", "one row per network with a record in the selection");
  t.add_column("network", ColumnType::Text, "network id");
  t.add_column("name", ColumnType::Text, "name", report::Holds::Detail);
  t.add_column("workstream", ColumnType::Text, "workstream (networks.csv)");
  t.add_column("members", ColumnType::Integer, "practitioners with a record in the network", report::Holds::PeopleCount);
  const auto& n = ds.networks;
  for (graph::Vertex v = 0; v < layer.graph.vertex_count(); ++v) {
    const auto id = layer.entity[v];
    t.append_row({n.id[id], text_or_na(n.name[id]), text_or_na(n.workstream[id]), layer.members[v]});
  }
  return t;
}

}  // namespace

report::Table vertex_table(const model::Dataset& ds, const LayerView& layer, bool identify) {
  switch (layer.kind) {
    case LayerKind::Practitioner: return practitioners(ds, layer, identify);
    case LayerKind::Establishment: return establishments(ds, layer);
    case LayerKind::Authority: return authorities(ds, layer);
    case LayerKind::Network: return networks(ds, layer);
  }
  return practitioners(ds, layer, identify);
}

}  // namespace reticulist::layers
