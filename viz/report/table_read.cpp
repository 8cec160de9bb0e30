#include "viz/report/table_read.hpp"

#include <cmath>

#include "engine/report/format_for_people.hpp"

namespace reticulist::viz {
namespace {

std::optional<std::size_t> column_of(const report::Table& table, std::string_view name) {
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (table.column(c).name == name) return c;
  }
  return std::nullopt;
}

bool matches(const report::Table& table, std::size_t row, const std::vector<std::pair<std::size_t, std::string_view>>& at) {
  for (const auto& [col, text] : at) {
    if (table.format_cell(row, col) != text) return false;
  }
  return true;
}

std::optional<std::vector<std::pair<std::size_t, std::string_view>>> columns_of(const report::Table& table, Where where) {
  std::vector<std::pair<std::size_t, std::string_view>> at;
  for (const auto& [name, text] : where) {
    const auto col = column_of(table, name);
    if (!col) return std::nullopt;
    at.emplace_back(*col, text);
  }
  return at;
}

}  // namespace

const report::Table* find_table(const Tables& tables, std::string_view name) {
  for (const auto& t : tables) {
    if (t.name() == name) return &t;
  }
  return nullptr;
}

std::optional<std::size_t> find_row(const report::Table& table, Where where) {
  const auto at = columns_of(table, where);
  if (!at) return std::nullopt;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (matches(table, r, *at)) return r;
  }
  return std::nullopt;
}

Number read_number(const report::Table& table, std::size_t row, std::string_view column) {
  Number n;
  const auto col = column_of(table, column);
  if (!col || row >= table.row_count()) return n;
  n.text = report::cell_for_people(table, row, *col);
  if (table.is_suppressed(row, *col)) {
    n.state = Number::State::Suppressed;
  } else if (table.is_na(row, *col)) {
    n.state = Number::State::Na;
  } else if (table.column(*col).type == report::ColumnType::Integer) {
    n.state = Number::State::Known;
    n.value = static_cast<double>(table.integer(row, *col));
  } else if (table.column(*col).type == report::ColumnType::Real) {
    n.state = Number::State::Known;
    n.value = table.real(row, *col);
  }
  return n;
}

Number read_number(const Tables& tables, std::string_view table, Where where, std::string_view column) {
  const report::Table* t = find_table(tables, table);
  if (!t) return {};
  const auto row = find_row(*t, where);
  return row ? read_number(*t, *row, column) : Number{};
}

Number sum_numbers(const Tables& tables, std::string_view table, Where where, std::string_view column) {
  const report::Table* t = find_table(tables, table);
  if (!t) return {};
  const auto at = columns_of(*t, where);
  if (!at) return {};
  bool any = false;
  double total = 0.0;
  for (std::size_t r = 0; r < t->row_count(); ++r) {
    if (!matches(*t, r, *at)) continue;
    const Number n = read_number(*t, r, column);
    if (n.state == Number::State::Suppressed) return {Number::State::Suppressed, 0.0, std::string(report::kSuppressed)};
    if (n.state == Number::State::Missing) return {};
    any = true;
    if (n.known()) total += n.value;
  }
  return any ? count_number(total) : Number{};
}

Number count_number(double v) {
  return {Number::State::Known, v, report::integer_for_people(static_cast<std::int64_t>(std::llround(v)))};
}

Number share_number(double v) {
  if (!std::isfinite(v)) return {Number::State::Na, 0.0, "NA"};
  return {Number::State::Known, v, report::share_for_people(v)};
}

}  // namespace reticulist::viz
