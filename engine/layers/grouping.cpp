#include "engine/layers/grouping.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "engine/error.hpp"

namespace reticulist::layers {
namespace {

constexpr std::string_view kNoValue = "NA";
constexpr std::string_view kCentral = "central";

// A value per vertex, as text: the rule that one grouping applies.
using ValueOf = std::function<std::string(graph::Vertex)>;

// The rules a layer takes, by name; `all_values` lists what the dataset knows, so that groups
// empty in the selection still appear.
struct Rule {
  std::string name;
  ValueOf value_of;
  std::vector<std::string> all_values;
};

std::string or_na(const std::string& s) { return s.empty() ? std::string(kNoValue) : s; }

std::vector<std::string> distinct_non_empty(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) out.push_back(or_na(v));
  return out;
}

std::vector<std::string> sector_values() {
  std::vector<std::string> out;
  for (int s = 0; s < model::kSectorCount; ++s) out.emplace_back(model::sector_name(static_cast<model::Sector>(s)));
  return out;
}

std::vector<std::string> role_values() {
  std::vector<std::string> out;
  for (int r = 0; r < model::kRoleCount; ++r) out.emplace_back(model::role_name(static_cast<model::Role>(r)));
  return out;
}

// Rules over an establishment id (for practitioners: their latest establishment).
void add_establishment_rules(std::vector<Rule>& rules, const model::Dataset& ds,
                             std::function<model::EstablishmentId(graph::Vertex)> est_of, bool central_group) {
  const auto& est = ds.establishments;
  const std::string none(central_group ? kCentral : kNoValue);
  // Central staff are a group in every period, present or not, so tables line up across periods.
  const auto with_central = [&](std::vector<std::string> values) {
    if (central_group) values.push_back(none);
    return values;
  };
  rules.push_back({"establishment", [&ds, est_of, none](graph::Vertex v) {
                     const auto e = est_of(v);
                     return e == model::kNone ? none : ds.establishments.id[e];
                   }, with_central(distinct_non_empty(est.id))});
  rules.push_back({"sector", [&ds, est_of, none](graph::Vertex v) {
                     const auto e = est_of(v);
                     return e == model::kNone ? none : std::string(model::sector_name(ds.establishments.sector[e]));
                   }, with_central(sector_values())});
  for (std::size_t c = 0; c < est.extra.names.size(); ++c) {
    const auto* column = &est.extra.values[c];
    rules.push_back({est.extra.names[c], [column, est_of, none](graph::Vertex v) {
                       const auto e = est_of(v);
                       return e == model::kNone ? none : or_na((*column)[e]);
                     }, with_central(distinct_non_empty(*column))});
  }
}

// Rules over an authority id.
void add_authority_rules(std::vector<Rule>& rules, const model::Dataset& ds,
                         std::function<model::AuthorityId(graph::Vertex)> authority_of) {
  const auto& a = ds.authorities;
  rules.push_back({"authority", [&a, authority_of](graph::Vertex v) {
                     const auto id = authority_of(v);
                     return id == model::kNone ? std::string(kNoValue) : a.id[id];
                   }, a.id});
  rules.push_back({"region", [&a, authority_of](graph::Vertex v) {
                     const auto id = authority_of(v);
                     return id == model::kNone ? std::string(kNoValue) : or_na(a.region[id]);
                   }, distinct_non_empty(a.region)});
  for (std::size_t c = 0; c < a.extra.names.size(); ++c) {
    const auto* column = &a.extra.values[c];
    rules.push_back({a.extra.names[c], [column, authority_of](graph::Vertex v) {
                       const auto id = authority_of(v);
                       return id == model::kNone ? std::string(kNoValue) : or_na((*column)[id]);
                     }, distinct_non_empty(*column)});
  }
}

// Rules over a network id.
void add_network_rules(std::vector<Rule>& rules, const model::Dataset& ds,
                       std::function<model::NetworkId(graph::Vertex)> network_of) {
  const auto& n = ds.networks;
  rules.push_back({"network", [&n, network_of](graph::Vertex v) { return n.id[network_of(v)]; }, n.id});
  rules.push_back({"workstream", [&n, network_of](graph::Vertex v) { return or_na(n.workstream[network_of(v)]); },
                   distinct_non_empty(n.workstream)});
  for (std::size_t c = 0; c < n.extra.names.size(); ++c) {
    const auto* column = &n.extra.values[c];
    rules.push_back({n.extra.names[c], [column, network_of](graph::Vertex v) { return or_na((*column)[network_of(v)]); },
                     distinct_non_empty(*column)});
  }
}

void add_record_rules(std::vector<Rule>& rules, const model::Dataset& ds, const LayerView& layer) {
  const auto& rec = ds.records;
  const auto* latest = &layer.facts.latest_record;
  rules.push_back({"designation", [&ds, latest](graph::Vertex v) {
                     const auto d = ds.records.designation[(*latest)[v]];
                     return d == model::kNone ? std::string(kNoValue) : ds.designations[d];
                   }, distinct_non_empty(ds.designations)});
  rules.push_back({"role", [&ds, latest](graph::Vertex v) {
                     return std::string(model::role_name(ds.records.role[(*latest)[v]]));
                   }, role_values()});
  for (std::size_t c = 0; c < rec.extra.names.size(); ++c) {
    const auto* dictionary = &rec.extra.dictionary[c];
    const auto* codes = &rec.extra.codes[c];
    rules.push_back({rec.extra.names[c], [dictionary, codes, latest](graph::Vertex v) {
                       return or_na((*dictionary)[(*codes)[(*latest)[v]]]);
                     }, distinct_non_empty(*dictionary)});
  }
}

std::vector<Rule> rules_for(const model::Dataset& ds, const LayerView& layer) {
  std::vector<Rule> rules;
  const auto* entity = &layer.entity;
  switch (layer.kind) {
    case LayerKind::Practitioner: {
      const auto* aff = &layer.affiliation;
      const auto* facts = &layer.facts;
      add_authority_rules(rules, ds, [aff](graph::Vertex v) { return aff->authority[v]; });
      add_establishment_rules(rules, ds, [aff](graph::Vertex v) { return aff->establishment[v]; }, true);
      add_network_rules(rules, ds, [facts](graph::Vertex v) { return facts->main_network[v]; });
      add_record_rules(rules, ds, layer);
      break;
    }
    case LayerKind::Establishment:
      add_authority_rules(rules, ds, [&ds, entity](graph::Vertex v) { return ds.establishments.authority[(*entity)[v]]; });
      add_establishment_rules(rules, ds, [entity](graph::Vertex v) { return (*entity)[v]; }, false);
      break;
    case LayerKind::Authority:
      add_authority_rules(rules, ds, [entity](graph::Vertex v) { return (*entity)[v]; });
      break;
    case LayerKind::Network:
      add_network_rules(rules, ds, [entity](graph::Vertex v) { return (*entity)[v]; });
      break;
  }
  return rules;
}

}  // namespace

std::vector<std::string> groupings_for(const model::Dataset& ds, LayerKind kind) {
  LayerView empty;
  empty.kind = kind;
  std::vector<std::string> names;
  for (const auto& rule : rules_for(ds, empty)) names.push_back(rule.name);
  return names;
}

Grouping group_vertices(const model::Dataset& ds, const LayerView& layer, std::string_view by) {
  const auto rules = rules_for(ds, layer);
  const auto rule = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.name == by; });
  if (rule == rules.end()) {
    std::string names;
    for (const auto& r : rules) names += (names.empty() ? "" : ", ") + r.name;
    throw ConfigError("--group " + std::string(by) + " does not apply to the " + std::string(layer_name(layer.kind)) +
                      " layer; it takes: " + names);
  }
  const std::uint32_t n = layer.graph.vertex_count();
  std::vector<std::string> values(n);
  for (graph::Vertex v = 0; v < n; ++v) values[v] = rule->value_of(v);

  std::vector<std::string> labels = rule->all_values;
  labels.insert(labels.end(), values.begin(), values.end());
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());

  Grouping out{rule->name, {}, labels};
  out.partition.group_count = static_cast<std::uint32_t>(labels.size());
  out.partition.group.resize(n);
  for (graph::Vertex v = 0; v < n; ++v) {
    out.partition.group[v] = static_cast<std::uint32_t>(
        std::lower_bound(labels.begin(), labels.end(), values[v]) - labels.begin());
  }
  return out;
}

}  // namespace reticulist::layers
