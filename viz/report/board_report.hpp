#pragma once
// The Board pack's page: which figures it draws from the disclosed tables, and the sections that
// hold them with their sentences, table equivalents and methods. `reticulist report` writes each
// figure as a file too (SVG and PNG) and the same tables as CSV, JSON and the workbook.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "viz/diagram/diagram.hpp"
#include "viz/figure/canvas.hpp"
#include "viz/figure/figure_file.hpp"
#include "viz/page/report_page.hpp"
#include "viz/report/board_figures.hpp"

namespace reticulist::viz {

// One picture of the pack: drawn by Cairo (heatmaps, charts) or Graphviz (diagrams).
struct BoardFigure {
  std::string stem;     // file name without extension: "authority_ties_heatmap"
  std::string section;  // the id of the page section it belongs to
  std::string title;
  std::string alt;
  std::variant<Figure, Diagram> drawing;
  std::optional<TableView> table;  // the figure's numbers

  // The standalone SVG document, laid out once (the file and the page's inline copy share it).
  const std::string& svg() const;
  void write_png(std::ostream& out) const;

  mutable std::optional<std::string> svg_cache{};  // svg()'s result, kept (left out of initialisers)
};

// Every figure the tables allow (a figure whose table is absent is left out, and said in `notes`).
// `extra`: figures the caller drew from a layer (the officer view's practitioners backbone).
std::vector<BoardFigure> board_figures(const Tables& tables, const FigureContext& context,
                                       std::vector<std::string>& notes);

struct BoardReportInput {
  const Tables* tables = nullptr;
  FigureContext context;
  std::string title;  // "Board pack: west-partnership"
  std::string version;
  std::string disclosure;  // the rule in words (board) or what the officer view is
  bool personal_data = false;  // --identify in the officer view
  std::string fragility_scenario;  // who the scenario removes, in words; empty when it was not run
  std::string fragility_people;    // the same for a sentence ("people recorded as 'seconded officer'")
  std::vector<std::string> notes;  // what was skipped and why
  std::vector<std::pair<std::string, std::string>> options;  // name, value
  std::vector<std::pair<std::string, std::string>> inputs;   // file, SHA-256
  std::string key_fingerprint;
  std::vector<std::pair<std::string, std::string>> withheld;  // table, reason
};

ReportPage board_page(const BoardReportInput& input, const std::vector<BoardFigure>& figures);

}  // namespace reticulist::viz
