// reticulist metrics: density, cohesion, bridging and brokerage of one layer, per period.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "engine/layers/grouping.hpp"
#include "engine/report/metrics_tables.hpp"
#include "engine/error.hpp"
#include "io/table_writer.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

struct MetricsFlags {
  std::string layer = "practitioner";
  std::string period = "each";
  bool newman = false;
  report::MetricsOptions engine;
};

}  // namespace

Runner install_metrics(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto m = std::make_shared<MetricsFlags>();
  auto& e = m->engine;
  add_dataset_options(command, *options, "out/metrics");
  command.add_option("--layer", m->layer,
                     "practitioner (co-attendance), establishment, authority or network (networks tied by shared members)")
      ->capture_default_str();
  command.add_option("--period", m->period, "a period label (e.g. 2022/23), all (the whole span), or each (every period, then all)")
      ->capture_default_str();
  command.add_option("--group", e.group,
                     "groups for block density, E-I, modularity, participation: authority, sector, region, network, "
                     "workstream, designation, role, or any extra column (what applies depends on the layer; the network layer's "
                     "default is workstream)")
      ->capture_default_str();
  command.add_flag("--weighted", e.weighted,
                   "also the weighted variants: the *_weighted columns (betweenness, Leiden, modularity, participation, constraint, effective size), NA without it");
  command.add_flag("--newman", m->newman, "practitioner ties weighted by Newman's 1/(n-1) instead of shared events");
  command.add_option("--seed", e.seed, "seed of Leiden, the E-I permutation test and sampled estimates")->capture_default_str();
  command.add_option("--permutations", e.ei_permutations, "permutations of the E-I test")->capture_default_str()
      ->check(CLI::Range(1u, 1000000u));
  command.add_option("--betweenness-epsilon", e.betweenness_epsilon,
                     "sampled betweenness (large graphs): error bound on normalised values")
      ->capture_default_str()->check(CLI::Range(1e-6, 0.5));
  command.add_option("--betweenness-delta", e.betweenness_delta, "sampled betweenness: probability the bound fails")
      ->capture_default_str()->check(CLI::Range(1e-9, 0.5));
  command.add_option("--exact-betweenness-work", e.exact_betweenness_work,
                     "betweenness is exact while vertices x ties stays at or under this, sampled above")
      ->capture_default_str();
  command.add_option("--reticulist-min-participation", e.reticulist.min_participation,
                     "reticulist rule: participation over authorities at least this ...")->capture_default_str();
  command.add_option("--reticulist-min-degree", e.reticulist.min_degree, "... with at least this many ties")
      ->capture_default_str();
  command.add_option("--reticulist-min-networks", e.reticulist.min_networks,
                     "reticulist rule: records in at least this many networks")->capture_default_str();
  command.add_option("--reticulist-top-betweenness", e.reticulist.top_betweenness_share,
                     "reticulist rule: share of the layer with the highest betweenness (and brokering between groups)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes to --out: graph, groups, group_pairs, nodes, networks (.csv and .json; one row per period and\n"
      "graph, group, pair of groups, vertex or network; period = all for the whole span), reconciliation,\n"
      "rejects, duplicates, manifest.json. Prints the graph table. Practitioners appear as pseudonyms.");
  return [options, m, &command](const std::vector<std::string>& command_line) {
    const auto kind = layers::parse_layer_kind(m->layer);
    if (!kind) throw ConfigError("--layer " + m->layer + ": expected practitioner, establishment, authority or network");
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);
    const auto& ds = in.dataset;

    report::MetricsOptions engine = m->engine;
    engine.layer = *kind;
    // Networks have no authority: their natural groups are the workstreams.
    if (command.count("--group") == 0 && *kind == layers::LayerKind::Network) engine.group = "workstream";
    engine.threads = thread_count(config);
    engine.coattendance = coattendance_options(config);
    if (m->newman) engine.coattendance.weight = graph::TieWeight::Newman;
    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    const auto selections = layers::select_periods(ds, periods, m->period);
    auto tables = report::run_metrics(ds, selections, engine, config.identify, progress);

    CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    const auto real = [](double v) { return report::format_real(v); };
    run.options = {
        {"layer", std::string(layers::layer_name(engine.layer))},
        {"selection", m->period},
        {"group", engine.group},
        {"weighted", engine.weighted ? "true" : "false"},
        {"tie_weight", m->newman ? "newman" : "shared_events"},
        {"seed", std::to_string(engine.seed)},
        {"permutations", std::to_string(engine.ei_permutations)},
        {"exact_betweenness_work", real(engine.exact_betweenness_work)},
        {"betweenness_epsilon", real(engine.betweenness_epsilon)},
        {"betweenness_delta", real(engine.betweenness_delta)},
        {"reticulist_min_participation", real(engine.reticulist.min_participation)},
        {"reticulist_min_degree", std::to_string(engine.reticulist.min_degree)},
        {"reticulist_min_networks", std::to_string(engine.reticulist.min_networks)},
        {"reticulist_top_betweenness", real(engine.reticulist.top_betweenness_share)},
    };
    run.periods = &periods;
    tables.front().set_headline({"period", "vertices", "ties", "density", "giant_share", "avg_path_length", "transitivity",
                                 "communities", "ei", "assortativity"});
    return finish(std::move(tables), run, {"graph"});
  };
}

}  // namespace reticulist::cli
