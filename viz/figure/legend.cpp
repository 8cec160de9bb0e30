#include "viz/figure/legend.hpp"

#include <algorithm>

namespace reticulist::viz {
namespace {

constexpr double kMarkWidth = 22.0;  // the mark's box, then a gap before the label
constexpr double kGap = 6.0;
constexpr double kItemSpacing = 18.0;
constexpr Rgb kBorder{0x80, 0x80, 0x80};

}  // namespace

double legend_item_width(const LegendItem& item) {
  return kMarkWidth + kGap + text_width(item.label, kLegendTextSize);
}

void draw_legend_item(Canvas& canvas, const LegendItem& item, Point at) {
  const double top = at.y + 3.0, size = 14.0, mid = at.y + kLegendLineHeight / 2.0;
  const double box_x = at.x + (kMarkWidth - size) / 2.0;
  switch (item.mark) {
    case LegendMark::Swatch:
      canvas.rect(box_x, top, size, size, item.colour);
      canvas.outline(box_x, top, size, size, kBorder, 0.5);
      break;
    case LegendMark::Suppressed:
      canvas.hatched_rect(box_x, top, size, size, kSuppressedFill, kHatchInk);
      canvas.outline(box_x, top, size, size, kBorder, 0.5);
      break;
    case LegendMark::Missing:
      canvas.rect(box_x, top, size, size, kMissingFill);
      canvas.outline(box_x, top, size, size, kBorder, 0.5);
      break;
    case LegendMark::Series: {
      canvas.line({at.x, mid}, {at.x + kMarkWidth, mid}, item.colour, 2.0);
      canvas.circle({at.x + kMarkWidth / 2.0, mid}, 3.5, item.colour, item.colour, 1.0);
      break;
    }
    case LegendMark::SuppressedPoint:
      canvas.circle({at.x + kMarkWidth / 2.0, mid}, 3.5, std::nullopt, item.colour, 1.5);
      break;
    case LegendMark::Gap:
      canvas.line({at.x, mid}, {at.x + 7.0, mid}, item.colour, 2.0);
      canvas.line({at.x + kMarkWidth - 7.0, mid}, {at.x + kMarkWidth, mid}, item.colour, 2.0);
      break;
  }
  canvas.text({at.x + kMarkWidth + kGap, at.y + 14.5}, item.label, text_style(kLegendTextSize));
}

PlacedLegend flow_legend(std::vector<LegendItem> items, double left, double x, double y, double right) {
  PlacedLegend placed;
  placed.right = x;
  bool line_empty = x <= left;  // a first item after something else on the line may wrap
  for (const LegendItem& item : items) {
    const double w = legend_item_width(item);
    if (!line_empty && x + w > right) {
      x = left;
      y += kLegendLineHeight + 4.0;
      line_empty = true;
    }
    placed.at.push_back({x, y});
    placed.right = std::max(placed.right, x + w);
    x += w + kItemSpacing;
    line_empty = false;
  }
  placed.bottom = placed.at.empty() ? y : y + kLegendLineHeight;
  placed.items = std::move(items);
  return placed;
}

void draw_legend(Canvas& canvas, const PlacedLegend& legend) {
  for (std::size_t i = 0; i < legend.items.size(); ++i) draw_legend_item(canvas, legend.items[i], legend.at[i]);
}

}  // namespace reticulist::viz
