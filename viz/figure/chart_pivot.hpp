#pragma once
// Small multiples from a report::Table in long form: one table row per panel and x, the series
// in columns.
//
//   viz::ChartPivotSpec spec;
//   spec.panel_column = "authority";  spec.x_column = "period";
//   spec.series = {{"practitioners", "Practitioners"}, {"joiners", "Joiners"}};
//   spec.filters = {{"sector", "all"}};
//   viz::SmallMultiples c = viz::pivot_small_multiples(by_authority, spec);
#include <string>
#include <utility>
#include <vector>

#include "engine/report/table.hpp"
#include "viz/figure/chart.hpp"
#include "viz/figure/table_reading.hpp"

namespace reticulist::viz {

struct SeriesSpec {
  std::string column{};  // Integer, Real or Boolean
  std::string name{};    // shown in the legend; empty: the column's name
};

struct ChartPivotSpec {
  std::string panel_column{};
  std::string x_column{};
  std::vector<SeriesSpec> series{};
  std::vector<Filter> filters{};
  // Explicit orders (these first, each shown even with no data, then others as first met).
  std::vector<std::string> panel_order{}, x_order{};
};

// Points without a table row are Missing, NA Missing, suppressed Suppressed. Titles are left
// empty; x_axis is the x column's name, y_axis the first series' column name, format follows the
// first series' column (format_for). Throws std::invalid_argument for a column not in the table,
// a text series column, or two table rows for one panel and x.
SmallMultiples pivot_small_multiples(const report::Table& table, const ChartPivotSpec& spec);
inline SmallMultiples pivot_small_multiples(const report::Table& table, std::string panel_column, std::string x_column,
                                            std::vector<SeriesSpec> series, std::vector<Filter> filters = {}) {
  return pivot_small_multiples(table, {std::move(panel_column), std::move(x_column), std::move(series), std::move(filters), {}, {}});
}

}  // namespace reticulist::viz
