// reticulist churn: membership turnover, tenure, cohorts, tie churn and representation between
// consecutive periods.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "engine/report/churn_tables.hpp"
#include "engine/layers/selection.hpp"
#include "io/table_writer.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {

Runner install_churn(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto min_records = std::make_shared<std::uint32_t>(1);
  add_dataset_options(command, *options, "out/churn");
  command.add_option("--min-records", *min_records,
                     "Records a practitioner needs in a network and period to count as a member (in the partnership: "
                     "records in any network)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 1000000u));
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes to --out: partnership, transitions, transitions_by_authority, representation, tenure,\n"
      "tenure_summary, cohorts, tie_churn, network_life (.csv and .json; one row per pair of consecutive periods\n"
      "and network, authority or layer; per scope and spell length; per cohort cell; per network),\n"
      "reconciliation, rejects, duplicates, manifest.json. Prints the partnership table. Counts only: no\n"
      "practitioner appears.");
  return [options, min_records, &command](const std::vector<std::string>& command_line) {
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);
    const auto& ds = in.dataset;

    report::ChurnOptions engine;
    engine.min_records = *min_records;
    engine.coattendance = coattendance_options(config);
    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    if (periods.size() < 2) {
      spdlog::warn("the data span {} period(s) of the scheme: there is no pair of consecutive periods to compare "
                   "(choose a finer --periods scheme)",
                   periods.size());
    }
    auto tables = report::run_churn(ds, periods, engine, progress);

    CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    run.options = {{"min_records", std::to_string(*min_records)}};
    run.periods = &periods;
    tables.front().set_headline({"period_from", "period_to", "members_before", "members_after", "stayers", "leavers",
                                 "joiners", "returners", "retention", "attrition"});
    return finish(std::move(tables), run, {"partnership"});
  };
}

}  // namespace reticulist::cli
