// reticulist summary: counts by period, authority, sector, network and workstream.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <sstream>

#include "engine/report/summary_tables.hpp"
#include "io/table_writer.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/exit_codes.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

// Several tables as one JSON object {"overview": [...], "by_authority": [...], ...}: each
// table's own JSON ({"name": [...]}) without its outer braces, joined.
void print_json(const std::vector<report::Table>& tables, std::ostream& out) {
  out << "{\n";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    std::ostringstream one;
    io::write_json(tables[i], one);
    std::string text = one.str();
    const auto open = text.find('{');
    const auto close = text.rfind('}');
    out << text.substr(open + 1, close - open - 1);
    out << (i + 1 < tables.size() ? ",\n" : "\n");
  }
  out << "}\n";
}

}  // namespace

Runner install_summary(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto json = std::make_shared<bool>(false);
  add_dataset_options(command, *options, "out/summary");
  command.add_flag("--json", *json, "Print the tables as one JSON object instead of text tables");
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes to --out: overview, by_authority, by_sector, by_network, by_workstream (.csv and .json; one row\n"
      "per period and per group, period = all for the whole span), reconciliation, rejects, duplicates,\n"
      "manifest.json. Prints the whole-span tables (or, with --json, every table as JSON).");
  return [options, json, &command](const std::vector<std::string>& command_line) {
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);

    report::SummaryOptions so;
    so.periods = config.periods;
    so.coattendance = coattendance_options(config);
    report::Summary result = report::summarise(in.dataset, so, progress);
    const auto& large = result.whole_span;
    if (large.large_events > 0) {
      spdlog::info("large-event rule: {} events of more than {} attendees ({} records, largest {}) are membership "
                   "only: they would have added {} pairs",
                   large.large_events, so.coattendance.max_event_size, large.large_event_records, large.largest_event,
                   large.large_event_pairs);
    }

    result.tables[0].set_headline({"period", "records", "practitioners", "establishments_engaged", "authorities_engaged",
                                   "networks_active", "events", "coattendance_ties"});
    result.tables[1].set_headline({"authority", "establishments_in_register", "establishments_engaged", "practitioners",
                                   "records", "ties_within", "ties_across"});
    result.tables[3].set_headline({"network", "name", "members", "records", "events", "establishments_reached",
                                   "coattendance_ties"});
    CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    run.periods = &result.periods;
    std::vector<std::string> names;
    for (const auto& t : result.tables) names.push_back(t.name());
    const Written written = write_outputs(std::move(result.tables), run);

    if (*json) {
      std::vector<report::Table> shown;
      for (const auto& name : names) {
        if (const report::Table* t = written.find(name)) shown.push_back(*t);
      }
      print_json(shown, std::cout);
    } else {
      print_tables(written, {names.front()}, std::cout);
      print_tables(written, std::vector<std::string>(names.begin() + 1, names.end()), std::cout, "all");
      print_folder(written, std::cout);
    }
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
