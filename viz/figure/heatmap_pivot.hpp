#pragma once
// A heatmap from a report::Table in long form: one table row per cell.
//
//   viz::PivotSpec spec;
//   spec.row_column = "establishment";  spec.row_label_column = "name";
//   spec.column_column = "period";      spec.value_column = "share_of_staff_reached";
//   spec.group_column = "authority";    spec.filters = {{"period", "all"}};  // or any column = value
//   viz::Heatmap h = viz::pivot_heatmap(establishments, spec);
//
// A pairs table (group_pairs: group_a <= group_b) is a symmetric matrix: spec.symmetric = true
// fills both (a, b) and (b, a), and rows and columns are the same labels.
#include <string>
#include <vector>

#include "engine/report/table.hpp"
#include "viz/figure/heatmap.hpp"
#include "viz/figure/table_reading.hpp"

namespace reticulist::viz {

struct PivotSpec {
  std::string row_column{};
  std::string column_column{};
  // A number (Integer, Real or Boolean), or with `categories` a Text naming one of them.
  std::string value_column{};
  std::vector<Category> categories{};
  std::string row_label_column{};  // optional: the label shown for a row (a name beside a code)
  std::string group_column{};      // optional: each row's group; rows are kept together by group
  std::vector<Filter> filters{};   // only the rows matching every filter
  bool symmetric = false;          // unordered pairs: the cell (a, b) is also (b, a)
  // Explicit orders of row and column keys (values of row_column and column_column): these
  // first, each shown even with no data, then others as first met in the table. Symmetric
  // matrices use row_order for both.
  std::vector<std::string> row_order{}, column_order{};
};

// Cells without a table row are Missing; NA cells are Missing; suppressed cells Suppressed.
// Titles are left empty; row_axis, column_axis, group_axis and legend_title are the column
// names, and format follows the value column (format_for). Throws std::invalid_argument for a
// column not in the table, a text value not among the categories, symmetric with a group or
// row label column, and two table rows for one cell ("pivot_heatmap: two rows for (a, b) in
// table t": a filter is missing).
Heatmap pivot_heatmap(const report::Table& table, const PivotSpec& spec);

}  // namespace reticulist::viz
