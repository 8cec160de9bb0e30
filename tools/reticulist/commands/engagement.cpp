// reticulist engagement: every establishment's engagement by period, the under-engaged ones, and
// summaries by authority and sector and by authority and network.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "engine/report/engagement_tables.hpp"
#include "engine/layers/selection.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
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
      "period, ranked per authority), by_authority_sector, engagement_by_authority, by_authority_network (.csv and\n"
      ".json), reconciliation, "
      "rejects, duplicates, manifest.json. Prints by_authority_sector for the last period. People are only counted.");
  return [options, engine, &command](const std::vector<std::string>& command_line) {
    metrics::check_options(*engine);
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);
    const auto& ds = in.dataset;

    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    report::EngagementRun result = report::run_engagement(ds, periods, *engine, progress);
    for (const auto& w : result.warnings) spdlog::warn("{}", w);
    for (const auto& n : result.notes) spdlog::info("{}", n);

    CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    run.options = {{"percentile", report::format_real(engine->percentile)},
                   {"min_peers", std::to_string(engine->min_peers)}};
    run.periods = &periods;
    result.tables[2].set_headline({"authority", "sector", "establishments", "engaged", "never", "new", "active",
                                   "returning", "lapsed", "share_never", "share_lapsed"});
    return finish(std::move(result.tables), run, {"by_authority_sector"},
                  periods.empty() ? std::string("all") : periods[periods.size() - 1].label);
  };
}

}  // namespace reticulist::cli
