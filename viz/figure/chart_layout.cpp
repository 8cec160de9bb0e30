// layout_chart: the grid of panels and the text around it; chart_draw.cpp draws them.
#include <algorithm>
#include <cmath>
#include <limits>

#include "viz/figure/chart.hpp"
#include "viz/figure/label_key.hpp"

namespace reticulist::viz {
namespace {

constexpr double kMargin = 20.0;
constexpr double kMinContentWidth = 560.0;
constexpr double kPlotHeight = 140.0, kMinPlotWidth = 180.0, kMaxPlotWidth = 360.0;
constexpr double kGapX = 28.0, kGapY = 16.0;
constexpr double kPanelTitle = 30.0;  // above the plot, clear of the top tick label
constexpr double kLabelSize = 11.0;

std::size_t auto_columns(std::size_t panels) {
  if (panels <= 3) return std::max<std::size_t>(panels, 1);
  if (panels == 4) return 2;
  if (panels <= 6 || panels == 9) return 3;
  return 4;
}

// Ticks over the values of the given panels, from 0 unless a value is negative.
Ticks ticks_over(const SmallMultiples& chart, std::size_t first, std::size_t last) {
  double lo = 0.0, hi = 0.0;
  bool any = false;
  for (std::size_t p = first; p < last; ++p) {
    for (const std::vector<Cell>& values : chart.panels[p].values) {
      for (const Cell& cell : values) {
        if (cell.kind != Cell::Kind::Value) continue;
        lo = std::min(lo, cell.value);
        hi = std::max(hi, cell.value);
        any = true;
      }
    }
  }
  if (!any) hi = 1.0;
  return nice_ticks(lo, hi, 6, chart.format);
}

bool any_cell(const SmallMultiples& chart, Cell::Kind kind) {
  for (const Panel& panel : chart.panels)
    for (const std::vector<Cell>& values : panel.values)
      for (const Cell& cell : values)
        if (cell.kind == kind) return true;
  return false;
}

}  // namespace

ChartLayout layout_chart(const SmallMultiples& chart) {
  validate(chart);
  ChartLayout layout;
  layout.content_left = kMargin;
  LabelKey key;
  const std::size_t n = chart.panels.size(), n_x = chart.x_labels.size();
  layout.columns = chart.columns > 0 ? chart.columns : auto_columns(n);
  const std::size_t rows = (n + layout.columns - 1) / layout.columns;

  if (chart.shared_y) layout.y_ticks.assign(n, ticks_over(chart, 0, n));
  else for (std::size_t p = 0; p < n; ++p) layout.y_ticks.push_back(ticks_over(chart, p, p + 1));
  double tick_w = 0.0;
  for (const Ticks& ticks : layout.y_ticks)
    for (const double t : ticks.values) tick_w = std::max(tick_w, text_width(format_value(t, chart.format), kLabelSize));
  tick_w += 8.0;

  // Plot width: each x label in its slot (in 11 px type, else 10 px), within bounds; beyond the
  // maximum, every k-th label, the last one always.
  const auto slot = [&](double size) {
    double w = 0.0;
    for (const std::string& label : chart.x_labels) w = std::max(w, text_width(label, size));
    return w + 8.0;
  };
  layout.x_label_size = kLabelSize;
  if (static_cast<double>(n_x) * slot(kLabelSize) > kMaxPlotWidth) layout.x_label_size = kLabelSize - 1.0;
  const double wanted = static_cast<double>(n_x) * slot(layout.x_label_size);
  const double plot_w = std::clamp(wanted, kMinPlotWidth, kMaxPlotWidth);
  layout.x_label_step = static_cast<std::size_t>(std::max(1.0, std::ceil(wanted / plot_w)));

  const bool strip = any_cell(chart, Cell::Kind::Suppressed);
  const double below = (strip ? 16.0 : 4.0) + 18.0;  // marker strip, x labels
  layout.tick_label_width = tick_w;
  layout.strip_centre = 10.0;
  layout.x_label_baseline = (strip ? 16.0 : 4.0) + 12.0;
  const double panel_w = tick_w + plot_w, panel_h = kPanelTitle + kPlotHeight + below;
  const double grid_w = static_cast<double>(layout.columns) * panel_w + static_cast<double>(layout.columns - 1) * kGapX;
  const double content_w = std::max(kMinContentWidth, grid_w);

  double y = place_heading(layout.frame, chart.title, chart.subtitle, content_w, kMargin) + 12.0;
  std::vector<LegendItem> items;
  for (std::size_t s = 0; s < chart.series.size(); ++s)
    items.push_back({LegendMark::Series, chart.series[s].colour.value_or(categorical(s)), chart.series[s].name});
  if (strip) items.push_back({LegendMark::SuppressedPoint, kQuietText, "[c] suppressed (marked under the axis)"});
  if (any_cell(chart, Cell::Kind::Missing)) items.push_back({LegendMark::Gap, kQuietText, "no value (NA)"});
  layout.legend = flow_legend(std::move(items), kMargin, kMargin, y, kMargin + content_w);
  y = layout.legend.bottom + 12.0;
  if (!chart.y_axis.empty()) {
    layout.y_axis_baseline = y + 12.0;
    y += 24.0;
  }

  for (std::size_t p = 0; p < n; ++p) {
    const double left = kMargin + static_cast<double>(p % layout.columns) * (panel_w + kGapX);
    const double top = y + static_cast<double>(p / layout.columns) * (panel_h + kGapY);
    layout.plots.push_back({left + tick_w, top + kPanelTitle, plot_w, kPlotHeight});
    layout.panel_titles.push_back(key.fit(chart.panels[p].title, 12.0, Weight::Bold, panel_w, 1).front());
  }
  y += static_cast<double>(rows) * panel_h + static_cast<double>(rows > 0 ? rows - 1 : 0) * kGapY;
  layout.key = key.lines();
  y = place_notes(layout.frame, chart.footnote, layout.key, content_w, y + 14.0);
  layout.width = std::ceil(kMargin + content_w + kMargin);
  layout.height = std::ceil(y + kMargin);
  return layout;
}

}  // namespace reticulist::viz
