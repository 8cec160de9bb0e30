#include "engine/report/whatif_tables.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include "engine/whatif/whatif.hpp"

namespace reticulist::report {
namespace {

using report::ColumnType;
using report::Value;

// Items lost, counted (0 before anything is removed).
struct LossCounts {
  std::uint64_t authority_pairs = 0;
  std::uint64_t networks = 0;
  std::uint64_t establishments = 0;
};

struct Measure {
  const char* name;
  int worse;  // +1: higher is worse, -1: lower is worse, 0: not a loss
  const char* description;
  std::function<std::optional<double>(const whatif::WhatifFigures&, const LossCounts&)> get;
};

std::optional<double> num(std::uint64_t v) { return static_cast<double>(v); }

const std::vector<Measure>& measures() {
  static const std::vector<Measure> list = {
      {"people_removed", 0, "vertices of the layer removed (the baseline removes as many)",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.people_removed); }},
      {"vertices", 0, "practitioners in the layer (n)", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.vertices); }},
      {"ties", -1, "co-attendance ties (unweighted)", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.ties); }},
      {"components", 1, "connected components, isolates included",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.components); }},
      {"giant_share", -1, "share of the vertices in the largest component; NA without vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.giant_share; }},
      {"isolates", 1, "vertices with no tie", [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.isolates); }},
      {"fragmentation", 1,
       "Borgatti's key-player fragmentation F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)); NA below 2 vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.fragmentation; }},
      {"distance_fragmentation", 1,
       "Borgatti's distance-weighted fragmentation dF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1)); exact or "
       "estimated from sampled sources (before_se, after_se); NA below 2 vertices",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.distance_fragmentation.value; }},
      {"cross_authority_ties", -1, "ties between practitioners of different authorities",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.cross_authority_ties); }},
      {"cross_authority_share", -1, "cross-authority ties / ties; NA without ties",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return f.cross_authority_share; }},
      {"authority_pairs_tied", -1, "pairs of different authorities with at least one tie",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.authority_pairs_tied); }},
      {"authority_pairs_lost", 1, "pairs of authorities tied before and not after (lost_authority_pairs)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.authority_pairs); }},
      {"networks_with_cross_authority_ties", -1,
       "networks whose own events tie members of different authorities",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.networks_with_bridges); }},
      {"networks_losing_every_cross_authority_tie", 1,
       "networks with such ties before and none after (networks_losing_bridges)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.networks); }},
      {"establishments_with_outside_tie", -1,
       "establishments with a practitioner tied to a practitioner of another authority",
       [](const whatif::WhatifFigures& f, const LossCounts&) { return num(f.establishments_with_outside_tie); }},
      {"establishments_losing_every_outside_tie", 1,
       "establishments with such a tie before and none after (isolated_establishments)",
       [](const whatif::WhatifFigures&, const LossCounts& l) { return num(l.establishments); }},
  };
  return list;
}

Value or_na(std::optional<double> v) { return v ? Value(*v) : Value(); }

Value text_or_na(const std::string& s) { return s.empty() ? Value() : Value(s); }

std::optional<double> difference(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return std::nullopt;
  return *b - *a;
}

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

void add_scenario(report::Table& t, const WhatifOutcome& o) {
  const auto lost = whatif::losses(*o.before, *o.after);
  const LossCounts scenario_lost{lost.authority_pairs.size(), lost.networks.size(), lost.establishments.size()};
  const whatif::BaselineResult& b = *o.baseline;
  const auto& df_before = o.before->figures.distance_fragmentation;
  const auto& df_after = o.after->figures.distance_fragmentation;
  // dF of the repetitions comes from the baseline's (fewer) sources. It is put on the scale of
  // before and after as before + the repetition's change, both ends of the change measured on
  // those sources (a difference estimator: the shared sources cancel out of the change); the
  // scenario is compared with the repetitions the same way.
  const std::optional<double> df_shift =
      difference(o.before->figures.paired_distance_fragmentation.value, df_before.value);
  for (const Measure& m : measures()) {
    const bool df = std::string_view(m.name) == "distance_fragmentation";
    const auto before = m.get(o.before->figures, {});
    const auto after = m.get(o.after->figures, scenario_lost);
    std::vector<double> values;
    for (std::size_t r = 0; r < b.figures.size(); ++r) {
      const LossCounts l{b.authority_pairs_lost[r], b.networks_lost[r], b.establishments_lost[r]};
      const auto v = m.get(b.figures[r], l);
      if (!v) continue;
      if (!df) {
        values.push_back(*v);
      } else if (df_shift) {
        values.push_back(*v + *df_shift);
      }
    }
    std::sort(values.begin(), values.end());
    // The scenario's value on the baseline's scale (dF: measured on the same sources).
    bool has_compared = after.has_value();
    double compared = after.value_or(0.0);
    if (df) {
      const auto paired = o.after->figures.paired_distance_fragmentation.value;
      has_compared = paired.has_value() && df_shift.has_value();
      compared = has_compared ? *paired + *df_shift : 0.0;
    }
    std::optional<double> mean, sd, as_bad;
    if (!values.empty()) {
      double sum = 0;
      for (double v : values) sum += v;
      mean = sum / static_cast<double>(values.size());
      if (values.size() > 1) {
        double ss = 0;
        for (double v : values) ss += (v - *mean) * (v - *mean);
        sd = std::sqrt(ss / static_cast<double>(values.size() - 1));
      }
      if (m.worse != 0 && has_compared) {
        std::size_t count = 0;
        for (double v : values) count += m.worse > 0 ? v >= compared : v <= compared;
        as_bad = static_cast<double>(count) / static_cast<double>(values.size());
      }
    }
    t.append_row({o.period, m.name, or_na(before), or_na(after), or_na(difference(before, after)),
                  df ? or_na(df_before.standard_error) : Value(), df ? or_na(df_after.standard_error) : Value(),
                  or_na(mean), or_na(sd), values.empty() ? Value() : Value(values.front()), or_na(quantile(values, 0.05)),
                  or_na(quantile(values, 0.95)), values.empty() ? Value() : Value(values.back()),
                  m.worse > 0 ? Value("higher") : m.worse < 0 ? Value("lower") : Value(), or_na(as_bad)});
  }
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

std::optional<double> quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return std::nullopt;
  const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

WhatifTables make_whatif_tables() {
  WhatifTables t{
      report::Table("scenario", "What the scenario costs, beside random removals of as many people",
                    "one row per period and measure of the practitioner co-attendance layer"),
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
  auto& s = t.scenario;
  s.add_column("period", ColumnType::Text, "period label, or all");
  s.add_column("measure", ColumnType::Text, "what is measured (the manifest's notes define each)");
  s.add_column("before", ColumnType::Real, "value with everyone present");
  s.add_column("after", ColumnType::Real, "value without the people removed");
  s.add_column("change", ColumnType::Real, "after - before");
  s.add_column("before_se", ColumnType::Real, "standard error of before when estimated from sampled sources (dF); 0 exact");
  s.add_column("after_se", ColumnType::Real, "the same for after");
  s.add_column("baseline_mean", ColumnType::Real, "mean of after over random removals of as many people");
  s.add_column("baseline_sd", ColumnType::Real, "their standard deviation (n - 1); NA below 2 repetitions");
  s.add_column("baseline_min", ColumnType::Real, "their smallest value");
  s.add_column("baseline_p5", ColumnType::Real, "their 5th percentile (type 7, as R's quantile)");
  s.add_column("baseline_p95", ColumnType::Real, "their 95th percentile");
  s.add_column("baseline_max", ColumnType::Real, "their largest value");
  s.add_column("worse_when", ColumnType::Text, "higher or lower values mean more damage; NA for counts of people");
  s.add_column("baseline_share_as_bad", ColumnType::Real,
               "share of random removals whose after is at least as bad as the scenario's: small = the scenario's "
               "loss is special");
  for (const Measure& m : measures()) s.add_note(std::string("measure ") + m.name, m.description);

  auto& r = t.removed;
  r.add_column("period", ColumnType::Text, "period label, or all");
  r.add_column("practitioner", ColumnType::Text, "pseudonym");
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
  n.add_column("name", ColumnType::Text, "network name");
  n.add_column("workstream", ColumnType::Text, "workstream");
  n.add_column("members", ColumnType::Integer, "practitioners with a record in the network in the period");
  n.add_column("members_removed", ColumnType::Integer, "of them, removed by the scenario");
  n.add_column("cross_authority_ties_before", ColumnType::Integer,
               "ties of its own events between members of different authorities before (none after)");
  n.add_column("baseline_share_lost", ColumnType::Real, "share of random removals in which it also lost them all");

  auto& e = t.isolated_establishments;
  e.add_column("period", ColumnType::Text, "period label, or all");
  e.add_column("establishment", ColumnType::Text, "establishment id (SEED code)");
  e.add_column("name", ColumnType::Text, "establishment name");
  e.add_column("authority", ColumnType::Text, "its authority (register)");
  e.add_column("sector", ColumnType::Text, "its sector");
  e.add_column("practitioners_before", ColumnType::Integer, "its practitioners in the layer before (latest record)");
  e.add_column("practitioners_after", ColumnType::Integer, "and after the removal (0: all of them removed)");
  e.add_column("cross_authority_ties_before", ColumnType::Integer,
               "ties of its practitioners to practitioners of other authorities before (none after)");
  e.add_column("baseline_share_isolated", ColumnType::Real, "share of random removals that isolated it too");

  auto& b = t.block_change;
  b.add_column("period", ColumnType::Text, "period label, or all");
  b.add_column("authority_a", ColumnType::Text, "first authority (labels ascending)");
  b.add_column("authority_b", ColumnType::Text, "second authority (equal to authority_a: within it)");
  b.add_column("practitioners_a_before", ColumnType::Integer, "practitioners of authority_a before (n_g)");
  b.add_column("practitioners_b_before", ColumnType::Integer, "practitioners of authority_b before");
  b.add_column("practitioners_a_after", ColumnType::Integer, "practitioners of authority_a after");
  b.add_column("practitioners_b_after", ColumnType::Integer, "practitioners of authority_b after");
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
  wm.add_column("practitioner", ColumnType::Text, "pseudonym");
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
  k.add_column("practitioner", ColumnType::Text, "pseudonym");
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
  add_scenario(tables.scenario, o);
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
                  or_na(result.fragmentation[i])});
  }
}

}  // namespace reticulist::report
