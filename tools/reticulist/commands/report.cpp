// reticulist report: the Board pack in one command. Every table of the pack (engine/report/
// board_pack) is disclosed for the view once; the HTML page, the workbook, the figures and the
// CSV/JSON tables are all drawn from those disclosed tables.
#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "engine/report/board_pack.hpp"
#include "io/ingest_tables.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

struct ReportFlags {
  report::BoardPackOptions pack;
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out.empty() ? std::string("none") : out;
}

}  // namespace

Runner install_report(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  options->view = "board";  // the Board pack is for the Board unless the officer asks for more
  auto f = std::make_shared<ReportFlags>();
  add_dataset_options(command, *options, "out/report");
  command.add_option("--fragility-designation", f->pack.fragility_designations,
                     "Fragility section: remove everyone with this designation in the last period, against random "
                     "removals of as many people (repeatable)")
      ->capture_default_str();
  command.add_option("--repetitions", f->pack.fragility_repetitions,
                     "Fragility section: random removals for the baseline")
      ->capture_default_str()->check(CLI::Range(0u, 100000u));
  command.add_option("--seed", f->pack.seed, "Seed of the random baseline, sampled measures and layouts")
      ->capture_default_str();
  command.add_option("--percentile", f->pack.engagement.percentile,
                     "Under-engaged: a rate below this percentile of the peers' (as engagement)")
      ->capture_default_str();
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes to --out: report.html (one self-contained page: open it in any browser, print it to PDF for\n"
      "Board papers), report.xlsx (every table, one sheet each, with a README sheet), the figures (.svg and\n"
      ".png), every table as .csv and .json, reconciliation, rejects, duplicates, manifest.json.\n"
      "--view board (the default) suppresses small counts and withholds tables about one person; --view officer\n"
      "adds the individual-level sections (reticulists, who matters), with people as pseudonyms (names only\n"
      "with --identify, and then every page says it holds personal data).");
  return [options, f, &command](const std::vector<std::string>& command_line) {
    const auto started = std::chrono::steady_clock::now();
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    const io::Ingested in = run_ingest(config, progress);
    const privacy::View view = view_of(*options);

    report::BoardPackOptions pack_options = f->pack;
    pack_options.periods = config.periods;
    pack_options.coattendance = coattendance_options(config);
    pack_options.threads = thread_count(config);
    pack_options.individual = view == privacy::View::Officer;
    report::BoardPack pack = report::run_board_pack(in.dataset, pack_options, progress);
    for (const auto& n : pack.notes) spdlog::warn("{}", n);
    pack.tables.push_back(io::rejects_by_reason_table(in.report));

    CommandRun run{config, in.report, command_line, options->out, view};
    run.options = {{"fragility_designation", joined(pack_options.fragility_designations)},
                   {"repetitions", std::to_string(pack_options.fragility_repetitions)},
                   {"seed", std::to_string(pack_options.seed)},
                   {"percentile", report::format_real(pack_options.engagement.percentile)}};
    run.periods = &pack.periods;
    const Written written = write_outputs(std::move(pack.tables), run);
    print_folder(written, std::cout);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("report written in {:.1f} s", seconds);
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
