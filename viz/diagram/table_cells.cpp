#include "viz/diagram/table_cells.hpp"

#include <cmath>

#include "engine/error.hpp"
#include "viz/diagram/dot_text.hpp"

namespace reticulist::viz {

std::size_t column_named(const report::Table& table, std::string_view name, std::string_view who) {
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (table.column(c).name == name) return c;
  }
  throw ConfigError(std::string(who) + ": table " + table.name() + " has no column " + std::string(name));
}

std::vector<std::size_t> rows_of_period(const report::Table& table, const std::string& period, std::string_view who) {
  const std::size_t col = column_named(table, "period", who);
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (!table.is_na(r, col) && !table.is_suppressed(r, col) && table.text(r, col) == period) rows.push_back(r);
  }
  if (rows.empty()) throw ConfigError(std::string(who) + ": " + table.name() + " has no row for period " + period);
  return rows;
}

std::string count_text(double value) {
  if (std::abs(value) < 9.0e15 && value == std::round(value)) return thousands(static_cast<std::int64_t>(value));
  return fixed(value, 2);
}

std::string Count::text() const {
  if (suppressed) return std::string(report::kSuppressed);
  if (!value) return "NA";
  return count_text(*value);
}

Count count_at(const report::Table& table, std::size_t row, std::size_t col) {
  Count c;
  if (table.is_suppressed(row, col)) {
    c.suppressed = true;
    return c;
  }
  if (table.is_na(row, col)) return c;
  if (table.column(col).type == report::ColumnType::Integer) {
    c.value = static_cast<double>(table.integer(row, col));
  } else {
    c.value = table.real(row, col);
  }
  return c;
}

std::string text_at(const report::Table& table, std::size_t row, std::size_t col) {
  if (table.is_na(row, col) || table.is_suppressed(row, col)) return "";
  return table.text(row, col);
}

}  // namespace reticulist::viz
