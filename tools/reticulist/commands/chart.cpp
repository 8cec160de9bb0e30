// reticulist chart: trend charts of the Board pack (small multiples over periods) as SVG, PNG or PDF.
#include <memory>

#include "engine/error.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/figure_run.hpp"
#include "viz/figure/figure_file.hpp"

namespace reticulist::cli {

Runner install_chart(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto kind = std::make_shared<std::string>("engagement");
  add_dataset_options(command, *options, "out/chart.svg");
  command.get_option("--out")->description("Figure file: .svg (labels stay text), .png or .pdf");
  command.add_option("--kind", *kind,
                     "engagement (establishments engaged and never engaged, per authority), practitioners (per "
                     "authority), ties (ties to other authorities, per authority), membership (members, joiners and "
                     "leavers of the largest networks)")
      ->capture_default_str()
      ->check(CLI::IsMember({"engagement", "practitioners", "ties", "membership"}));
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes: the figure to --out, whole or not at all. One panel per authority (or network) on a shared scale;\n"
      "a suppressed point ([c], board view) breaks its line and is marked under the axis.");
  return [options, kind, &command](const std::vector<std::string>&) {
    const auto format = viz::format_of(options->out);
    if (!format) throw ConfigError("--out " + options->out + ": expected a file ending .svg, .png or .pdf");
    const viz::ChartKind k = *viz::parse_chart_kind(*kind);
    report::BoardPackOptions::Parts parts{false, false, false, false, false};
    if (k == viz::ChartKind::Engagement) parts.engagement = true;
    else if (k == viz::ChartKind::Membership) parts.churn = true;
    else parts.summary = true;
    const FigureRun run = run_for_figure(*options, command, parts);
    const viz::SmallMultiples chart = viz::trend_chart(run.tables, run.context, k);
    const viz::Figure figure = viz::chart_figure(chart);
    return write_figure_file(run, options->out, chart.title,
                             [&](std::ostream& out) { viz::write_figure(*format, out, figure); });
  };
}

}  // namespace reticulist::cli
