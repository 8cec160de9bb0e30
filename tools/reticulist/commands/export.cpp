// reticulist export: one layer of the model as a file for igraph, networkx, Gephi, yEd or Graphviz.
#include <spdlog/spdlog.h>

#include <fstream>
#include <memory>

#include "engine/layers/layer_view.hpp"
#include "engine/layers/selection.hpp"
#include "engine/error.hpp"
#include "io/export/dot_writer.hpp"
#include "io/export/edge_list_writer.hpp"
#include "io/export/gexf_writer.hpp"
#include "io/export/graphml_writer.hpp"
#include "engine/layers/attributed_layer.hpp"
#include "io/export/node_link_writer.hpp"
#include "io/output_folder.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/dataset_options.hpp"
#include "tools/reticulist/terminal_progress.hpp"

namespace reticulist::cli {
namespace {

struct ExportOptions {
  std::string format = "graphml";
  std::string layer = "practitioner";
  std::string period = "all";
  bool newman = false;
  bool gexf_1_2 = false;
};

void write_format(const layers::AttributedLayer& g, io::ExportFormat format, bool gexf_1_2, std::ostream& out) {
  switch (format) {
    case io::ExportFormat::Graphml: io::write_graphml(g, out); break;
    case io::ExportFormat::Gexf: io::write_gexf(g, out, gexf_1_2 ? io::GexfVersion::V1_2draft : io::GexfVersion::V1_3); break;
    case io::ExportFormat::Dot: io::write_dot(g, out); break;
    case io::ExportFormat::Json: io::write_node_link_json(g, out); break;
    case io::ExportFormat::Csv: io::write_csv_edges(g, out); break;
  }
}

}  // namespace

Runner install_export(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto ex = std::make_shared<ExportOptions>();
  add_dataset_options(command, *options, "");
  command.get_option("--out")->description(
      "Output file (default out/export/<layer>.<format>); csv also writes <name>.nodes.csv beside it");
  command.add_option("--format", ex->format, "graphml, gexf, dot, json (networkx node-link) or csv")
      ->capture_default_str();
  command.add_option("--layer", ex->layer, "practitioner (co-attendance), establishment, authority or network")
      ->capture_default_str();
  command.add_option("--period", ex->period,
                     "a period label (e.g. 2022/23) or all (the whole span; GEXF then carries each period as a time spell)")
      ->capture_default_str();
  command.add_flag("--newman", ex->newman, "practitioner ties weighted by Newman's 1/(n-1) instead of shared events");
  command.add_flag("--gexf-1.2", ex->gexf_1_2, "GEXF 1.2draft instead of 1.3 (networkx reads only 1.2draft)");
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes: one file (--out): the layer's vertices with their attributes and its weighted ties; practitioners\n"
      "appear as pseudonyms unless --identify. Nothing else is written, not even the ingest tables.");
  return [options, ex, &command](const std::vector<std::string>&) {
    // Graph files carry one row per vertex with typed attributes, which have no place for a
    // suppressed cell: they are the analyst's, and the board view is refused rather than ignored.
    if (view_of(*options) == privacy::View::Board) {
      throw ConfigError("--view board: export writes graph files for analysis, which only the officer view has "
                        "(the board view applies to the tables of summary, metrics, churn, engagement, whatif and "
                        "validate)");
    }
    const auto format = io::parse_export_format(ex->format);
    const auto kind = layers::parse_layer_kind(ex->layer);
    if (!kind) throw ConfigError("--layer " + ex->layer + ": expected practitioner, establishment, authority or network");
    std::filesystem::path out = options->out.empty()
                                    ? std::filesystem::path("out/export") /
                                          (ex->layer + std::string(io::export_format_extension(format)))
                                    : std::filesystem::path(options->out);
    options->out = out.parent_path().empty() ? "." : out.parent_path().string();
    TerminalProgress progress(spdlog::get_level() > spdlog::level::info);
    const io::DatasetConfig config = make_config(*options, command);
    const io::Ingested in = run_ingest(config, progress, /*writes_rejects=*/false);
    const auto& ds = in.dataset;

    graph::CoattendanceOptions co = coattendance_options(config);
    if (ex->newman) co.weight = graph::TieWeight::Newman;
    const model::Periods periods = layers::dataset_periods(ds, config.periods);
    if (ex->period == "each") throw ConfigError("--period each: export writes one file; give a period or all");
    const auto selection = layers::select_periods(ds, periods, ex->period);
    const auto layer = layers::build_layer(ds, *kind, selection.front().events, co);
    const bool whole_span = !selection.front().period;
    layers::AttributedLayer g = layers::attributed_layer(ds, layer, whole_span ? &periods : nullptr, co, config.identify);
    g.description += ", " + selection.front().label;

    std::filesystem::create_directories(out.parent_path().empty() ? "." : out.parent_path());
    io::write_atomically(out, [&](std::ostream& os) { write_format(g, format, ex->gexf_1_2, os); });
    std::filesystem::path nodes;
    if (format == io::ExportFormat::Csv) {
      nodes = out;
      nodes.replace_extension(".nodes.csv");
      io::write_atomically(nodes, [&](std::ostream& os) { io::write_csv_nodes(g, os); });
    }
    spdlog::info("{} layer ({}): {} vertices, {} ties", ex->layer, selection.front().label, layer.graph.vertex_count(),
                 layer.graph.edge_count());
    std::cout << "Wrote " << out.string() << (nodes.empty() ? "" : " and " + nodes.string()) << '\n';
    return reject_exit_code(config, in.report);
  };
}

}  // namespace reticulist::cli
