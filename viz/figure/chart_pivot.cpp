#include "viz/figure/chart_pivot.hpp"

#include <stdexcept>

namespace reticulist::viz {
namespace {

constexpr std::string_view kWhat = "pivot_small_multiples";

struct Entry {
  std::size_t panel, x, row;
};

}  // namespace

SmallMultiples pivot_small_multiples(const report::Table& table, const ChartPivotSpec& spec) {
  const std::size_t panel_col = column_of(table, spec.panel_column, kWhat);
  const std::size_t x_col = column_of(table, spec.x_column, kWhat);
  std::vector<std::size_t> series_cols;
  for (const SeriesSpec& s : spec.series) {
    series_cols.push_back(column_of(table, s.column, kWhat));
    if (table.column(series_cols.back()).type == report::ColumnType::Text)
      throw std::invalid_argument(std::string(kWhat) + ": column " + s.column + " of table " + table.name() + " is text");
  }
  LabelIndex panels(spec.panel_order), xs(spec.x_order);
  std::vector<Entry> entries;
  for (const std::size_t r : filtered_rows(table, spec.filters, kWhat))
    entries.push_back({panels.index(table.format_cell(r, panel_col)), xs.index(table.format_cell(r, x_col)), r});

  SmallMultiples chart;
  chart.x_labels = xs.labels();
  for (const SeriesSpec& s : spec.series) chart.series.push_back({s.name.empty() ? s.column : s.name, std::nullopt});
  for (const std::string& title : panels.labels()) {
    Panel panel;
    panel.title = title;
    panel.values.assign(spec.series.size(), std::vector<Cell>(xs.size(), Cell::missing()));
    chart.panels.push_back(std::move(panel));
  }
  std::vector<bool> filled(panels.size() * xs.size(), false);
  for (const Entry& p : entries) {
    if (filled[p.panel * xs.size() + p.x]) {
      throw std::invalid_argument(std::string(kWhat) + ": two rows for (" + panels.labels()[p.panel] + ", " +
                                  xs.labels()[p.x] + ") in table " + table.name());
    }
    filled[p.panel * xs.size() + p.x] = true;
    for (std::size_t s = 0; s < series_cols.size(); ++s)
      chart.panels[p.panel].values[s][p.x] = numeric_cell(table, p.row, series_cols[s]);
  }
  chart.x_axis = spec.x_column;
  if (!spec.series.empty()) {
    chart.y_axis = spec.series.front().column;
    chart.format = format_for(table.column(series_cols.front()));
  }
  return chart;
}

}  // namespace reticulist::viz
