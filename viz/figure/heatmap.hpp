#pragma once
// A heatmap for people: rows by columns of coloured cells, the value printed where it fits.
//
//   viz::Heatmap h = viz::pivot_heatmap(establishments, spec);   // heatmap_pivot.hpp, or by hand
//   h.title = "Share of staff reached by establishment, 2021/22 to 2023/24";
//   h.legend_title = "Share of teaching staff reached (%)";
//   h.footnote = "[c] suppressed: fewer than 5 people, or a cell that would reveal one (GSS rule)";
//   viz::write_figure(viz::FigureFormat::Png, out, viz::heatmap_figure(h));
//
// Drawing rules: title and subtitle on top, then the legend (a colour bar with ticks and units,
// or one swatch per category; a hatched "[c]" entry when a cell is suppressed and an "NA" entry
// when one has no value), the column axis, and the matrix with its row labels on the left (and
// the row groups, if any, as labelled bands). Below: the footnote and the key of abbreviated
// labels. A label wraps onto two lines where the row is tall enough, else is shortened and
// numbered in the key: labels never overlap. Column labels turn 45 degrees when they do not fit
// their column. Many rows make a taller figure, never thinner rows than 12 px: above 80 rows
// the cells carry no text and labels are set in small type.
#include <optional>
#include <string>
#include <vector>

#include "viz/figure/canvas.hpp"
#include "viz/figure/cell.hpp"
#include "viz/figure/legend.hpp"
#include "viz/figure/palette.hpp"
#include "viz/figure/text_block.hpp"
#include "viz/figure/value_format.hpp"

namespace reticulist::viz {

struct Category {
  std::string name{};
  Rgb colour{};
};

struct Heatmap {
  std::string title{};        // names the data, the period and the measure
  std::string subtitle{};
  std::string description{};  // alt text; empty: one is written from the model (heatmap_description)
  std::string row_axis{};     // what a row is ("Establishment")
  std::string column_axis{};  // what a column is ("Period")
  std::string group_axis{};   // what a row group is ("Authority"), when there are groups
  std::vector<std::string> row_labels{};
  std::vector<std::string> column_labels{};
  std::vector<std::string> row_groups{};  // empty, or one per row; consecutive equal groups form a band
  std::vector<Cell> cells{};              // row-major: cells[row * columns + column]
  // Non-empty: a categorical heatmap (cells are Category, Missing or Suppressed), one swatch each.
  std::vector<Category> categories{};
  ValueFormat format = ValueFormat::Decimal;
  Scale scale = Scale::Viridis;  // Diverging is symmetric around 0 (for changes)
  // The colour scale's range; by default the data's, from 0 for a sequential scale of positive
  // values and symmetric around 0 for Diverging. The colour bar is labelled at nice ticks inside.
  std::optional<double> scale_min{}, scale_max{};
  std::string legend_title{};  // what the colours measure, with units
  std::string footnote{};
  // What a cell without a value shows, and its legend entry: "NA" / "no value" unless the figure
  // knows why (a diagonal that does not apply: "–" / "not applicable: ties within an authority").
  std::string missing_text = "NA";
  std::string missing_meaning = "no value";
};

// Checks the model's shape: cells = rows x columns, one group per row or none, category indices
// in range and categories only in a categorical heatmap. Throws std::invalid_argument.
void validate(const Heatmap& heatmap);

// "Heatmap of <legend title> by <row axis> (n) and <column axis> (m). Values from a to b.
// k cells suppressed ([c]). j cells without a value (NA)." for screen readers.
std::string heatmap_description(const Heatmap& heatmap);

// What a cell shows: its value in the heatmap's format, "NA", "[c]" or its category's name.
std::string cell_text(const Heatmap& heatmap, const Cell& cell);

// Where everything goes, computed once and drawn the same by every backend. Exposed for tests.
struct HeatmapLayout {
  double width = 0.0, height = 0.0;
  Box matrix{};
  double cell_w = 0.0, cell_h = 0.0;
  bool cell_text = false;        // values are printed in the cells (where each fits)
  bool rotated_columns = false;  // column labels at -45 degrees
  double row_label_size = 12.0, column_label_size = 11.0, cell_text_size = 11.0, group_label_size = 11.0;
  std::vector<std::vector<std::string>> row_label_lines{}, column_label_lines{};
  std::vector<Box> row_label_boxes{};     // the ink of each row label
  std::vector<Box> column_label_boxes{};  // bounding boxes (of the rotated text when rotated)
  struct Band {
    std::size_t first_row = 0, rows = 0;
    std::vector<std::string> lines{};  // the group's label
  };
  std::vector<Band> bands{};
  Box group_column{};
  std::vector<std::string> key{};  // "(1) full label" for each shortened label
  double domain_lo = 0.0, domain_hi = 1.0;  // the colour scale's range
  std::vector<double> ticks{};

  Frame frame{};  // title, subtitle, footnote, key
  double legend_title_baseline = 0.0;
  std::optional<Box> colour_bar{};  // absent in a categorical heatmap
  PlacedLegend legend{};            // categories, suppressed and NA entries
  double column_axis_baseline = 0.0;
  double axis_names_baseline = 0.0;     // the row and group axis names, above their columns
  std::string row_axis_text{}, group_axis_text{};
  double column_labels_bottom = 0.0;    // labels sit on this line (rotated: start on it)
  std::optional<double> bottom_labels_top{};  // tall figures repeat column labels below
  double content_left = 0.0, content_right = 0.0;
};

HeatmapLayout layout_heatmap(const Heatmap& heatmap);

// The figure: size, title, alt text and drawing. Calls validate.
Figure heatmap_figure(const Heatmap& heatmap);

}  // namespace reticulist::viz
