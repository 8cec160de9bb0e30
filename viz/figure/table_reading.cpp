#include "viz/figure/table_reading.hpp"

#include <stdexcept>

namespace reticulist::viz {

std::size_t column_of(const report::Table& table, std::string_view name, std::string_view what) {
  for (std::size_t c = 0; c < table.column_count(); ++c)
    if (table.column(c).name == name) return c;
  throw std::invalid_argument(std::string(what) + ": table " + table.name() + " has no column " + std::string(name));
}

std::vector<std::size_t> filtered_rows(const report::Table& table, std::span<const Filter> filters,
                                       std::string_view what) {
  std::vector<std::size_t> columns;
  for (const Filter& f : filters) columns.push_back(column_of(table, f.column, what));
  std::vector<std::size_t> rows;
  std::string cell;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    bool keep = true;
    for (std::size_t i = 0; i < filters.size() && keep; ++i) {
      cell.clear();
      table.append_cell(cell, r, columns[i]);
      keep = (cell == filters[i].equals) != filters[i].exclude;
    }
    if (keep) rows.push_back(r);
  }
  return rows;
}

Cell numeric_cell(const report::Table& table, std::size_t row, std::size_t col) {
  if (table.is_suppressed(row, col)) return Cell::suppressed();
  if (table.is_na(row, col)) return Cell::missing();
  switch (table.column(col).type) {
    case report::ColumnType::Integer: return Cell::of(static_cast<double>(table.integer(row, col)));
    case report::ColumnType::Real: return Cell::of(table.real(row, col));
    case report::ColumnType::Boolean: return Cell::of(table.boolean(row, col) ? 1.0 : 0.0);
    case report::ColumnType::Text: break;
  }
  throw std::invalid_argument("figure: column " + table.column(col).name + " of table " + table.name() +
                              " is text, not a number");
}

ValueFormat format_for(const report::ColumnInfo& column) {
  switch (column.holds) {
    case report::Holds::Share: return ValueFormat::Percent;
    case report::Holds::PeopleCount:
    case report::Holds::EstablishmentCount:
    case report::Holds::Count: return ValueFormat::Integer;
    default: break;
  }
  return column.type == report::ColumnType::Integer ? ValueFormat::Integer : ValueFormat::Decimal;
}

LabelIndex::LabelIndex(std::span<const std::string> order) {
  for (const std::string& label : order) index(label);
}

std::size_t LabelIndex::index(const std::string& label) {
  const auto [it, added] = index_.emplace(label, labels_.size());
  if (added) labels_.push_back(label);
  return it->second;
}

}  // namespace reticulist::viz
