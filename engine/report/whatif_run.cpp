#include "engine/report/whatif_run.hpp"

#include <algorithm>
#include <span>

#include "engine/metrics/key_player.hpp"
#include "engine/report/whatif_tables.hpp"
#include "engine/whatif/whatif_baseline.hpp"

namespace reticulist::report {
namespace {

std::string distance_method(const metrics::DistanceFragmentation& d) {
  if (!d.value) return "NA (fewer than 2 vertices)";
  if (d.exact) return "exact (" + std::to_string(d.sources) + " BFS sources)";
  return "sampled from " + std::to_string(d.sources) + " BFS sources, standard error " +
         report::format_real(d.standard_error.value_or(0));
}

}  // namespace

std::vector<report::Table> run_whatif(const model::Dataset& ds, const std::vector<layers::Selection>& selections,
                                      const whatif::WhatifOptions& options, Progress& progress,
                                      std::optional<layers::LayerView> last_layer) {
  WhatifTables tables = make_whatif_tables();
  tables.scenario.add_note("scenario", options.remove.describe());
  tables.scenario.add_note(
      "random baseline",
      std::to_string(options.repetitions) + " repetitions, each removing as many people as the scenario, drawn "
      "uniformly from the layer's vertices (isolates included); seed " + std::to_string(options.seed));
  tables.scenario.add_note(
      "distance fragmentation",
      "dF sources are drawn once per period from the vertices with a tie and shared by before, after and every "
      "repetition (those removed drop out), so differences reflect the removal, not the draw. A repetition uses the "
      "first " + std::to_string(options.baseline_distance_samples) + " of them; its dF is reported as dF before + "
      "its change, both ends of the change taken on those sources, and the scenario is compared the same way");
  const bool key_players = options.key_players > 0;
  for (const layers::Selection& sel : selections) {
    progress.begin("building the layer of " + sel.label, 0);
    const bool prebuilt = last_layer && &sel == &selections.back();
    const whatif::WhatifLayer w =
        prebuilt ? whatif::build_whatif_layer(ds, sel, options.coattendance, std::move(*last_layer))
                 : whatif::build_whatif_layer(ds, sel, options.coattendance);
    progress.end();
    const auto& g = w.layer.graph;
    const bool need_betweenness =
        key_players || (options.remove.top_k > 0 && options.remove.by == whatif::BridgingMeasure::betweenness);
    std::vector<double> between, scores;
    if (need_betweenness) {
      progress.begin("betweenness of " + sel.label, 0);
      std::string method;
      between = whatif::bridging_scores(w, whatif::BridgingMeasure::betweenness, options.betweenness, options.seed, options.threads, &method);
      tables.removed.add_note("betweenness " + sel.label, method);
      progress.end();
    }
    if (options.remove.top_k > 0) {
      if (options.remove.by == whatif::BridgingMeasure::betweenness) {
        scores = between;
      } else {
        const std::string name(whatif::bridging_measure_name(options.remove.by));
        progress.begin(name + " of " + sel.label, 0);
        std::string method;
        scores = whatif::bridging_scores(w, options.remove.by, options.betweenness, options.seed, options.threads, &method);
        tables.removed.add_note(name + " " + sel.label, method);
        progress.end();
      }
    }
    const whatif::Removal removal = whatif::select_removal(ds, w, sel.events, options.remove, scores);

    // dF sources: one seeded draw from the layer's frame, shared by every state (whatif_damage.hpp).
    const std::vector<graph::Vertex> frame = metrics::shuffled_frame(g, options.seed);
    const bool exact = g.vertex_count() <= options.exact_distance_max || options.distance_samples >= frame.size();
    const std::span<const graph::Vertex> sources = std::span(frame).first(exact ? frame.size() : options.distance_samples);
    const std::span<const graph::Vertex> baseline_sources =
        std::span(frame).first(std::min<std::size_t>(frame.size(), options.baseline_distance_samples));
    progress.begin("before and after in " + sel.label, 0);
    const whatif::WhatifState before =
        whatif::assess(ds, w, std::vector<bool>(g.vertex_count(), false), {true, sources, baseline_sources, options.threads});
    const whatif::WhatifState after = whatif::assess(ds, w, removal.removed, {true, sources, baseline_sources, options.threads});
    progress.end();
    tables.scenario.add_note("dF " + sel.label, "before: " + distance_method(before.figures.distance_fragmentation) +
                                                    "; after: " + distance_method(after.figures.distance_fragmentation));

    whatif::BaselineOptions baseline_options;
    baseline_options.repetitions = options.repetitions;
    baseline_options.seed = options.seed;
    baseline_options.assess = {true, baseline_sources, {}, 1};
    baseline_options.threads = options.threads;
    const whatif::BaselineResult baseline = whatif::random_baseline(ds, w, before, removal.count, baseline_options, progress);

    WhatifOutcome outcome{sel.label, &w, &removal, &before, &after, &baseline, options.repetitions,
                          need_betweenness ? &between : nullptr, options.ranked};
    add_whatif_rows(tables, ds, outcome);

    if (key_players) {
      const auto order = whatif::ranked_by(g, between);
      const std::size_t pool = std::min<std::size_t>(std::max(options.candidates, options.key_players), order.size());
      const std::vector<graph::Vertex> candidates(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(pool));
      progress.begin("key players of " + sel.label, 0);
      const auto result = metrics::key_player_set(g, candidates, {.k = options.key_players});
      progress.end();
      add_key_player_rows(tables.key_players, ds, outcome, result);
      tables.key_players.add_note(
          "search " + sel.label,
          "greedy then best-swap passes (Borgatti 2006) over a pool of the " + std::to_string(pool) +
              " vertices with the highest betweenness; " + std::to_string(result.evaluations) + " sets evaluated, " +
              std::to_string(result.swaps) + " improving swaps, " + (result.converged ? "converged" : "stopped by the pass limit") +
              "; F before " + (result.fragmentation_before ? report::format_real(*result.fragmentation_before) : "NA"));
    }
  }
  std::vector<report::Table> out;
  out.push_back(std::move(tables.scenario));
  out.push_back(std::move(tables.removed));
  out.push_back(std::move(tables.lost_authority_pairs));
  out.push_back(std::move(tables.networks_losing_bridges));
  out.push_back(std::move(tables.isolated_establishments));
  out.push_back(std::move(tables.block_change));
  out.push_back(std::move(tables.who_matters));
  if (key_players) out.push_back(std::move(tables.key_players));
  return out;
}

}  // namespace reticulist::report
