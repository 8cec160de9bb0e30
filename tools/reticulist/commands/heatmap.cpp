// reticulist heatmap: one heatmap of the Board pack as SVG, PNG or PDF, from the disclosed tables.
#include <memory>

#include "engine/error.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/figure_run.hpp"
#include "viz/figure/figure_file.hpp"

namespace reticulist::cli {
namespace {

struct HeatmapFlags {
  std::string kind = "authority-ties";
  std::string measure = "ties";
  std::optional<std::string> period;
  std::optional<std::string> compare;
};

}  // namespace

Runner install_heatmap(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto f = std::make_shared<HeatmapFlags>();
  add_dataset_options(command, *options, "out/heatmap.svg");
  command.get_option("--out")->description("Figure file: .svg (labels stay text), .png or .pdf");
  command.add_option("--kind", f->kind,
                     "authority-ties (authority x authority), engagement (board: authority x sector; officer: every "
                     "establishment x period), reach (network x authority), retention (network x period), cohorts "
                     "(cohort-retention triangle)")
      ->capture_default_str()
      ->check(CLI::IsMember({"authority-ties", "engagement", "reach", "retention", "cohorts"}));
  command.add_option("--measure", f->measure,
                     "authority-ties: ties, density (block density), per-100 (ties per 100 practitioners of the row "
                     "authority) or observed-expected (against random mixing)")
      ->capture_default_str()
      ->check(CLI::IsMember({"ties", "density", "per-100", "observed-expected"}));
  command.add_option("--period", f->period, "The period shown (default: the last)");
  command.add_option("--compare", f->compare,
                     "authority-ties: show the change from this period to --period, on a diverging scale");
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes: the figure to --out, whole or not at all. Colours: viridis (sequential), ColorBrewer RdBu (changes),\n"
      "Okabe-Ito (statuses); suppressed cells ([c], board view) are hatched and explained in the legend.");
  return [options, f, &command](const std::vector<std::string>&) {
    const auto format = viz::format_of(options->out);
    if (!format) throw ConfigError("--out " + options->out + ": expected a file ending .svg, .png or .pdf");
    if (f->compare && f->kind != "authority-ties") throw ConfigError("--compare applies to --kind authority-ties only");
    report::BoardPackOptions::Parts parts{false, false, false, false, false};
    if (f->kind == "authority-ties") parts.ties = true;
    else if (f->kind == "engagement" || f->kind == "reach") parts.engagement = true;
    else parts.churn = true;
    const FigureRun run = run_for_figure(*options, command, parts);

    viz::Heatmap heatmap;
    if (f->kind == "authority-ties") {
      const std::string period = viz::chosen_period(run.context, f->period);
      if (f->compare) viz::chosen_period(run.context, f->compare);
      heatmap = viz::authority_ties_heatmap(run.tables, run.context, period, *viz::parse_tie_measure(f->measure), f->compare);
    } else if (f->kind == "engagement") {
      heatmap = viz::engagement_heatmap(run.tables, run.context, viz::chosen_period(run.context, f->period),
                                        run.context.view == privacy::View::Officer);
    } else if (f->kind == "reach") {
      heatmap = viz::reach_heatmap(run.tables, run.context, viz::chosen_period(run.context, f->period));
    } else if (f->kind == "retention") {
      heatmap = viz::retention_heatmap(run.tables, run.context);
    } else {
      heatmap = viz::cohorts_heatmap(run.tables, run.context);
    }
    const viz::Figure figure = viz::heatmap_figure(heatmap);
    return write_figure_file(run, options->out, heatmap.title,
                             [&](std::ostream& out) { viz::write_figure(*format, out, figure); });
  };
}

}  // namespace reticulist::cli
