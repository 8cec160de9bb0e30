// reticulist whatif: what the partnership's practitioner co-attendance loses when some people
// leave, beside random removals of as many people; who matters most; key players.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <stdexcept>
#include <iostream>
#include <memory>

#include "engine/report/whatif_run.hpp"
#include "engine/error.hpp"
#include "engine/privacy/person_lookup.hpp"
#include "io/key_file.hpp"
#include "io/list_file.hpp"
#include "io/table_writer.hpp"
#include "io/withhold_arguments.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

struct WhatifFlags {
  std::string period = "all";
  std::vector<std::string> pseudonyms;
  std::string pseudonyms_file;
  std::vector<std::string> people;  // identifiers as in the export: never written anywhere
  std::string people_file;
  bool allow_missing = false;
  std::vector<std::string> designations;
  std::vector<std::string> roles;
  bool central = false;
  std::uint32_t top_k = 0;
  std::string by = "betweenness";
  whatif::WhatifOptions engine;
};

// The option's values, then the file's lines (if a file was given).
std::vector<std::string> listed(std::vector<std::string> values, const std::string& file) {
  if (file.empty()) return values;
  const auto more = io::read_list_file(file);
  values.insert(values.end(), more.begin(), more.end());
  return values;
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
  command.add_option("--remove-people", f->people,
                     "remove these people, named as in the export (e-mail, staff number; comma-separated, "
                     "repeatable): pseudonymised with the key, trimmed and case-insensitive, and never written out")
      ->delimiter(',');
  command.add_option("--remove-people-file", f->people_file,
                     "remove the people in this file (one identifier per line, as in the export; # starts a comment "
                     "line)")
      ->check(CLI::ExistingFile);
  command.add_flag("--allow-missing", f->allow_missing,
                   "go on when a person named (by identifier or pseudonym) is not in the data (they are listed, by "
                   "pseudonym, in removed.csv); without it the run stops with exit code 1");
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
      "Reads: the dataset folder (as validate) and the pseudonymisation key; --remove-pseudonyms-file,\n"
      "--remove-people-file.\n"
      "Writes to --out: scenario, removed, lost_authority_pairs, networks_losing_bridges,\n"
      "isolated_establishments, block_change, who_matters, key_players (with --key-players) (.csv and\n"
      ".json; one row per period and measure, person, pair, network or establishment), reconciliation,\n"
      "rejects, duplicates, manifest.json. Prints the scenario table. People appear as pseudonyms only:\n"
      "identifiers given with --remove-people are pseudonymised as they are read (the manifest's command\n"
      "line withholds them). A person named but not in the data stops the run (exit 1) unless --allow-missing.");
  return [options, f, &command](const std::vector<std::string>& given_command_line) {
    const std::vector<std::string> command_line =
        io::withhold_arguments(given_command_line, "--remove-people", f->people);
    whatif::WhatifOptions engine = f->engine;
    auto& remove = engine.remove;
    const privacy::PersonRequest people =
        privacy::request_people(listed(f->pseudonyms, f->pseudonyms_file), listed(f->people, f->people_file));
    remove.pseudonyms = people.pseudonyms;
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
    if (remove.empty() && people.empty()) {
      throw ConfigError("whatif: say who leaves: --remove-people, --remove-people-file, --remove-pseudonyms, "
                        "--remove-pseudonyms-file, --remove-designation, --remove-role, --remove-central or "
                        "--remove-top");
    }

    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);
    const auto& ds = in.dataset;
    if (!people.empty()) {
      const privacy::Pseudonymiser pseudonymiser(io::reload_key(config.key_file, in.report.key_fingerprint));
      const privacy::NamedPeople named = privacy::find_people(people, pseudonymiser, ds.pseudonyms);
      remove.pseudonyms = named.pseudonyms;
      remove.by_identifier = named.by_identifier;
      if (!named.missing.empty()) {  // told as the user wrote them: the terminal is theirs, files are not
        if (!f->allow_missing) {
          throw InputError("whatif: " + privacy::missing_people(named) +
                           " (check the spelling against the export, or go on without them with --allow-missing)");
        }
        spdlog::warn("{}; going on without them (--allow-missing; removed.csv lists them by pseudonym)",
                     privacy::missing_people(named));
      }
    }
    engine.threads = thread_count(config);
    engine.coattendance = coattendance_options(config);
    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    const auto selections = layers::select_periods(ds, periods, f->period);
    auto tables = report::run_whatif(ds, selections, engine, progress);

    const auto removed_at = std::find_if(tables.begin(), tables.end(), [](const auto& t) { return t.name() == "removed"; });
    if (removed_at == tables.end()) throw std::logic_error("whatif made no table 'removed'");
    const report::Table& removed = *removed_at;
    const auto in_layer = removed.column_index("in_layer");
    const auto who = removed.column_index("practitioner");
    const auto period = removed.column_index("period");
    for (std::size_t r = 0; r < removed.row_count(); ++r) {
      if (!removed.boolean(r, in_layer)) {
        spdlog::warn("{}: {} has no record in the period; nobody removed for it", removed.text(r, period),
                     removed.text(r, who));
      }
    }

    const auto join = [](const std::vector<std::string>& items) {
      std::string out;
      for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
      return out.empty() ? std::string("none") : out;
    };
    std::vector<std::string> roles;
    for (auto r : remove.roles) roles.emplace_back(model::role_name(r));
    CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    run.options = {
        {"selection", f->period},
        {"scenario", remove.describe()},
        {"remove_pseudonyms", std::to_string(remove.pseudonyms.size()) + " (listed in removed.csv)"},
        {"remove_pseudonyms_file", f->pseudonyms_file.empty() ? "none" : f->pseudonyms_file},
        {"remove_people", std::to_string(remove.by_identifier) + " given by identifier (withheld: pseudonymised on the way in)"},
        {"remove_people_file", f->people_file.empty() ? "none" : f->people_file},
        {"allow_missing", f->allow_missing ? "true" : "false"},
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
    run.periods = &periods;
    tables.front().set_headline({"period", "measure", "before", "after", "change", "baseline_mean", "baseline_share_as_bad",
                                 "baseline_p5", "baseline_p95"});
    return finish(std::move(tables), run, {"scenario"});
  };
}

}  // namespace reticulist::cli
