#include "tools/reticulist/console_table.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

namespace reticulist::cli {
namespace {

// Display width of UTF-8 text: count the bytes that start a character.
std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void print_table(const report::Table& table, std::ostream& out, const std::optional<std::string>& only_period) {
  std::optional<std::size_t> period_col;
  if (only_period) {
    for (std::size_t c = 0; c < table.column_count(); ++c) {
      if (table.column(c).name == "period") period_col = c;
    }
  }
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (!period_col || table.text(r, *period_col) == *only_period) rows.push_back(r);
  }
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (c != period_col) columns.push_back(c);
  }
  std::vector<std::vector<std::string>> cells(rows.size() + 1);
  std::vector<std::size_t> width(columns.size(), 0);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    cells[0].push_back(table.column(columns[i]).name);
    width[i] = width_of(cells[0][i]);
  }
  for (std::size_t k = 0; k < rows.size(); ++k) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      cells[k + 1].push_back(table.format_cell(rows[k], columns[i]));
      width[i] = std::max(width[i], width_of(cells[k + 1][i]));
    }
  }
  out << table.title() << (only_period ? " (" + *only_period + ")" : std::string()) << '\n';
  for (const auto& line : cells) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const bool numeric = table.column(columns[i]).type == report::ColumnType::Integer ||
                           table.column(columns[i]).type == report::ColumnType::Real;
      const std::string pad(width[i] - width_of(line[i]), ' ');
      out << (i ? "  " : "") << (numeric ? pad + line[i] : line[i] + (i + 1 < columns.size() ? pad : ""));
    }
    out << '\n';
  }
  out << '\n';
}

}  // namespace reticulist::cli
