#include "viz/figure/heatmap_pivot.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace reticulist::viz {
namespace {

constexpr std::string_view kWhat = "pivot_heatmap";

Cell category_cell(const report::Table& table, std::size_t row, std::size_t col, const std::vector<Category>& categories) {
  if (table.is_suppressed(row, col)) return Cell::suppressed();
  if (table.is_na(row, col)) return Cell::missing();
  const std::string value = table.format_cell(row, col);
  for (std::size_t i = 0; i < categories.size(); ++i)
    if (categories[i].name == value) return Cell::of_category(i);
  throw std::invalid_argument(std::string(kWhat) + ": " + table.column(col).name + " \"" + value +
                              "\" in table " + table.name() + " is not one of the categories");
}

struct Entry {
  std::size_t row, column;
  Cell cell;
};

}  // namespace

Heatmap pivot_heatmap(const report::Table& table, const PivotSpec& spec) {
  if (spec.symmetric && (!spec.group_column.empty() || !spec.row_label_column.empty()))
    throw std::invalid_argument(std::string(kWhat) + ": a symmetric matrix has no row groups or row label column");
  const std::size_t row_col = column_of(table, spec.row_column, kWhat);
  const std::size_t col_col = column_of(table, spec.column_column, kWhat);
  const std::size_t value_col = column_of(table, spec.value_column, kWhat);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const std::size_t label_col = spec.row_label_column.empty() ? kNone : column_of(table, spec.row_label_column, kWhat);
  const std::size_t group_col = spec.group_column.empty() ? kNone : column_of(table, spec.group_column, kWhat);

  LabelIndex rows(spec.row_order);
  LabelIndex columns_own(spec.column_order);
  LabelIndex& columns = spec.symmetric ? rows : columns_own;
  std::vector<Entry> entries;
  std::vector<std::optional<std::size_t>> first_row;  // by row index: the first table row naming it
  for (const std::size_t r : filtered_rows(table, spec.filters, kWhat)) {
    const Cell cell = spec.categories.empty() ? numeric_cell(table, r, value_col)
                                              : category_cell(table, r, value_col, spec.categories);
    const std::size_t i = rows.index(table.format_cell(r, row_col));
    const std::size_t j = columns.index(table.format_cell(r, col_col));
    first_row.resize(rows.size());
    if (!first_row[i]) first_row[i] = r;
    entries.push_back({i, j, cell});
    if (spec.symmetric && i != j) entries.push_back({j, i, cell});
  }
  first_row.resize(rows.size());
  // Rows named only by an explicit order have their key as label, and no group.
  std::vector<std::string> row_label_of, group_of;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = first_row[i];
    row_label_of.push_back(label_col != kNone && r ? table.format_cell(*r, label_col) : rows.labels()[i]);
    group_of.push_back(group_col != kNone && r ? table.format_cell(*r, group_col) : std::string());
  }

  // Rows kept together by group (groups in order of first row), in order within each group.
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (group_col != kNone) {
    LabelIndex groups;
    std::vector<std::size_t> rank(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rank[i] = groups.index(group_of[i]);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
  }
  std::vector<std::size_t> position(rows.size());
  for (std::size_t p = 0; p < order.size(); ++p) position[order[p]] = p;

  Heatmap h;
  const std::size_t n_columns = columns.size();
  h.cells.assign(rows.size() * n_columns, Cell::missing());
  std::vector<bool> filled(h.cells.size(), false);
  for (const Entry& e : entries) {
    const std::size_t k = position[e.row] * n_columns + e.column;
    if (filled[k]) {
      throw std::invalid_argument(std::string(kWhat) + ": two rows for (" + rows.labels()[e.row] + ", " +
                                  columns.labels()[e.column] + ") in table " + table.name());
    }
    filled[k] = true;
    h.cells[k] = e.cell;
  }
  for (const std::size_t i : order) {
    h.row_labels.push_back(row_label_of[i]);
    if (group_col != kNone) h.row_groups.push_back(group_of[i]);
  }
  h.column_labels = columns.labels();
  h.categories = spec.categories;
  h.row_axis = spec.row_label_column.empty() ? spec.row_column : spec.row_label_column;
  h.column_axis = spec.column_column;
  h.group_axis = spec.group_column;
  h.legend_title = spec.value_column;
  h.format = format_for(table.column(value_col));
  return h;
}

}  // namespace reticulist::viz
