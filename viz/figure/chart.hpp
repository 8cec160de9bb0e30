#pragma once
// Small multiples of line charts over periods: one panel per authority (say), the same series
// in each, on a shared y scale by default so that panels compare at a glance.
//
//   viz::SmallMultiples c = viz::pivot_small_multiples(by_authority, spec);  // chart_pivot.hpp
//   c.title = "Practitioners taking part, by authority, 2019/20 to 2023/24";
//   c.y_axis = "Practitioners (people)";
//   viz::write_figure(viz::FigureFormat::Svg, out, viz::chart_figure(c));
//
// Drawing rules: title, subtitle, a legend of the series (and of the marks below when they occur),
// the y axis title with its units, then the panels in a grid of 2 to 4 columns. Each panel has its
// title, horizontal grid lines at 'nice' ticks from 0 (or below, for negative values), labelled
// on its left, and the periods below. Values are points joined by lines; a missing value (NA)
// breaks the line; a suppressed value ("[c]") breaks it too and is marked by an open circle in a
// strip under the axis, since its height is not known.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "viz/figure/canvas.hpp"
#include "viz/figure/cell.hpp"
#include "viz/figure/legend.hpp"
#include "viz/figure/text_block.hpp"
#include "viz/figure/value_format.hpp"

namespace reticulist::viz {

struct Series {
  std::string name{};
  std::optional<Rgb> colour{};  // default: categorical(index)
};

struct Panel {
  std::string title{};
  std::vector<std::vector<Cell>> values{};  // values[series][x]: Value, Missing or Suppressed
};

struct SmallMultiples {
  std::string title{};
  std::string subtitle{};
  std::string description{};  // alt text; empty: chart_description
  std::string x_axis{};       // what the x labels are ("Period"), for the alt text
  std::string y_axis{};       // what the values are, with units
  std::vector<std::string> x_labels{};
  std::vector<Series> series{};
  std::vector<Panel> panels{};
  ValueFormat format = ValueFormat::Decimal;
  std::size_t columns = 0;  // panels per row; 0: 2 to 4 by the number of panels
  bool shared_y = true;     // false: each panel scaled to its own values
  std::string footnote{};
};

// Each panel has one row per series and one value per x label, Category cells are not allowed.
// Throws std::invalid_argument.
void validate(const SmallMultiples& chart);
std::string chart_description(const SmallMultiples& chart);

// Exposed for tests: where the panels and their labels go.
struct ChartLayout {
  double width = 0.0, height = 0.0;
  std::size_t columns = 1;
  std::vector<Box> plots{};                 // each panel's plotting area
  std::vector<std::string> panel_titles{};  // as drawn (shortened ones numbered in the key)
  std::vector<Ticks> y_ticks{};             // per panel (all equal when shared)
  std::size_t x_label_step = 1;             // every x label, or every second, ... (the last always)
  double x_label_size = 11.0;
  double tick_label_width = 0.0;            // left of each plot; the panel title starts there
  double x_label_baseline = 0.0;            // below each plot's bottom
  double strip_centre = 0.0;                // below each plot's bottom: suppressed points' markers
  std::vector<std::string> key{};
  Frame frame{};
  PlacedLegend legend{};
  double y_axis_baseline = 0.0;
  double content_left = 0.0;
};
ChartLayout layout_chart(const SmallMultiples& chart);

Figure chart_figure(const SmallMultiples& chart);

}  // namespace reticulist::viz
