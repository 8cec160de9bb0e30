#pragma once
// A report::Table drawn for people on a terminal (shared/spec/outputs.md, last bullet). The files
// keep every digit; the terminal rounds for reading and shows the columns that answer the table's
// question, then says where the rest is.
//
// Cells as report::cell_for_people writes them (engine/report/format_for_people.hpp): three
// significant figures, shares in percent, thousands separated, NA, [c].
//
// Columns: the table's headline (report::Table::set_headline) if it has one, else every column,
// in order; then, left to right, as many as fit `width` characters, where label and person columns
// are always kept (a row must say what it is) and the first column that does not fit ends the
// others. A line under the table says how many columns the file has when some were left out.
// Numbers and their headers are right-aligned, text left-aligned.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "engine/report/format_for_people.hpp"
#include "engine/report/table.hpp"

namespace reticulist::cli {

struct PrintOptions {
  // Only the rows whose `period` column is this; the column itself is then left out (the title
  // names the period).
  std::optional<std::string> only_period{};
  // Characters a line may take; 0: the terminal's width when stdout is one, else $COLUMNS, else
  // kDefaultWidth.
  std::size_t width = 0;
};

// The width of tables written to a file, a pipe or a log: the same every run.
inline constexpr std::size_t kDefaultWidth = 120;

void print_table(const report::Table& table, std::ostream& out, const PrintOptions& options);
void print_table(const report::Table& table, std::ostream& out, const std::optional<std::string>& only_period = {});

// The last line after the tables: where every column and digit is ("Full tables: out/summary/*.csv").
void print_full_tables(const std::filesystem::path& folder, std::ostream& out);

// Width for print_table when none is given: the terminal's (stdout), $COLUMNS, or kDefaultWidth.
std::size_t console_width();

}  // namespace reticulist::cli
