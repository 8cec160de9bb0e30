#pragma once
// Legend entries shared by heatmaps and charts: a mark and its label, laid out left to right
// and wrapped onto further lines within a width.
#include <string>
#include <vector>

#include "viz/figure/canvas.hpp"

namespace reticulist::viz {

enum class LegendMark : unsigned char {
  Swatch,           // a filled square (a category)
  Suppressed,       // a hatched square: a suppressed cell "[c]"
  Missing,          // a light grey square: no value "NA"
  Series,           // a line with a filled marker (a chart's series)
  SuppressedPoint,  // an open marker below the axis: a suppressed point
  Gap,              // a line broken in the middle: no value at a point
};

struct LegendItem {
  LegendMark mark = LegendMark::Swatch;
  Rgb colour{};
  std::string label{};
};

inline constexpr double kLegendTextSize = 12.0;
inline constexpr double kLegendLineHeight = 20.0;

double legend_item_width(const LegendItem& item);
// The item with its top left corner at `at` (its height is kLegendLineHeight).
void draw_legend_item(Canvas& canvas, const LegendItem& item, Point at);

struct PlacedLegend {
  std::vector<LegendItem> items{};
  std::vector<Point> at{};  // top left corner of each item
  double bottom = 0.0;      // below the last line
  double right = 0.0;       // the widest line's end
};

// Items from (x, y) rightwards, 18 px apart; an item that would pass `right` starts a new line
// at `left`.
PlacedLegend flow_legend(std::vector<LegendItem> items, double left, double x, double y, double right);
void draw_legend(Canvas& canvas, const PlacedLegend& legend);

}  // namespace reticulist::viz
