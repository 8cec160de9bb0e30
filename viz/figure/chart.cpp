#include "viz/figure/chart.hpp"

#include <stdexcept>

namespace reticulist::viz {

void validate(const SmallMultiples& chart) {
  const std::size_t n_series = chart.series.size(), n_x = chart.x_labels.size();
  for (const Panel& panel : chart.panels) {
    if (panel.values.size() != n_series) {
      throw std::invalid_argument("chart: panel \"" + panel.title + "\" has " + std::to_string(panel.values.size()) +
                                  " series of " + std::to_string(n_series));
    }
    for (const std::vector<Cell>& values : panel.values) {
      if (values.size() != n_x) {
        throw std::invalid_argument("chart: panel \"" + panel.title + "\" has a series of " +
                                    std::to_string(values.size()) + " values for " + std::to_string(n_x) + " x labels");
      }
      for (const Cell& cell : values)
        if (cell.kind == Cell::Kind::Category) throw std::invalid_argument("chart: a category is not a value");
    }
  }
}

std::string chart_description(const SmallMultiples& chart) {
  const auto count = [](std::size_t n, const char* one, const char* many) { return std::to_string(n) + ' ' + (n == 1 ? one : many); };
  std::string out = "Line charts of " + (chart.y_axis.empty() ? std::string("values") : chart.y_axis);
  if (!chart.x_labels.empty()) {
    out += " by " + (chart.x_axis.empty() ? std::string("period") : chart.x_axis) + ", " + chart.x_labels.front() +
           " to " + chart.x_labels.back();
  }
  out += ", in " + count(chart.panels.size(), "panel", "panels");
  for (std::size_t i = 0; i < chart.panels.size(); ++i) out += (i == 0 ? ": " : ", ") + chart.panels[i].title;
  out += ". Series: ";
  for (std::size_t i = 0; i < chart.series.size(); ++i) out += (i == 0 ? "" : ", ") + chart.series[i].name;
  out += '.';
  std::size_t suppressed = 0, missing = 0;
  for (const Panel& panel : chart.panels) {
    for (const std::vector<Cell>& values : panel.values) {
      for (const Cell& cell : values) {
        suppressed += cell.kind == Cell::Kind::Suppressed;
        missing += cell.kind == Cell::Kind::Missing;
      }
    }
  }
  if (suppressed > 0) out += ' ' + count(suppressed, "point", "points") + " suppressed ([c]).";
  if (missing > 0) out += ' ' + count(missing, "point", "points") + " without a value (NA).";
  return out;
}

}  // namespace reticulist::viz
