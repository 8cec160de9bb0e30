#pragma once
// What `heatmap`, `chart` and `diagram` share: ingest, the parts of the Board pack a figure
// needs, disclosure of those tables for the view (as every command's tables), and the figure's
// context; then the figure is written whole or not at all.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "engine/report/board_pack.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "viz/report/board_figures.hpp"

namespace reticulist::cli {

struct FigureRun {
  viz::Tables tables;  // disclosed for the view; withheld tables absent
  viz::FigureContext context;
  io::DatasetConfig config;
  io::Ingested in;     // the dataset, for diagrams drawn from a layer
};

// The Board pack's options that come from the configuration: periods, co-attendance, threads.
void set_pack_inputs(report::BoardPackOptions& pack, const io::DatasetConfig& config);

// What every figure of a run says about where it comes from: the dataset folder's name, the
// periods, the view and the disclosure threshold.
viz::FigureContext figure_context(const DatasetOptions& options, const io::DatasetConfig& config,
                                  const model::Periods& periods);

// Ingests `options`' dataset and computes and discloses the pack's `parts` (and, with
// `individual`, the last period's nodes: officer view only).
FigureRun run_for_figure(const DatasetOptions& options, const CLI::App& command,
                         const report::BoardPackOptions::Parts& parts, bool individual = false);

// Writes `path` atomically through `write`, logs it, prints "Wrote <path>: <title>" and returns
// the exit code (reject_exit_code).
int write_figure_file(const FigureRun& run, const std::filesystem::path& path, const std::string& title,
                      const std::function<void(std::ostream&)>& write);

}  // namespace reticulist::cli
