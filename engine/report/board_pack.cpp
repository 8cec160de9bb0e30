#include "engine/report/board_pack.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "engine/layers/selection.hpp"
#include "engine/report/authority_ties_table.hpp"
#include "engine/report/churn_tables.hpp"
#include "engine/report/engagement_tables.hpp"
#include "engine/report/graph_table.hpp"
#include "engine/report/group_tables.hpp"
#include "engine/report/network_pairs_table.hpp"
#include "engine/report/network_table.hpp"
#include "engine/report/node_table.hpp"
#include "engine/report/summary_tables.hpp"
#include "engine/report/under_engaged_summary.hpp"
#include "engine/report/whatif_run.hpp"

namespace reticulist::report {
namespace {

void append(std::vector<report::Table>& to, std::vector<report::Table> from) {
  for (auto& t : from) to.push_back(std::move(t));
}

std::string folded(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The designations of `wanted` that some record holds (whatif refuses one that none holds).
std::vector<std::string> held(const model::Dataset& ds, const std::vector<std::string>& wanted) {
  std::vector<std::string> out;
  for (const auto& w : wanted) {
    const bool found = std::any_of(ds.designations.begin(), ds.designations.end(),
                                   [&](const std::string& d) { return folded(d) == folded(w); });
    if (found) out.push_back(w);
  }
  return out;
}

MetricsOptions practitioner_layer(const BoardPackOptions& options) {
  MetricsOptions m;
  m.layer = layers::LayerKind::Practitioner;
  m.group = "authority";
  m.seed = options.seed;
  m.coattendance = options.coattendance;
  m.threads = options.threads;
  return m;
}

// groups, group_pairs and networks for every period.
// With `tie_churn`, each period's layer also gives its tie churn rows; with `keep_last`, the last
// period's layer is kept there for the fragility section (one projection per period for all).
std::vector<report::Table> tie_tables(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                      const MetricsOptions& m, TieChurnRows* tie_churn,
                                      std::optional<layers::LayerView>* keep_last, Progress& progress) {
  report::Table groups = make_groups_table(m), pairs = make_group_pairs_table(m), networks = make_networks_table(),
                network_pairs = make_network_pairs_table();
  for (const auto& sel : selections) {
    SuffixedProgress stages(progress, " of " + sel.label);
    auto layer = in_stage(stages, "building the layer",
                          [&] { return layers::build_layer(ds, m.layer, sel.events, m.coattendance); });
    if (tie_churn) tie_churn->add(sel.label, layer.graph, layer.entity, layer.affiliation);
    const auto grouping = layers::group_vertices(ds, layer, m.group);
    add_group_rows(groups, pairs, sel.label, layer, grouping, stages);
    add_network_rows(networks, ds, sel, m, stages);
    add_network_pair_rows(network_pairs, ds, sel);
    if (keep_last && &sel == &selections.back()) *keep_last = std::move(layer);
  }
  std::vector<report::Table> out;
  out.push_back(authority_ties_table(groups, pairs));
  out.push_back(std::move(groups));
  out.push_back(std::move(pairs));
  out.push_back(std::move(networks));
  out.push_back(std::move(network_pairs));
  return out;
}

// nodes of one selection's practitioner layer, with its communities (the reticulist rule reads
// participation, which needs the grouping only).
report::Table individual_table(const model::Dataset& ds, const layers::Selection& sel, const MetricsOptions& m,
                               bool identify, Progress& progress) {
  report::Table graph = make_graph_table(m);
  report::Table nodes("nodes", "Measures of each vertex",
                      "one row per period and vertex of the layer: what it is, then its measures");
  SuffixedProgress stages(progress, " of " + sel.label);
  const auto layer = in_stage(stages, "building the layer",
                              [&] { return layers::build_layer(ds, m.layer, sel.events, m.coattendance); });
  const auto grouping = layers::group_vertices(ds, layer, m.group);
  const SharedMeasures shared = shared_measures(layer.graph, grouping.partition, stages, m.threads);
  const GraphCommunities communities = add_graph_row(graph, sel.label, layer, grouping, shared, m, stages);
  const model::Day last = sel.period ? sel.period->last : ds.last_day().value_or(0);
  add_node_rows(nodes, ds, {sel.label, &layer, &grouping, &communities.unweighted, nullptr, last, &shared}, m, identify, stages);
  return nodes;
}

}  // namespace

BoardPack run_board_pack(const model::Dataset& ds, const BoardPackOptions& options, Progress& progress) {
  BoardPack pack;
  const auto& parts = options.parts;
  if (parts.summary) {
    SummaryOptions so;
    so.periods = options.periods;
    so.coattendance = options.coattendance;
    Summary summary = summarise(ds, so, progress);
    append(pack.tables, std::move(summary.tables));
  }
  pack.periods = layers::dataset_periods(ds, options.periods);

  if (parts.engagement) {
    EngagementRun engagement = run_engagement(ds, pack.periods, options.engagement, progress);
    report::Table under_engaged_counts = under_engaged_summary(engagement.tables[1]);
    append(pack.tables, std::move(engagement.tables));
    pack.tables.push_back(std::move(under_engaged_counts));
    for (auto& w : engagement.warnings) pack.notes.push_back(std::move(w));
  }

  // The tie tables build every period's practitioner layer; churn's tie churn reads the same
  // layers, so they are built first and the tables kept in the pack's order.
  const MetricsOptions m = practitioner_layer(options);
  const auto each = layers::select_periods(ds, pack.periods, "each");
  const std::vector<layers::Selection> periods(each.begin(), each.end() - 1);  // "each" ends with all
  const auto designations = held(ds, options.fragility_designations);
  const bool fragility = parts.fragility && !periods.empty() && !designations.empty();
  std::vector<report::Table> ties;
  std::optional<TieChurnRows> tie_churn;
  std::optional<layers::LayerView> last_layer;
  if (parts.ties && !periods.empty()) {
    if (parts.churn) tie_churn.emplace();
    ties = tie_tables(ds, periods, m, tie_churn ? &*tie_churn : nullptr, fragility ? &last_layer : nullptr, progress);
  }

  if (parts.churn) {
    ChurnOptions co;
    co.min_records = options.min_records;
    co.coattendance = options.coattendance;
    if (tie_churn) co.tie_churn = tie_churn->take();
    append(pack.tables, run_churn(ds, pack.periods, co, progress));
  }

  if (pack.periods.empty()) {
    pack.notes.push_back("no period has a record: no ties, fragility or individual measures");
    return pack;
  }
  append(pack.tables, std::move(ties));

  const auto& last = periods.back();
  if (parts.fragility) {
    if (!fragility) {
      std::string wanted;
      for (const auto& d : options.fragility_designations) wanted += (wanted.empty() ? "" : ", ") + d;
      pack.notes.push_back("fragility: no record has the designation " + wanted + "; the scenario is not run");
    } else {
      whatif::WhatifOptions w;
      w.remove.designations = designations;
      w.repetitions = options.fragility_repetitions;
      w.seed = options.seed;
      w.coattendance = options.coattendance;
      w.threads = options.threads;
      pack.fragility_scenario = w.remove.describe();
      std::string as;
      for (const auto& d : designations) as += (as.empty() ? "'" : " or '") + d + "'";
      pack.fragility_people = "people recorded as " + as;
      append(pack.tables, run_whatif(ds, {last}, w, progress, std::move(last_layer)));
    }
  }
  if (options.individual) pack.tables.push_back(individual_table(ds, last, m, options.identify, progress));
  return pack;
}

}  // namespace reticulist::report
