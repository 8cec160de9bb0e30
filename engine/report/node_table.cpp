#include "engine/report/node_table.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/layers/vertex_table.hpp"
#include "engine/metrics/betweenness.hpp"
#include "engine/metrics/brokerage.hpp"
#include "engine/metrics/clustering.hpp"
#include "engine/metrics/coreness.hpp"
#include "engine/metrics/ei_index.hpp"
#include "engine/metrics/participation.hpp"
#include "engine/metrics/span.hpp"
#include "engine/metrics/structural_holes.hpp"

namespace reticulist::report {
namespace {

using report::ColumnType;
using report::Value;

Value cell(const report::Table& t, std::size_t row, std::size_t col) {
  if (t.is_na(row, col)) return Value();
  switch (t.column(col).type) {
    case ColumnType::Integer: return t.integer(row, col);
    case ColumnType::Real: return t.real(row, col);
    case ColumnType::Text: return t.text(row, col);
    case ColumnType::Boolean: return t.boolean(row, col);
  }
  return Value();
}

struct Measure {
  const char* name;
  ColumnType type;
  const char* description;
  bool names_weight = false;  // the description ends with what a tie's weight is on the layer
};

// The measure columns after the vertex table's, in order (practitioner-only ones flagged). Each
// weighted variant has a column of its own, NA unless --weighted.
const Measure kMeasures[] = {
    {"group", ColumnType::Text, "the vertex's group (--group)"},
    {"degree", ColumnType::Integer, "ties (unweighted)"},
    {"strength", ColumnType::Real, "sum of tie weights", true},
    {"betweenness", ColumnType::Real,
     "Brandes betweenness, unweighted, each unordered pair {s,t} once (igraph; networkx normalized=False)"},
    {"betweenness_normalised", ColumnType::Real, "betweenness / ((n - 1)(n - 2) / 2); NA for n < 3"},
    {"betweenness_weighted", ColumnType::Real,
     "the same with 1/weight as the length of a tie (stronger ties are shorter); NA unless --weighted", true},
    {"betweenness_weighted_normalised", ColumnType::Real,
     "weighted betweenness / ((n - 1)(n - 2) / 2); NA unless --weighted"},
    {"betweenness_method", ColumnType::Text,
     "exact (Brandes), or sampled:<paths>:eps=<e>:delta=<d> (Riondato-Kornaropoulos: normalised values within "
     "+-eps with probability 1 - delta)"},
    {"coreness", ColumnType::Integer, "k-core number (unweighted; Batagelj & Zaversnik 2003)"},
    {"clustering", ColumnType::Real, "local clustering coefficient; NA for degree < 2"},
    {"constraint", ColumnType::Real,
     "Burt's constraint sum_j (p_ij + sum_q p_iq p_qj)^2, p_ij = a_ij / sum_k a_ik, each tie once (a_ij = 1; "
     "1992; igraph, networkx): high = ties to one closed cluster; a closed triad gives 1.125; NA for isolates"},
    {"constraint_weighted", ColumnType::Real,
     "the same with a_ij = the tie's weight; NA unless --weighted, and for isolates", true},
    {"effective_size", ColumnType::Real,
     "Burt's effective size sum_j (1 - sum_q p_iq m_jq), m_jq = a_jq / max_k a_jk, each tie once (a_ij = 1: "
     "Borgatti's n - 2t/n); NA for isolates"},
    {"effective_size_weighted", ColumnType::Real,
     "the same with a_ij = the tie's weight; NA unless --weighted, and for isolates", true},
    {"efficiency", ColumnType::Real, "effective_size / degree; NA for isolates"},
    {"efficiency_weighted", ColumnType::Real,
     "effective_size_weighted / degree (ties); NA unless --weighted, and for isolates"},
    {"brokerage_coordinator", ColumnType::Integer,
     "Gould-Fernandez: open two-paths a-v-b (a, b not tied, each pair once) with a, v, b in one group"},
    {"brokerage_itinerant", ColumnType::Integer, "a and b in one group, v in another (UCINET's consultant)"},
    {"brokerage_representative_or_gatekeeper", ColumnType::Integer,
     "v shares its group with exactly one of a, b (undirected ties cannot tell the two apart)"},
    {"brokerage_liaison", ColumnType::Integer, "a, v and b in three different groups"},
    {"brokerage_total", ColumnType::Integer, "all open two-paths through v, each pair once"},
    {"brokerage_coordinator_z", ColumnType::Real,
     "z-score of R sna::brokerage (Bernoulli null with the graph's density; on sna's scale, where each undirected "
     "tie is two arcs); NA when the role is impossible (sd 0)"},
    {"brokerage_itinerant_z", ColumnType::Real, "as above, itinerant"},
    {"brokerage_representative_or_gatekeeper_z", ColumnType::Real, "as above, sna's b_IO (= b_OI)"},
    {"brokerage_liaison_z", ColumnType::Real, "as above, liaison"},
    {"brokerage_total_z", ColumnType::Real, "as above, total"},
    {"participation_groups", ColumnType::Real,
     "participation coefficient over the --group groups of its neighbours, 1 - sum_s (k_s / k)^2 "
     "(Guimera & Amaral 2005; k counts ties); NA for isolates"},
    {"participation_groups_weighted", ColumnType::Real,
     "the same with k the sum of tie weights; NA unless --weighted, and for isolates", true},
    {"span_groups", ColumnType::Integer, "distinct groups among its neighbours"},
    {"community", ColumnType::Integer,
     "Leiden community, each tie once (graph.csv's communities; numbered by smallest vertex)"},
    {"community_weighted", ColumnType::Integer,
     "Leiden community with tie weights (graph.csv's communities_weighted); NA unless --weighted"},
    {"ei", ColumnType::Real, "node E-I index (e - i) / degree, e ties outside its group, i inside; NA for isolates"},
    {"ei_weighted", ColumnType::Real, "the same with tie weights; NA for isolates", true},
};

const Measure kPractitionerMeasures[] = {
    {"participation_authorities", ColumnType::Real,
     "participation coefficient over the authorities of its co-attendees (k counts ties); NA for isolates"},
    {"participation_authorities_weighted", ColumnType::Real,
     "the same with k the sum of tie weights; NA unless --weighted, and for isolates", true},
    {"participation_networks", ColumnType::Real,
     "participation coefficient over its co-attendees' networks (a neighbour in several networks splits its tie "
     "equally; k counts ties); NA for isolates"},
    {"participation_networks_weighted", ColumnType::Real,
     "the same with k the sum of tie weights; NA unless --weighted, and for isolates", true},
    {"span_authorities", ColumnType::Integer, "distinct authorities among its co-attendees"},
    {"span_networks", ColumnType::Integer, "distinct networks among its co-attendees' memberships"},
    {"tenure_days", ColumnType::Integer,
     "days from their first record in the data to the end of the period (or of the data, for all)"},
    {"reticulist", ColumnType::Boolean,
     "flagged by the reticulist rule (README: Reticulists), with participation_authorities by tie count"},
    {"reticulist_reasons", ColumnType::Text,
     "the conditions that flagged them: spanner (networks and authorities), broker (joined by ';'); empty when none"},
};

metrics::Partition authority_partition(const model::Dataset& ds, const layers::LayerView& layer) {
  metrics::Partition p;
  p.group_count = static_cast<std::uint32_t>(ds.authorities.size());
  p.group = layer.affiliation.authority;
  return p;
}

metrics::GroupMap network_map(const model::Dataset& ds, const layers::LayerView& layer) {
  metrics::GroupMap map;
  map.offsets = layer.facts.network_offsets;
  map.groups = layer.facts.networks;
  map.group_count = static_cast<std::uint32_t>(ds.networks.size());
  return map;
}

std::string betweenness_method(const metrics::BetweennessResult& b) {
  if (b.method == metrics::BetweennessMethod::exact) return "exact";
  return "sampled:" + std::to_string(b.samples) + ":eps=" + report::format_real(b.epsilon) +
         ":delta=" + report::format_real(b.delta);
}

// Vertices whose normalised betweenness is in the top `share` (and above 0).
std::vector<bool> top_betweenness(const metrics::BetweennessResult& b, double share) {
  const std::size_t n = b.raw.size();
  std::vector<bool> top(n, false);
  if (n == 0) return top;
  std::vector<double> sorted = b.raw;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const auto k = static_cast<std::size_t>(std::max(1.0, share * static_cast<double>(n)));
  const double threshold = sorted[std::min(k, n) - 1];
  for (std::size_t v = 0; v < n; ++v) top[v] = b.raw[v] > 0 && b.raw[v] >= threshold;
  return top;
}

}  // namespace

void add_node_rows(report::Table& nodes, const model::Dataset& ds, const NodeRowsInput& in,
                   const MetricsOptions& options, bool identify, Progress& progress) {
  const layers::LayerView& layer = *in.layer;
  const auto& g = layer.graph;
  const bool practitioners = layer.kind == layers::LayerKind::Practitioner;
  const report::Table vertices = in_stage(progress, "describing the vertices", [&] { return layers::vertex_table(ds, layer, identify); });
  if (nodes.column_count() == 0) {
    nodes.add_column("period", ColumnType::Text, "period label, or all");
    for (std::size_t c = 0; c < vertices.column_count(); ++c) {
      const auto& info = vertices.column(c);
      nodes.add_column(info.name, info.type, info.description, info.holds);
    }
    const std::string weight = "; a tie's weight: " + tie_weight_text(layer.kind, options.coattendance.weight);
    const auto add = [&](const Measure& m) {
      nodes.add_column(m.name, m.type, m.names_weight ? m.description + weight : std::string(m.description));
    };
    for (const auto& m : kMeasures) add(m);
    if (practitioners) {
      for (const auto& m : kPractitionerMeasures) add(m);
    }
  }

  const auto& partition = in.grouping->partition;
  metrics::BetweennessOptions bo;
  const double work = static_cast<double>(g.vertex_count()) * static_cast<double>(g.edge_count());
  bo.method = work <= options.exact_betweenness_work ? metrics::BetweennessMethod::exact
                                                     : metrics::BetweennessMethod::approximate;
  bo.epsilon = options.betweenness_epsilon;
  bo.delta = options.betweenness_delta;
  bo.seed = options.seed;
  bo.threads = options.threads;
  const auto between = metrics::betweenness(g, bo, progress);
  std::optional<metrics::BetweennessResult> weighted;
  if (options.weighted) {
    bo.weighted = true;
    weighted = metrics::betweenness(g, bo, progress);
  }
  const auto cores = metrics::coreness(g);
  if (!in.shared) throw std::logic_error("add_node_rows: no shared measures");
  const auto& clus = in.shared->clustering;
  const auto part = metrics::participation(g, partition);
  const auto span = metrics::span(g, partition);
  const auto ei = metrics::ei_index(g, partition);
  const auto holes = metrics::structural_holes(g, {.threads = options.threads}, progress);
  const auto& brokers = in.shared->brokerage;
  const std::string method = betweenness_method(between);
  std::optional<metrics::ParticipationResult> part_w;
  std::optional<metrics::StructuralHolesResult> holes_w;
  if (options.weighted) {
    part_w = metrics::participation(g, partition, {.weighted = true});
    holes_w = metrics::structural_holes(g, {.weighted = true, .threads = options.threads});
  }

  std::optional<metrics::ParticipationResult> part_auth, part_net, part_auth_w, part_net_w;
  std::optional<metrics::SpanResult> span_auth, span_net;
  std::vector<bool> top;
  if (practitioners) {
    const auto authorities = authority_partition(ds, layer);
    const auto networks = network_map(ds, layer);
    part_auth = metrics::participation(g, authorities);
    part_net = metrics::participation(g, networks);
    if (options.weighted) {
      part_auth_w = metrics::participation(g, authorities, {.weighted = true});
      part_net_w = metrics::participation(g, networks, {.weighted = true});
    }
    span_auth = metrics::span(g, authorities);
    span_net = metrics::span(g, networks);
    top = top_betweenness(between, options.reticulist.top_betweenness_share);
  }

  std::vector<Value> row;
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    row.clear();
    row.emplace_back(in.period);
    for (std::size_t c = 0; c < vertices.column_count(); ++c) row.push_back(cell(vertices, v, c));
    row.emplace_back(in.grouping->labels[partition.group[v]]);
    row.emplace_back(g.degree(v));
    row.emplace_back(g.strength(v));
    row.emplace_back(between.raw[v]);
    row.emplace_back(between.normalised[v]);
    row.push_back(weighted ? Value(weighted->raw[v]) : Value());
    row.push_back(weighted ? Value(weighted->normalised[v]) : Value());
    row.emplace_back(method);
    row.emplace_back(cores.core[v]);
    row.emplace_back(clus.local[v]);
    row.emplace_back(holes.constraint[v]);
    row.push_back(holes_w ? Value(holes_w->constraint[v]) : Value());
    row.emplace_back(holes.effective_size[v]);
    row.push_back(holes_w ? Value(holes_w->effective_size[v]) : Value());
    row.emplace_back(holes.efficiency[v]);
    row.push_back(holes_w ? Value(holes_w->efficiency[v]) : Value());
    for (auto count : brokers.counts[v]) row.emplace_back(count);
    for (const auto& z : brokers.z[v]) row.emplace_back(z);
    row.emplace_back(part.participation[v]);
    row.push_back(part_w ? Value(part_w->participation[v]) : Value());
    row.emplace_back(span.span[v]);
    row.emplace_back(in.communities->group[v]);
    row.push_back(in.communities_weighted ? Value(in.communities_weighted->group[v]) : Value());
    row.emplace_back(ei.nodes[v].ei);
    row.emplace_back(ei.nodes[v].ei_weighted);
    if (practitioners) {
      row.emplace_back(part_auth->participation[v]);
      row.push_back(part_auth_w ? Value(part_auth_w->participation[v]) : Value());
      row.emplace_back(part_net->participation[v]);
      row.push_back(part_net_w ? Value(part_net_w->participation[v]) : Value());
      row.emplace_back(span_auth->span[v]);
      row.emplace_back(span_net->span[v]);
      row.emplace_back(static_cast<std::int64_t>(in.last_day) - layer.facts.first_seen[v]);
      const auto& roles = brokers.counts[v];
      const metrics::ReticulistFacts facts{part_auth->participation[v], g.degree(v), layer.facts.network_count(v), top[v],
                                  static_cast<double>(roles[metrics::BrokerageRole::total] -
                                                      roles[metrics::BrokerageRole::coordinator])};
      const std::string reasons = metrics::reticulist_reasons(facts, options.reticulist);
      row.emplace_back(!reasons.empty());
      row.emplace_back(reasons);
    }
    nodes.append_row(row);
  }
}

}  // namespace reticulist::report
