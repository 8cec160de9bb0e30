#include "viz/report/people_figures.hpp"

#include "engine/error.hpp"
#include "engine/layers/layer_view.hpp"
#include "io/file_name.hpp"
#include "viz/diagram/people_diagrams.hpp"

namespace reticulist::viz {
namespace {

BoardFigure people_figure(std::string stem, Diagram diagram, std::optional<TableView> table) {
  BoardFigure f{std::move(stem), "people", diagram.title, {}, {}, std::move(table)};
  f.alt = diagram.title + ". " + diagram.subtitle + " " + diagram.footnote;
  f.drawing = std::move(diagram);
  return f;
}

}  // namespace

std::vector<BoardFigure> people_figures(const model::Dataset& ds, const model::Period& period, const Tables& tables,
                                        const graph::CoattendanceOptions& coattendance, std::size_t egos,
                                        std::vector<std::string>& notes) {
  std::vector<BoardFigure> out;
  const report::Table* nodes = find_table(tables, "nodes");
  if (!nodes) {
    notes.push_back("practitioners diagram not drawn: no nodes table (officer view only)");
    return out;
  }
  const graph::EventList events = graph::events_in_period(ds, period);
  const layers::LayerView layer = layers::build_layer(ds, layers::LayerKind::Practitioner, events, coattendance);
  try {
    const auto flags = reticulist_flags(*nodes, period.label, ds, layer);
    const auto rows = [nodes, col = nodes->column_index("reticulist")](std::size_t r) {
      return nodes->format_cell(r, col) == "true";
    };
    out.push_back(people_figure("practitioners_diagram", practitioners_diagram(ds, layer, flags, period.label),
                                TableView{nodes, {"practitioner", "authority", "degree", "reticulist_reasons"}, rows, 50, {}}));
  } catch (const ConfigError& e) {
    notes.push_back(std::string("practitioners diagram not drawn: ") + e.what());
  }
  const report::Table* who = find_table(tables, "who_matters");
  if (!who) return out;
  const auto rank = who->column_index("rank"), person = who->column_index("practitioner");
  io::FileNames stems;  // the stem is made from a table cell: safe and unique, whatever it holds
  for (std::size_t r = 0; r < who->row_count() && out.size() < egos + 1; ++r) {
    const std::string pseudonym = who->format_cell(r, person);
    const auto ego = find_vertex(ds, layer, pseudonym);
    if (!ego) continue;
    const std::string n = who->format_cell(r, rank);
    out.push_back(people_figure(stems.unique("ego_" + n, ""), ego_diagram(ds, layer, *ego, period.label),
                                TableView{who, {"rank", "practitioner", "authority", "designation", "cross_authority_ties"},
                                          [who, person, pseudonym](std::size_t row) {
                                            return who->format_cell(row, person) == pseudonym;
                                          },
                                          0, {}}));
  }
  return out;
}

}  // namespace reticulist::viz
