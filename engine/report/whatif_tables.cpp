#include "engine/report/whatif_tables.hpp"

#include <algorithm>

#include "engine/whatif/whatif.hpp"
#include "engine/report/whatif_scenario.hpp"

namespace reticulist::report {
namespace {

using report::ColumnType;
using report::Value;

Value text_or_na(const std::string& s) { return s.empty() ? Value() : Value(s); }

std::optional<double> share(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

// What a practitioner vertex is: pseudonym, authority, establishment, designation (latest record).
struct Who {
  const model::Dataset& ds;
  const whatif::WhatifLayer& w;
  std::string pseudonym(graph::Vertex v) const { return ds.pseudonyms[w.layer.entity[v]]; }
  std::string authority(graph::Vertex v) const { return w.authority.labels[w.authority.partition.group[v]]; }
  Value establishment(graph::Vertex v) const {
    const auto e = w.layer.affiliation.establishment[v];
    return e == model::kNone ? Value("central") : Value(ds.establishments.id[e]);
  }
  Value designation(graph::Vertex v) const {
    const auto d = ds.records.designation[w.layer.facts.latest_record[v]];
    return d == model::kNone ? Value() : Value(ds.designations[d]);
  }
};

// Cross-authority ties of each vertex.
std::vector<std::uint32_t> cross_degree(const whatif::WhatifLayer& w) {
  const auto& g = w.layer.graph;
  const auto& group = w.authority.partition.group;
  std::vector<std::uint32_t> out(g.vertex_count(), 0);
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    for (graph::Vertex u : g.neighbours(v)) out[v] += group[u] != group[v];
  }
  return out;
}

void add_removed(report::Table& t, const model::Dataset& ds, const WhatifOutcome& o, const std::vector<std::uint32_t>& cross) {
  const Who who{ds, *o.layer};
  const auto& g = o.layer->layer.graph;
  const whatif::Removal& r = *o.removal;
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    if (!r.removed[v]) continue;
    t.append_row({o.period, who.pseudonym(v), true, r.reasons[v], who.authority(v), who.establishment(v),
                  who.designation(v), g.degree(v), cross[v],
                  o.betweenness ? Value((*o.betweenness)[v]) : Value()});
  }
  for (const auto& p : r.absent) {
    t.append_row({o.period, p, false, "pseudonym", Value(), Value(), Value(), Value(), Value(), Value()});
  }
}

void add_losses(WhatifTables& tables, const model::Dataset& ds, const WhatifOutcome& o) {
  const auto lost = whatif::losses(*o.before, *o.after);
  const auto& labels = o.layer->authority.labels;
  const whatif::BaselineResult& b = *o.baseline;
  const auto baseline_share = [&](std::uint32_t count) -> Value {
    return o.repetitions > 0 ? Value(static_cast<double>(count) / o.repetitions) : Value();
  };
  for (std::size_t c : lost.authority_pairs) {
    const auto& cell = o.before->blocks.cells[c];
    tables.lost_authority_pairs.append_row({o.period, labels[cell.g], labels[cell.h], cell.ties, cell.weight,
                                            baseline_share(b.cell_lost[c])});
  }
  const auto& w = *o.layer;
  for (std::uint32_t i : lost.networks) {
    const model::NetworkId n = w.networks[i];
    tables.networks_losing_bridges.append_row(
        {o.period, ds.networks.id[n], ds.networks.name[n], text_or_na(ds.networks.workstream[n]),
         w.member_offsets[i + 1] - w.member_offsets[i], o.after->network_removed[i], o.before->network_bridges[i],
         baseline_share(b.network_lost[i])});
  }
  const auto& est = ds.establishments;
  for (model::EstablishmentId e : lost.establishments) {
    tables.isolated_establishments.append_row(
        {o.period, est.id[e], est.name[e],
         est.authority[e] == model::kNone ? Value() : Value(ds.authorities.id[est.authority[e]]),
         std::string(model::sector_name(est.sector[e])), o.before->establishment_practitioners[e],
         o.after->establishment_practitioners[e], o.before->establishment_outside[e],
         baseline_share(b.establishment_lost[e])});
  }
}

void add_blocks(report::Table& t, const WhatifOutcome& o) {
  const auto& labels = o.layer->authority.labels;
  const auto& before = o.before->blocks;
  const auto& after = o.after->blocks;
  for (std::size_t c = 0; c < before.cells.size(); ++c) {
    const auto& cb = before.cells[c];
    if (cb.ties == 0) continue;
    const auto& ca = after.cells[c];
    const Value baseline = o.repetitions > 0
                               ? Value(static_cast<double>(o.baseline->cell_ties[c]) / o.repetitions)
                               : Value();
    t.append_row({o.period, labels[cb.g], labels[cb.h], before.sizes[cb.g], before.sizes[cb.h], after.sizes[cb.g],
                  after.sizes[cb.h], cb.ties, ca.ties, cb.ties - ca.ties, share(cb.ties - ca.ties, cb.ties),
                  cb.density, ca.density, baseline});
  }
}

void add_who_matters(report::Table& t, const model::Dataset& ds, const WhatifOutcome& o,
                     const std::vector<std::uint32_t>& cross) {
  const auto& w = *o.layer;
  const auto& g = w.layer.graph;
  const auto& group = w.authority.partition.group;
  const std::uint64_t all_cross = o.before->figures.cross_authority_ties;
  std::vector<graph::Vertex> order;
  for (graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    if (cross[v] > 0) order.push_back(v);
  }
  const auto by_loss = [&](graph::Vertex a, graph::Vertex b) {
    if (cross[a] != cross[b]) return cross[a] > cross[b];
    if (g.degree(a) != g.degree(b)) return g.degree(a) > g.degree(b);
    return a < b;
  };
  const std::size_t rows = std::min<std::size_t>(o.ranked, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(rows), order.end(), by_loss);
  const Who who{ds, w};
  std::vector<std::uint32_t> to_group(w.authority.partition.group_count, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t i = 0; i < rows; ++i) {
    const graph::Vertex v = order[i];
    // Pairs (own authority, other authority) in which v holds every tie: v's ties to the other
    // authority are all of the pair's ties.
    for (graph::Vertex u : g.neighbours(v)) {
      if (group[u] == group[v]) continue;
      if (to_group[group[u]]++ == 0) touched.push_back(group[u]);
    }
    std::uint32_t sole = 0;
    for (auto h : touched) {
      sole += to_group[h] == o.before->blocks.cell(group[v], h).ties;
      to_group[h] = 0;
    }
    touched.clear();
    t.append_row({o.period, i + 1, who.pseudonym(v), who.authority(v), who.establishment(v), who.designation(v),
                  g.degree(v), cross[v], share(cross[v], all_cross), sole,
                  o.betweenness ? Value((*o.betweenness)[v]) : Value(), static_cast<bool>(o.removal->removed[v])});
  }
}

}  // namespace

WhatifTables make_whatif_tables() {
  WhatifTables t{
      make_scenario_table(),
      report::Table("removed", "The people the scenario removes", "one row per period and person removed (pseudonyms)"),
      report::Table("lost_authority_pairs", "Pairs of authorities left with no tie",
                    "one row per period and pair of authorities tied before the removal and not after"),
      report::Table("networks_losing_bridges", "Networks left with no cross-authority tie",
                    "one row per period and network whose own events tied members of different authorities before "
                    "the removal and do not after"),
      report::Table("isolated_establishments", "Establishments left with no tie outside their authority",
                    "one row per period and establishment with such a tie before the removal and none after"),
      report::Table("block_change", "Authority x authority block matrix before and after",
                    "one row per period and pair of authorities g <= h with a tie before the removal"),
      report::Table("who_matters", "Who matters most, one at a time",
                    "one row per period and person, ranked by the cross-authority ties their single removal costs"),
      report::Table("key_players", "Key-player set: the people whose joint removal fragments the layer most",
                    "one row per period and member of the set, in the order chosen"),
  };
  auto& r = t.removed;
  r.add_column("period", ColumnType::Text, "period label, or all");
  r.add_column("practitioner", ColumnType::Text, "pseudonym", report::Holds::Person);
  r.add_column("in_layer", ColumnType::Boolean, "has a record in the period (false: a requested pseudonym not found there)");
  r.add_column("reasons", ColumnType::Text,
               "the criteria that matched: pseudonym, designation, role, central, top_<measure> (joined by ';')");
  r.add_column("authority", ColumnType::Text, "authority of their latest record in the period");
  r.add_column("establishment", ColumnType::Text, "establishment of their latest record (central: none)");
  r.add_column("designation", ColumnType::Text, "designation of their latest record");
  r.add_column("degree", ColumnType::Integer, "their ties before the removal");
  r.add_column("cross_authority_ties", ColumnType::Integer, "their ties to practitioners of other authorities");
  r.add_column("betweenness", ColumnType::Real, "their betweenness (unweighted) when computed; NA otherwise");

  auto& p = t.lost_authority_pairs;
  p.add_column("period", ColumnType::Text, "period label, or all");
  p.add_column("authority_a", ColumnType::Text, "first authority (labels ascending)");
  p.add_column("authority_b", ColumnType::Text, "second authority");
  p.add_column("ties_before", ColumnType::Integer, "ties between them before the removal (none after)");
  p.add_column("weight_before", ColumnType::Real, "those ties' summed weight (shared events)");
  p.add_column("baseline_share_lost", ColumnType::Real, "share of random removals in which the pair also lost every tie");

  auto& n = t.networks_losing_bridges;
  n.add_column("period", ColumnType::Text, "period label, or all");
  n.add_column("network", ColumnType::Text, "network id");
  n.add_column("name", ColumnType::Text, "network name", report::Holds::Detail);
  n.add_column("workstream", ColumnType::Text, "workstream");
  n.add_column("members", ColumnType::Integer, "practitioners with a record in the network in the period", report::Holds::PeopleCount);
  n.add_column("members_removed", ColumnType::Integer, "of them, removed by the scenario", report::Holds::PeopleCount);
  n.add_column("cross_authority_ties_before", ColumnType::Integer,
               "ties of its own events between members of different authorities before (none after)");
  n.add_column("baseline_share_lost", ColumnType::Real, "share of random removals in which it also lost them all");

  auto& e = t.isolated_establishments;
  e.add_column("period", ColumnType::Text, "period label, or all");
  e.add_column("establishment", ColumnType::Text, "establishment id (SEED code)");
  e.add_column("name", ColumnType::Text, "establishment name", report::Holds::Detail);
  e.add_column("authority", ColumnType::Text, "its authority (register)");
  e.add_column("sector", ColumnType::Text, "its sector");
  e.add_column("practitioners_before", ColumnType::Integer, "its practitioners in the layer before (latest record)", report::Holds::PeopleCount);
  e.add_column("practitioners_after", ColumnType::Integer, "and after the removal (0: all of them removed)", report::Holds::PeopleCount);
  e.add_column("cross_authority_ties_before", ColumnType::Integer,
               "ties of its practitioners to practitioners of other authorities before (none after)");
  e.add_column("baseline_share_isolated", ColumnType::Real, "share of random removals that isolated it too");

  auto& b = t.block_change;
  b.add_column("period", ColumnType::Text, "period label, or all");
  b.add_column("authority_a", ColumnType::Text, "first authority (labels ascending)");
  b.add_column("authority_b", ColumnType::Text, "second authority (equal to authority_a: within it)");
  b.add_column("practitioners_a_before", ColumnType::Integer, "practitioners of authority_a before (n_g)", report::Holds::PeopleCount);
  b.add_column("practitioners_b_before", ColumnType::Integer, "practitioners of authority_b before", report::Holds::PeopleCount);
  b.add_column("practitioners_a_after", ColumnType::Integer, "practitioners of authority_a after", report::Holds::PeopleCount);
  b.add_column("practitioners_b_after", ColumnType::Integer, "practitioners of authority_b after", report::Holds::PeopleCount);
  b.add_column("ties_before", ColumnType::Integer, "ties between them before (e_gh)");
  b.add_column("ties_after", ColumnType::Integer, "ties between them after");
  b.add_column("ties_lost", ColumnType::Integer, "ties_before - ties_after");
  b.add_column("share_lost", ColumnType::Real, "ties_lost / ties_before");
  b.add_column("density_before", ColumnType::Real,
               "block density e_gh / (n_g n_h), within: e_gg / (n_g (n_g - 1) / 2); NA when no tie is possible");
  b.add_column("density_after", ColumnType::Real, "the same after");
  b.add_column("baseline_mean_ties_after", ColumnType::Real, "mean ties between them after random removals of as many people");

  auto& wm = t.who_matters;
  wm.add_column("period", ColumnType::Text, "period label, or all");
  wm.add_column("rank", ColumnType::Integer, "1 = costs the most cross-authority ties (ties: more ties, then vertex order)");
  wm.add_column("practitioner", ColumnType::Text, "pseudonym", report::Holds::Person);
  wm.add_column("authority", ColumnType::Text, "authority of their latest record in the period");
  wm.add_column("establishment", ColumnType::Text, "establishment of their latest record (central: none)");
  wm.add_column("designation", ColumnType::Text, "designation of their latest record");
  wm.add_column("degree", ColumnType::Integer, "their ties");
  wm.add_column("cross_authority_ties", ColumnType::Integer,
                "cross-authority ties lost if they alone leave: exactly their ties to other authorities (their "
                "cross-authority degree)");
  wm.add_column("share_of_cross_authority_ties", ColumnType::Real, "cross_authority_ties / all cross-authority ties");
  wm.add_column("authority_pairs_sole_link", ColumnType::Integer,
                "pairs of authorities (theirs and another) whose every tie is theirs: lost if they alone leave");
  wm.add_column("betweenness", ColumnType::Real, "their betweenness (unweighted) when computed; NA otherwise");
  wm.add_column("removed_in_scenario", ColumnType::Boolean, "the scenario removes them");

  auto& k = t.key_players;
  k.add_column("period", ColumnType::Text, "period label, or all");
  k.add_column("step", ColumnType::Integer, "position in the set: each prefix is the most fragmenting of its size within the set");
  k.add_column("practitioner", ColumnType::Text, "pseudonym", report::Holds::Person);
  k.add_column("authority", ColumnType::Text, "authority of their latest record in the period");
  k.add_column("establishment", ColumnType::Text, "establishment of their latest record (central: none)");
  k.add_column("designation", ColumnType::Text, "designation of their latest record");
  k.add_column("degree", ColumnType::Integer, "their ties");
  k.add_column("cross_authority_ties", ColumnType::Integer, "their ties to other authorities");
  k.add_column("betweenness", ColumnType::Real, "their betweenness (the pool is the top vertices by it)");
  k.add_column("fragmentation_after", ColumnType::Real, "F after removing the set up to and including this step");
  return t;
}

void add_whatif_rows(WhatifTables& tables, const model::Dataset& ds, const WhatifOutcome& o) {
  const auto cross = cross_degree(*o.layer);
  add_scenario_rows(tables.scenario, o);
  add_removed(tables.removed, ds, o, cross);
  add_losses(tables, ds, o);
  add_blocks(tables.block_change, o);
  add_who_matters(tables.who_matters, ds, o, cross);
}

void add_key_player_rows(report::Table& t, const model::Dataset& ds, const WhatifOutcome& o,
                         const metrics::KeyPlayerResult& result) {
  const Who who{ds, *o.layer};
  const auto& g = o.layer->layer.graph;
  const auto cross = cross_degree(*o.layer);
  for (std::size_t i = 0; i < result.players.size(); ++i) {
    const graph::Vertex v = result.players[i];
    t.append_row({o.period, i + 1, who.pseudonym(v), who.authority(v), who.establishment(v), who.designation(v),
                  g.degree(v), cross[v], o.betweenness ? Value((*o.betweenness)[v]) : Value(),
                  Value(result.fragmentation[i])});
  }
}

}  // namespace reticulist::report
