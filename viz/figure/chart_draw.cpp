// chart_figure: draws a ChartLayout on any Canvas.
#include <utility>
#include <vector>

#include "viz/figure/chart.hpp"

namespace reticulist::viz {
namespace {

constexpr Rgb kGrid{0xe3, 0xe3, 0xe3};
constexpr Rgb kAxis{0x8c, 0x8c, 0x8c};

struct ChartDrawing {
  SmallMultiples model;
  ChartLayout layout;
};

void draw_panel(Canvas& canvas, const SmallMultiples& chart, const ChartLayout& layout, std::size_t p) {
  const Box& plot = layout.plots[p];
  const Ticks& ticks = layout.y_ticks[p];
  const auto y_of = [&](double v) { return plot.y + plot.h * (1.0 - (v - ticks.lo) / (ticks.hi - ticks.lo)); };
  const std::size_t n_x = chart.x_labels.size();
  const auto x_of = [&](std::size_t i) { return plot.x + plot.w * (static_cast<double>(i) + 0.5) / static_cast<double>(n_x); };

  canvas.text({plot.x - layout.tick_label_width, plot.y - 14.0}, layout.panel_titles[p], text_style(12.0, Weight::Bold, Anchor::Start, kInk));
  for (const double t : ticks.values) {
    const double y = y_of(t);
    canvas.line({plot.x, y}, {plot.x + plot.w, y}, t == 0.0 || t == ticks.lo ? kAxis : kGrid, 1.0);
    canvas.text({plot.x - 6.0, y + 4.0}, format_value(t, chart.format), text_style(11.0, Weight::Normal, Anchor::End, kQuietText));
  }
  const double bottom = plot.y + plot.h;
  for (std::size_t i = n_x == 0 ? 0 : (n_x - 1) % layout.x_label_step; i < n_x; i += layout.x_label_step) {
    canvas.line({x_of(i), bottom}, {x_of(i), bottom + 3.0}, kAxis, 1.0);
    canvas.text({x_of(i), bottom + layout.x_label_baseline}, chart.x_labels[i], text_style(layout.x_label_size, Weight::Normal, Anchor::Middle, kInk));
  }

  const Panel& panel = chart.panels[p];
  const double n_series = static_cast<double>(panel.values.size());
  for (std::size_t s = 0; s < panel.values.size(); ++s) {
    const Rgb colour = chart.series[s].colour.value_or(categorical(s));
    const std::vector<Cell>& values = panel.values[s];
    // Lines through runs of consecutive values: a missing or suppressed value breaks the line.
    std::vector<Point> run;
    const auto flush = [&] {
      if (run.size() > 1) canvas.polyline(run, colour, 2.0);
      run.clear();
    };
    for (std::size_t i = 0; i < n_x; ++i) {
      if (values[i].kind == Cell::Kind::Value) run.push_back({x_of(i), y_of(values[i].value)});
      else flush();
    }
    flush();
    for (std::size_t i = 0; i < n_x; ++i) {
      if (values[i].kind == Cell::Kind::Value) {
        canvas.circle({x_of(i), y_of(values[i].value)}, 3.2, colour, kPaper, 1.0);
      } else if (values[i].kind == Cell::Kind::Suppressed) {
        const double offset = (static_cast<double>(s) - (n_series - 1.0) / 2.0) * 8.0;
        canvas.circle({x_of(i) + offset, bottom + layout.strip_centre}, 3.2, std::nullopt, colour, 1.5);
      }
    }
  }
}

void draw(Canvas& canvas, const ChartDrawing& drawing) {
  const SmallMultiples& chart = drawing.model;
  const ChartLayout& layout = drawing.layout;
  canvas.rect(0.0, 0.0, layout.width, layout.height, kPaper);
  draw_frame(canvas, layout.frame, layout.content_left);
  draw_legend(canvas, layout.legend);
  if (!chart.y_axis.empty()) canvas.text({layout.content_left, layout.y_axis_baseline}, chart.y_axis, text_style(12.0, Weight::Bold, Anchor::Start, kInk));
  for (std::size_t p = 0; p < chart.panels.size(); ++p) draw_panel(canvas, chart, layout, p);
}

}  // namespace

Figure chart_figure(const SmallMultiples& chart) {
  ChartLayout layout = layout_chart(chart);
  const double width = layout.width, height = layout.height;
  return owning_figure(ChartDrawing{chart, std::move(layout)}, width, height, chart.title,
                       chart.description.empty() ? chart_description(chart) : chart.description, draw);
}

}  // namespace reticulist::viz
