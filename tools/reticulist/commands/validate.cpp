// reticulist validate: read a dataset, report what was accepted, rejected and duplicated.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>

#include "io/ingest_tables.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/console_table.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/exit_codes.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {

Runner install_validate(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto show = std::make_shared<std::size_t>(20);
  add_dataset_options(command, *options, "out/validate");
  command.add_option("--show", *show, "Rejected rows to print (all are in rejects.csv)")->capture_default_str();
  command.footer(
      "Reads: the dataset folder (participation.csv, and establishments.csv, networks.csv, authorities.csv,\n"
      "dataset.toml when present) and the pseudonymisation key.\n"
      "Writes to --out: reconciliation.csv/.json (rows read = accepted + rejected + duplicates, per file),\n"
      "rejects.csv/.json (each rejected row whole, with file, line, column and reason), duplicates.csv/.json,\n"
      "manifest.json. Prints the reconciliation and the first rejected rows.\n"
      "A participation.csv with no accepted row (a header only, or every row rejected) is reported with a\n"
      "warning and exit 0; the commands that analyse the dataset stop on it with exit 1.");
  return [options, show, &command](const std::vector<std::string>& command_line) {
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    // No accepted participation record: validate still writes and prints the reconciliation (what
    // the user needs to mend the file) and warns; the analysis commands stop with exit 1.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer,
                                       /*needs_records=*/false);
    const CommandRun run{config, in.report, command_line, options->out, view_of(*options)};
    const Written written = write_outputs({}, run);

    print_tables(written, {"reconciliation"}, std::cout);
    if (written.find("rejects") && !in.report.rejects.empty()) {
      report::Table first = io::rejects_table(in.report);
      report::Table shown(first.name(), "Rejected rows (first " + std::to_string(std::min(*show, first.row_count())) +
                                            " of " + std::to_string(first.row_count()) + ")", first.description());
      for (std::size_t c = 0; c + 1 < first.column_count(); ++c) {  // the raw record is in the file
        shown.add_column(first.column(c).name, first.column(c).type, first.column(c).description,
                         first.column(c).holds);
      }
      for (std::size_t r = 0; r < std::min(*show, first.row_count()); ++r) {
        shown.append_row({first.text(r, 0), first.integer(r, 1), first.text(r, 2), first.text(r, 3)});
      }
      print_table(shown, std::cout);
    }
    print_folder(written, std::cout);
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
