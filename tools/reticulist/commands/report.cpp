// reticulist report: the Board pack in one command. Every table of the pack (engine/report/
// board_pack) is disclosed for the view once; the HTML page, the workbook, the figures and the
// CSV/JSON tables are all drawn from those disclosed tables, so a number cannot differ between
// them. Everything goes into one folder, whole or not at all, listed in manifest.json.
#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "engine/memory_limit.hpp"
#include "engine/report/board_pack.hpp"
#include "io/ingest_tables.hpp"
#include "io/xlsx_workbook.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/figure_run.hpp"
#include "tools/reticulist/terminal_progress.hpp"
#include "viz/page/report_page.hpp"
#include "viz/report/board_report.hpp"
#include "viz/report/key_figures.hpp"
#include "viz/report/people_figures.hpp"
#include "viz/report/methods.hpp"

namespace reticulist::cli {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out.empty() ? std::string("none") : out;
}

io::WorkbookOptions workbook_options(const viz::BoardReportInput& input) {
  io::WorkbookOptions o;
  o.title = input.title;
  const auto& p = input.context.periods;
  o.subtitle = input.context.dataset + ", " + (p.empty() ? std::string("no period") : p.front() + " to " + p.back());
  o.view = std::string(privacy::view_name(input.context.view)) + " view";
  o.disclosure = input.disclosure;
  o.personal_data = input.personal_data;
  for (const viz::MethodNote& m : viz::methods()) {
    o.notes.push_back({std::string(m.measure), std::string(m.definition) + " Source: " + std::string(m.source) + "."});
  }
  return o;
}

// The pictures of people drawn in the officer view: the backbone and the ego networks of the
// three people who matter most.
using PeopleFigures = std::function<std::vector<viz::BoardFigure>(const viz::Tables&, std::vector<std::string>&)>;

// The Board pack's own files, in two steps around the writing of the tables' CSV and JSON
// (ExtraFiles): start_board_pack once the tables are disclosed, add_board_pack once they are in
// the folder.
//
// The workbook is begun first: with `beside` (more than one thread) it is written on a thread of
// its own while this one draws the figures, writes the tables and the page (all of them only
// read the disclosed tables). The figures are drawn before the tables are written because
// Graphviz's layouts and the workbook's close both need the C library's rand() (c_rand_mutex):
// drawn at once, the layouts come while the workbook is still writing rows, and the close, about
// half of the workbook's time, runs beside the writing of the tables and the page instead of
// holding up a layout (at national scale the overlap diagram's PNG waited 20 s for it).
// The workbook is listed last either way (OutputFolder::finish_file), so manifest.json is the
// same on any thread count; its thread holds what it reads (the options by value, the tables,
// which write_outputs keeps beyond the folder, whose destructor waits for the thread if an
// exception comes first).
struct BoardPackDrawing {
  viz::BoardReportInput input;  // with the tables, and the notes the figures add
  std::vector<viz::BoardFigure> figures;
  std::vector<std::string> pngs;  // figures[i]'s PNG, kept until the tables are written
  std::shared_ptr<double> workbook_seconds;  // the workbook's thread's time, read once it is finished
  bool beside = false;
};

BoardPackDrawing start_board_pack(io::OutputFolder& folder, const Written& written, const viz::BoardReportInput& input,
                                  const PeopleFigures& people, Progress& progress, bool beside) {
  BoardPackDrawing drawing{input, {}, {}, std::make_shared<double>(0.0), beside};
  drawing.input.tables = &written.tables;
  drawing.input.withheld = written.withheld;
  folder.start_file_at(
      "report.xlsx",
      [tables = &written.tables, options = workbook_options(input), seconds = drawing.workbook_seconds](
          const std::filesystem::path& temporary) {
        const auto started = std::chrono::steady_clock::now();
        io::write_xlsx(std::span<const report::Table>(*tables), options, temporary);
        *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      },
      io::FileInfo{"every table of the pack, one sheet each, with a README sheet", input.title, std::nullopt, {}},
      beside);
  drawing.figures = in_stage(progress, "laying out the figures", [&] {
    auto drawn = viz::board_figures(written.tables, drawing.input.context, drawing.input.notes);
    if (people) {
      for (auto& f : people(written.tables, drawing.input.notes)) drawn.push_back(std::move(f));
    }
    return drawn;
  });
  ProgressStage stage(progress, "drawing the figures", drawing.figures.size());
  for (const auto& figure : drawing.figures) {
    const auto started = std::chrono::steady_clock::now();
    figure.svg();  // kept in the figure, for its file and the page
    const auto svg_done = std::chrono::steady_clock::now();
    std::ostringstream png;
    figure.write_png(png);
    drawing.pngs.push_back(std::move(png).str());
    spdlog::debug("{}: SVG {:.2f} s, PNG {:.2f} s", figure.stem, std::chrono::duration<double>(svg_done - started).count(),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - svg_done).count());
    stage.add();
  }
  return drawing;
}

// The figures' files and the page into the folder, then the workbook finished.
void add_board_pack(io::OutputFolder& folder, const BoardPackDrawing& drawing, Progress& progress) {
  for (std::size_t i = 0; i < drawing.figures.size(); ++i) {
    const viz::BoardFigure& figure = drawing.figures[i];
    folder.add_file(figure.stem + ".svg", figure.svg(), io::FileInfo{figure.title, figure.title, std::nullopt, {}});
    folder.add_file(figure.stem + ".png", drawing.pngs[i],
                    io::FileInfo{figure.title + " (PNG, for slides and papers)", figure.title, std::nullopt, {}});
  }
  in_stage(progress, "the page", [&] {
    const viz::ReportPage page = viz::board_page(drawing.input, drawing.figures);
    folder.add_file("report.html", viz::render_report_page(page),
                    io::FileInfo{"the Board pack: one self-contained page (open it in any browser; print it to PDF)",
                                 drawing.input.title, std::nullopt, {}});
  });
  // Beside the rest, this stage is the wait for the workbook's thread.
  in_stage(progress, "the workbook", [&] { folder.finish_file("report.xlsx"); });
  if (drawing.beside) {
    spdlog::info("the workbook took {:.2f} s on a thread of its own, beside the figures, the tables and the page",
                 *drawing.workbook_seconds);
  }
  spdlog::info("{} figures, the page and the workbook", drawing.figures.size());
}

}  // namespace

Runner install_report(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  options->view = "board";  // the Board pack is for the Board unless the officer asks for more
  auto pack_flags = std::make_shared<report::BoardPackOptions>();
  add_dataset_options(command, *options, "out/report");
  command.add_option("--fragility-designation", pack_flags->fragility_designations,
                     "Fragility section: remove everyone with this designation in the last period, against random "
                     "removals of as many people (repeatable)")
      ->capture_default_str();
  command.add_option("--repetitions", pack_flags->fragility_repetitions, "Fragility section: random removals for the baseline")
      ->capture_default_str()->check(CLI::Range(0u, 100000u));
  command.add_option("--seed", pack_flags->seed, "Seed of the random baseline, sampled measures and layouts")
      ->capture_default_str();
  command.add_option("--percentile", pack_flags->engagement.percentile,
                     "Under-engaged: a rate below this percentile of the peers' (as engagement)")
      ->capture_default_str();
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes to --out: report.html (one self-contained page: open it in any browser, print it to PDF for\n"
      "Board papers), report.xlsx (every table, one sheet each, with a README sheet), the figures (.svg and\n"
      ".png), every table as .csv and .json, reconciliation, rejects, duplicates, manifest.json.\n"
      "--view board (the default) suppresses small counts and withholds tables about one person; --view officer\n"
      "adds the individual-level sections (reticulists, who matters), with people as pseudonyms (identifiers only\n"
      "with --identify, and then every page says it holds personal data).");
  return [options, pack_flags, &command](const std::vector<std::string>& command_line) {
    const auto started = std::chrono::steady_clock::now();
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    // The board view withholds rejects.csv (its rows are raw records): the warning points to validate.
    const io::Ingested in = run_ingest(config, progress, view_of(*options) == privacy::View::Officer);
    const privacy::View view = view_of(*options);

    report::BoardPackOptions pack_options = *pack_flags;
    set_pack_inputs(pack_options, config);
    pack_options.individual = view == privacy::View::Officer;
    pack_options.identify = config.identify && view == privacy::View::Officer;
    report::BoardPack pack = report::run_board_pack(in.dataset, pack_options, progress);
    for (const auto& a : memory::adaptations()) pack.notes.push_back("To stay within --memory-limit: " + a + ".");
    for (const auto& n : pack.notes) spdlog::warn("{}", n);
    pack.tables.push_back(io::rejects_by_reason_table(in.report));

    CommandRun run{config, in.report, command_line, options->out, view};
    run.options = {{"fragility_designation", joined(pack_options.fragility_designations)},
                   {"repetitions", std::to_string(pack_options.fragility_repetitions)},
                   {"seed", std::to_string(pack_options.seed)},
                   {"percentile", report::format_real(pack_options.engagement.percentile)}};
    run.periods = &pack.periods;
    const io::Manifest manifest = base_manifest(config, in.report, command_line);  // hashes the inputs once
    run.base = &manifest;

    viz::BoardReportInput input;
    input.context = figure_context(*options, config, pack.periods);
    input.title = "Board pack: " + input.context.dataset;
    input.version = RETICULIST_VERSION;
    input.disclosure = disclosure_text(view, config);
    input.personal_data = config.identify && view == privacy::View::Officer;
    input.fragility_scenario = pack.fragility_scenario;
    input.fragility_people = pack.fragility_people;
    input.notes = pack.notes;
    input.options = manifest.options;
    for (const auto& o : run.options) input.options.push_back(o);
    input.options.emplace_back("view", std::string(privacy::view_name(view)));
    for (const auto& i : manifest.inputs) input.inputs.emplace_back(i.path, i.sha256);
    input.key_fingerprint = in.report.key_fingerprint;

    PeopleFigures people;
    if (view == privacy::View::Officer && !pack.periods.empty()) {
      people = [&](const viz::Tables& tables, std::vector<std::string>& notes) {
        return viz::people_figures(in.dataset, pack.periods[pack.periods.size() - 1], tables, pack_options.coattendance, 3,
                                   notes);
      };
    }
    std::optional<BoardPackDrawing> drawing;
    ExtraFiles pack_files;
    pack_files.start = [&](io::OutputFolder& folder, const Written& w) {
      drawing.emplace(start_board_pack(folder, w, input, people, progress, pack_options.threads > 1));
    };
    pack_files.add = [&](io::OutputFolder& folder, const Written&) { add_board_pack(folder, *drawing, progress); };
    const Written written = write_outputs(std::move(pack.tables), run, pack_files);
    drawing.reset();  // the figures' bytes are in their files
    const viz::KeyFigures key = viz::key_figures(written.tables, input.context.periods, input.fragility_people);
    for (const auto& sentence : key.sentences) std::cout << sentence << "\n";
    if (!key.sentences.empty()) std::cout << "\n";
    std::cout << "Board pack written: open " << (written.folder / "report.html").string()
              << " in a browser (it works offline; print it to PDF for Board papers).\n"
              << "Workbook: " << (written.folder / "report.xlsx").string() << "\n";
    print_folder(written, std::cout);
    spdlog::info("report written in {:.1f} s",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
