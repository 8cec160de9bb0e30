// reticulist whatif: what the partnership's practitioner co-attendance loses when some people
// leave, beside random removals of as many people; who matters most; key players.
#include <spdlog/spdlog.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "engine/report/whatif_run.hpp"
#include "engine/error.hpp"
#include "io/table_writer.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

struct WhatifFlags {
  std::string period = "all";
  std::vector<std::string> pseudonyms;
  std::string pseudonyms_file;
  std::vector<std::string> designations;
  std::vector<std::string> roles;
  bool central = false;
  std::uint32_t top_k = 0;
  std::string by = "betweenness";
  whatif::WhatifOptions engine;
};

// One pseudonym per line; blank lines and lines starting with '#' are skipped.
std::vector<std::string> read_pseudonyms(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot be read");
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    out.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
  }
  return out;
}

}  // namespace

Runner install_whatif(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto f = std::make_shared<WhatifFlags>();
  auto& e = f->engine;
  add_dataset_options(command, *options, "out/whatif");
  command.add_option("--period", f->period, "a period label (e.g. 2022/23), all (the whole span), or each (every period, then all)")
      ->capture_default_str();
  command.add_option("--remove-pseudonyms", f->pseudonyms, "remove these people (pseudonyms p_..., comma-separated, repeatable)")
      ->delimiter(',');
  command.add_option("--remove-pseudonyms-file", f->pseudonyms_file,
                     "remove the people in this file (one pseudonym per line; # starts a comment line)")
      ->check(CLI::ExistingFile);
  command.add_option("--remove-designation", f->designations,
                     "remove everyone with this designation in any record of the period, e.g. \"seconded officer\", QIO "
                     "(case-insensitive, whole value; repeatable)");
  command.add_option("--remove-role", f->roles,
                     "remove everyone with this role in any record of the period: member, coordinator, facilitator, "
                     "resource_creator, lead (comma-separated, repeatable)")
      ->delimiter(',');
  command.add_flag("--remove-central", f->central,
                   "remove centrally employed staff (a record with no establishment in the period)");
  command.add_option("--remove-top", f->top_k, "remove the K people highest by --by")->capture_default_str();
  command.add_option("--by", f->by, "bridging measure of --remove-top: betweenness, brokerage (Gould-Fernandez, between "
                                    "authorities) or participation (over authorities)")
      ->capture_default_str();
  command.add_option("--repetitions", e.repetitions, "random removals of as many people, for the baseline (0: none)")
      ->capture_default_str()->check(CLI::Range(0u, 100000u));
  command.add_option("--seed", e.seed, "seed of the random baseline, sampled dF sources and sampled betweenness")
      ->capture_default_str();
  command.add_option("--exact-distance-max", e.exact_distance_max,
                     "dF is exact up to this many vertices, estimated from sampled sources above")->capture_default_str();
  command.add_option("--distance-samples", e.distance_samples, "dF sources sampled before and after (larger layers)")
      ->capture_default_str()->check(CLI::Range(2u, 1000000u));
  command.add_option("--baseline-distance-samples", e.baseline_distance_samples,
                     "dF sources of each baseline repetition (the first of those drawn for before and after)")->capture_default_str()->check(CLI::Range(2u, 1000000u));
  command.add_option("--ranked", e.ranked, "rows of who_matters per period")->capture_default_str();
  command.add_option("--key-players", e.key_players,
                     "also find a key-player set of this size (greedy then swaps, maximising fragmentation F; 0: no)")
      ->capture_default_str();
  command.add_option("--candidates", e.candidates, "key players are sought among this many people with the highest betweenness")
      ->capture_default_str()->check(CLI::Range(1u, 100000u));
  command.add_option("--betweenness-epsilon", e.betweenness.epsilon,
                     "sampled betweenness (large layers): error bound on normalised values")
      ->capture_default_str()->check(CLI::Range(1e-6, 0.5));
  command.add_option("--betweenness-delta", e.betweenness.delta, "sampled betweenness: probability the bound fails")
      ->capture_default_str()->check(CLI::Range(1e-9, 0.5));
  command.add_option("--exact-betweenness-work", e.betweenness.exact_work,
                     "betweenness is exact while vertices x ties stays at or under this, sampled above")
      ->capture_default_str();
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key; --remove-pseudonyms-file.\n"
      "Writes to --out: scenario, removed, lost_authority_pairs, networks_losing_bridges,\n"
      "isolated_establishments, block_change, who_matters, key_players (with --key-players) (.csv and\n"
      ".json; one row per period and measure, person, pair, network or establishment), reconciliation,\n"
      "rejects, duplicates, manifest.json. Prints the scenario table. People appear as pseudonyms only.");
  return [options, f, &command](const std::vector<std::string>& command_line) {
    whatif::WhatifOptions engine = f->engine;
    auto& remove = engine.remove;
    remove.pseudonyms = f->pseudonyms;
    if (!f->pseudonyms_file.empty()) {
      const auto more = read_pseudonyms(f->pseudonyms_file);
      remove.pseudonyms.insert(remove.pseudonyms.end(), more.begin(), more.end());
    }
    remove.designations = f->designations;
    remove.central = f->central;
    remove.top_k = f->top_k;
    const auto by = whatif::parse_bridging_measure(f->by);
    if (!by) throw ConfigError("--by " + f->by + ": expected betweenness, brokerage or participation");
    remove.by = *by;
    io::DatasetConfig config = make_config(*options, command);
    if (config.identify) {
      spdlog::warn("whatif lists people as pseudonyms only; --identify is ignored");
      config.identify = false;
    }
    for (const auto& r : f->roles) {
      const auto role = config.roles.parse(r);
      if (!role || r.find_first_not_of(" \t") == std::string::npos) {
        throw ConfigError("--remove-role " + r + ": expected member, coordinator, facilitator, resource_creator or lead");
      }
      remove.roles.push_back(*role);
    }
    if (remove.empty()) {
      throw ConfigError("whatif: say who leaves: --remove-pseudonyms, --remove-pseudonyms-file, --remove-designation, "
                        "--remove-role, --remove-central or --remove-top");
    }

    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::Ingested in = run_ingest(config, progress);
    const auto& ds = in.dataset;
    engine.threads = thread_count(config);
    engine.coattendance = coattendance_options(config);
    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    const auto selections = layers::select_periods(ds, periods, f->period);
    auto tables = report::run_whatif(ds, selections, engine, progress);

    const auto& removed = tables[1];
    const auto in_layer = removed.column_index("in_layer");
    const auto who = removed.column_index("practitioner");
    const auto period = removed.column_index("period");
    for (std::size_t r = 0; r < removed.row_count(); ++r) {
      if (!removed.boolean(r, in_layer)) {
        spdlog::warn("{}: {} has no record in the period; nobody removed for it", removed.text(r, period),
                     removed.text(r, who));
      }
    }

    io::OutputFolder folder(options->out);
    for (const auto& t : tables) folder.add_table(t, {.csv = true, .json = true});
    add_ingest_tables(folder, config, in.report);
    io::Manifest manifest = base_manifest(config, in.report, command_line);
    const auto join = [](const std::vector<std::string>& items) {
      std::string out;
      for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
      return out.empty() ? std::string("none") : out;
    };
    std::vector<std::string> roles;
    for (auto r : remove.roles) roles.emplace_back(model::role_name(r));
    const std::pair<std::string, std::string> used[] = {
        {"selection", f->period},
        {"scenario", remove.describe()},
        {"remove_pseudonyms", std::to_string(remove.pseudonyms.size()) + " (listed in removed.csv)"},
        {"remove_pseudonyms_file", f->pseudonyms_file.empty() ? "none" : f->pseudonyms_file},
        {"remove_designation", join(remove.designations)},
        {"remove_role", join(roles)},
        {"remove_central", remove.central ? "true" : "false"},
        {"remove_top", std::to_string(remove.top_k)},
        {"by", f->by},
        {"repetitions", std::to_string(engine.repetitions)},
        {"seed", std::to_string(engine.seed)},
        {"exact_distance_max", std::to_string(engine.exact_distance_max)},
        {"distance_samples", std::to_string(engine.distance_samples)},
        {"baseline_distance_samples", std::to_string(engine.baseline_distance_samples)},
        {"ranked", std::to_string(engine.ranked)},
        {"key_players", std::to_string(engine.key_players)},
        {"candidates", std::to_string(engine.candidates)},
        {"exact_betweenness_work", report::format_real(engine.betweenness.exact_work)},
        {"betweenness_epsilon", report::format_real(engine.betweenness.epsilon)},
        {"betweenness_delta", report::format_real(engine.betweenness.delta)},
    };
    for (const auto& option : used) manifest.options.push_back(option);
    io::ManifestPeriods described{model::Periods::describe(periods.scheme()), {}};
    for (const auto& p : periods) {
      described.labels.push_back({p.label, model::format_iso_date(p.first), model::format_iso_date(p.last)});
    }
    manifest.periods = described;
    folder.commit(std::move(manifest));
    tables.front().set_headline({"period", "measure", "before", "after", "change", "baseline_mean", "baseline_share_as_bad",
                                 "baseline_p5", "baseline_p95"});
    print_table(tables.front(), std::cout);
    print_full_tables(folder.path(), std::cout);
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
