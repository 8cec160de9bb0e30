// reticulist engagement: every establishment's engagement by period, the under-engaged ones, and
// summaries by authority and sector and by authority and network.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "engine/report/engagement_tables.hpp"
#include "engine/layers/selection.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {

Runner install_engagement(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto engine = std::make_shared<metrics::UnderEngagedOptions>();
  add_dataset_options(command, *options, "out/engagement");
  command.add_option("--percentile", engine->percentile,
                     "Under-engaged: a rate below this percentile of the peers' (same sector, in the authority and "
                     "across the partnership), 0-100 exclusive")
      ->capture_default_str();
  command.add_option("--min-peers", engine->min_peers,
                     "Under-engaged: no peer comparison with fewer peers than this")
      ->capture_default_str();
  command.footer(
      "Reads: the dataset folder (as validate; establishments.csv gives the register, without which \"never\n"
      "engaged\" cannot be known) and the pseudonymisation key.\n"
      "Writes to --out: establishments (per period and establishment, then period = all), under_engaged (per\n"
      "period, ranked per authority), by_authority_sector, by_authority_network (.csv and .json), reconciliation,\n"
      "rejects, duplicates, manifest.json. Prints by_authority_sector for the last period. People are only counted.");
  return [options, engine, &command](const std::vector<std::string>& command_line) {
    metrics::check_options(*engine);
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    const io::Ingested in = run_ingest(config, progress);
    const auto& ds = in.dataset;

    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    report::EngagementRun run = report::run_engagement(ds, periods, *engine, progress);
    for (const auto& w : run.warnings) spdlog::warn("{}", w);
    for (const auto& n : run.notes) spdlog::info("{}", n);

    io::OutputFolder folder(options->out);
    for (const auto& t : run.tables) folder.add_table(t, {.csv = true, .json = true});
    add_ingest_tables(folder, config, in.report);
    io::Manifest manifest = base_manifest(config, in.report, command_line);
    manifest.options.emplace_back("percentile", report::format_real(engine->percentile));
    manifest.options.emplace_back("min_peers", std::to_string(engine->min_peers));
    io::ManifestPeriods described{model::Periods::describe(periods.scheme()), {}};
    for (const auto& p : periods) {
      described.labels.push_back({p.label, model::format_iso_date(p.first), model::format_iso_date(p.last)});
    }
    manifest.periods = described;
    folder.commit(std::move(manifest));
    run.tables[2].set_headline({"authority", "sector", "establishments", "engaged", "never", "new", "active", "returning",
                                "lapsed", "share_never", "share_lapsed"});
    print_table(run.tables[2], std::cout, periods.empty() ? std::string("all") : periods[periods.size() - 1].label);
    print_full_tables(folder.path(), std::cout);
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
