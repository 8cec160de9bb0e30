// reticulist diagram: the Board pack's diagrams (Graphviz) as SVG, PNG, PDF or DOT: the
// authorities and how their practitioners are tied, the networks against the authorities, the
// networks that share members, and (officer view) the practitioners' backbone and one ego network.
#include <spdlog/spdlog.h>

#include <chrono>
#include <memory>

#include "engine/error.hpp"
#include "engine/layers/selection.hpp"
#include "io/key_file.hpp"
#include "engine/privacy/person_lookup.hpp"
#include "tools/reticulist/command.hpp"
#include "tools/reticulist/figure_run.hpp"
#include "viz/diagram/authorities_diagram.hpp"
#include "viz/diagram/network_diagrams.hpp"
#include "viz/diagram/people_diagrams.hpp"

namespace reticulist::cli {
namespace {

struct DiagramFlags {
  std::string kind = "authorities";
  std::optional<std::string> period;
  std::string size_by = "practitioners";
  std::string ego;
  std::uint64_t seed = 1;
  double min_jaccard = 0.01;
};

std::optional<viz::DiagramFormat> diagram_format_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".svg") return viz::DiagramFormat::Svg;
  if (ext == ".png") return viz::DiagramFormat::Png;
  if (ext == ".pdf") return viz::DiagramFormat::Pdf;
  if (ext == ".dot" || ext == ".gv") return viz::DiagramFormat::Dot;
  return std::nullopt;
}

const report::Table& table(const FigureRun& run, std::string_view name) {
  const report::Table* t = viz::find_table(run.tables, name);
  if (!t) throw ConfigError("diagram: no " + std::string(name) + " table to draw from");
  return *t;
}

// The vertex of the ego: a pseudonym (p_...), an identifier as in the export (pseudonymised with
// the key), or an establishment's SEED code.
std::pair<layers::LayerKind, std::string> ego_of(const FigureRun& run, const std::string& given) {
  const auto& ds = run.in.dataset;
  for (std::size_t e = 0; e < ds.establishments.size(); ++e) {
    if (ds.establishments.id[e] == given) return {layers::LayerKind::Establishment, given};
  }
  const bool pseudonym = given.rfind("p_", 0) == 0;
  const privacy::PersonRequest request =
      privacy::request_people(pseudonym ? std::vector<std::string>{given} : std::vector<std::string>{},
                              pseudonym ? std::vector<std::string>{} : std::vector<std::string>{given});
  const privacy::Pseudonymiser pseudonymiser(io::reload_key(run.config.key_file, run.in.report.key_fingerprint));
  const privacy::NamedPeople named = privacy::find_people(request, pseudonymiser, ds.pseudonyms);
  if (!named.missing.empty()) {
    throw ConfigError("--ego: " + privacy::missing_people(named) + " (give a pseudonym, an identifier as in the "
                      "export, or an establishment's SEED code)");
  }
  return {layers::LayerKind::Practitioner, named.pseudonyms.front()};
}

}  // namespace

Runner install_diagram(CLI::App& command) {
  auto options = std::make_shared<DatasetOptions>();
  auto f = std::make_shared<DiagramFlags>();
  add_dataset_options(command, *options, "out/diagram.svg");
  command.get_option("--out")->description("Diagram file: .svg, .png, .pdf, or .dot (Graphviz source, before layout)");
  command.add_option("--kind", f->kind,
                     "authorities (the Board's picture: authorities and the ties between them), networks (networks "
                     "against authorities), network-overlap (networks that share members), practitioners (officer "
                     "view: the backbone of who works with whom, reticulists marked), ego (officer view for a person: "
                     "one person or establishment and their strongest ties; --ego)")
      ->capture_default_str()
      ->check(CLI::IsMember({"authorities", "networks", "network-overlap", "practitioners", "ego"}));
  command.add_option("--period", f->period, "The period shown (default: the last)");
  command.add_option("--size-by", f->size_by, "authorities: circle area by practitioners or establishments engaged")
      ->capture_default_str()
      ->check(CLI::IsMember({"practitioners", "establishments"}));
  command.add_option("--ego", f->ego,
                     "ego: a pseudonym (p_...), an identifier as written in the export (pseudonymised with the key, "
                     "never written out), or an establishment's SEED code");
  command.add_option("--min-jaccard", f->min_jaccard,
                     "network-overlap: draw the pairs of networks whose Jaccard overlap is at least this (0-1; 0 draws "
                     "every pair, suppressed ones included)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  command.add_option("--seed", f->seed, "Layout seed (neato and sfdp): the same seed, the same picture")
      ->capture_default_str();
  command.footer(
      "Reads: the dataset folder (as validate) and the pseudonymisation key.\n"
      "Writes: the diagram to --out, whole or not at all. Layout: dot for two columns, neato for small graphs,\n"
      "sfdp for large ones (seeded). In the board view a suppressed count shows [c] and is drawn dashed.");
  return [options, f, &command](const std::vector<std::string>&) {
    const auto started = std::chrono::steady_clock::now();
    const auto format = diagram_format_of(options->out);
    if (!format) throw ConfigError("--out " + options->out + ": expected a file ending .svg, .png, .pdf or .dot");
    if (f->kind == "practitioners" && view_of(*options) == privacy::View::Board) {
      throw ConfigError("diagram --kind practitioners shows people: it is for the officer view only (--view officer)");
    }
    if (f->kind == "ego" && f->ego.empty()) throw ConfigError("diagram --kind ego needs --ego");

    report::BoardPackOptions::Parts parts{false, false, false, false, false};
    if (f->kind == "authorities") parts.ties = parts.summary = true;
    else if (f->kind == "networks") parts.engagement = parts.summary = true;
    else if (f->kind == "network-overlap") parts.ties = true;
    const FigureRun run = run_for_figure(*options, command, parts, f->kind == "practitioners");
    const std::string period = viz::chosen_period(run.context, f->period);

    viz::Diagram diagram;
    if (f->kind == "authorities") {
      viz::AuthoritiesDiagramOptions o;
      o.names = &table(run, "by_authority");
      diagram = f->size_by == "practitioners"
                    ? viz::authorities_diagram(table(run, "groups"), table(run, "group_pairs"), period, o)
                    : viz::authorities_establishments_diagram(table(run, "by_authority"), table(run, "group_pairs"), period, o);
    } else if (f->kind == "networks") {
      viz::BipartiteDiagramOptions o;
      o.names = &table(run, "by_authority");
      diagram = viz::networks_bipartite_diagram(table(run, "by_authority_network"), period, o);
    } else if (f->kind == "network-overlap") {
      viz::NetworkOverlapDiagramOptions o;
      o.networks = &table(run, "networks");
      o.min_jaccard = f->min_jaccard;
      diagram = viz::network_overlap_diagram(table(run, "network_pairs"), period, o);
    } else {
      const auto& ds = run.in.dataset;
      const model::Periods periods = layers::dataset_periods(ds, run.config.periods);
      const auto selection = layers::select_periods(ds, periods, period);
      const auto [kind, label] = f->kind == "ego" ? ego_of(run, f->ego)
                                                  : std::pair(layers::LayerKind::Practitioner, std::string());
      if (kind == layers::LayerKind::Practitioner && view_of(*options) == privacy::View::Board) {
        throw ConfigError("diagram --kind ego of a person is for the officer view only (--view officer)");
      }
      const auto layer = layers::build_layer(ds, kind, selection.front().events, coattendance_options(run.config));
      if (f->kind == "practitioners") {
        const auto flags = viz::reticulist_flags(table(run, "nodes"), period, ds, layer);
        diagram = viz::practitioners_diagram(ds, layer, flags, period);
      } else {
        const auto ego = viz::find_vertex(ds, layer, label);
        if (!ego) throw ConfigError("--ego " + (kind == layers::LayerKind::Practitioner ? label : f->ego) + ": no record in " + period);
        diagram = viz::ego_diagram(ds, layer, *ego, period);
      }
    }
    viz::DiagramLayout layout;
    layout.seed = f->seed;
    spdlog::info("layout: {} ({} nodes, {} ties)", viz::layout_engine_name(viz::choose_layout(diagram)),
                 diagram.nodes.size(), diagram.edges.size());
    const int code = write_figure_file(run, options->out, diagram.title,
                                       [&](std::ostream& out) { viz::render_diagram(diagram, *format, out, layout); });
    spdlog::info("diagram drawn in {:.1f} s",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return code;
  };
}

}  // namespace reticulist::cli
