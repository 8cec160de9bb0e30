#include "tools/reticulist/figure_run.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

#include "io/output_folder.hpp"
#include "tools/reticulist/command_output.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {

void set_pack_inputs(report::BoardPackOptions& pack, const io::DatasetConfig& config) {
  pack.periods = config.periods;
  pack.coattendance = coattendance_options(config);
  pack.threads = thread_count(config);
}

viz::FigureContext figure_context(const DatasetOptions& options, const io::DatasetConfig& config,
                                  const model::Periods& periods) {
  viz::FigureContext context;
  const auto folder = std::filesystem::path(options.dataset).lexically_normal();
  context.dataset = folder.filename().string();
  if (context.dataset.empty()) context.dataset = folder.parent_path().filename().string();  // "data/wp/"
  for (const auto& p : periods) context.periods.push_back(p.label);
  context.view = view_of(options);
  context.threshold = disclosure_rule(config).threshold;
  return context;
}

FigureRun run_for_figure(const DatasetOptions& options, const CLI::App& command,
                         const report::BoardPackOptions::Parts& parts, bool individual) {
  TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
  FigureRun run{{}, {}, make_config(options, command), {}};
  run.in = run_ingest(run.config, progress, false);
  const io::Ingested& in = run.in;

  report::BoardPackOptions pack_options;
  set_pack_inputs(pack_options, run.config);
  pack_options.parts = parts;
  pack_options.individual = individual;
  report::BoardPack pack = report::run_board_pack(in.dataset, pack_options, progress);
  for (const auto& n : pack.notes) spdlog::warn("{}", n);

  const privacy::View view = view_of(options);
  const privacy::DisclosureRule rule = disclosure_rule(run.config);
  std::uint64_t suppressed = 0;
  for (auto& table : pack.tables) {
    privacy::Disclosure d = privacy::disclose(std::move(table), view, rule);
    suppressed += d.suppressed();
    if (d.table) run.tables.push_back(std::move(*d.table));
  }
  if (view == privacy::View::Board) spdlog::info("board view: {} cells suppressed ([c]) in the tables drawn from", suppressed);

  run.context = figure_context(options, run.config, pack.periods);
  return run;
}

int write_figure_file(const FigureRun& run, const std::filesystem::path& path, const std::string& title,
                      const std::function<void(std::ostream&)>& write) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  io::write_atomically(path, write);
  std::cout << "Wrote " << path.string() << ": " << title << "\n";
  return reject_exit_code(run.config, run.in.report);
}

}  // namespace reticulist::cli
