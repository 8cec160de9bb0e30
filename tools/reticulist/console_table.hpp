#pragma once
// A report::Table drawn for people on a terminal (shared/spec/outputs.md, last bullet). The files
// keep every digit; the terminal rounds for reading and shows the columns that answer the table's
// question, then says where the rest is.
//
// Cells, by what the column holds (report::Holds):
//   labels and persons       as written (a period, a name, a pseudonym, a line number)
//   integers                 whole, thousands separated: 12345 -> "12,345", -1234 -> "-1,234"
//   shares                   percent to three significant figures: 1/3 -> "33.3%", 1 -> "100%"
//   other reals              three significant figures, trailing zeros dropped: 1/3 -> "0.333",
//                            1.981818 -> "1.98", 22.0 -> "22"; whole from 999.5 up (12345.6 ->
//                            "12,346": more digits than three, but no false zeros); below 0.0001
//                            in scientific form (0.0000123 -> "1.23e-05")
//   booleans "yes" / "no"; undefined "NA" (the files' spelling, so a reader finds it there);
//   suppressed "[c]"
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

// One cell as print_table shows it (see above).
std::string cell_for_people(const report::Table& table, std::size_t row, std::size_t col);
// The number rules above, on their own.
std::string round_for_people(double v);
std::string share_for_people(double v);
std::string integer_for_people(std::int64_t v);

// Width for print_table when none is given: the terminal's (stdout), $COLUMNS, or kDefaultWidth.
std::size_t console_width();

}  // namespace reticulist::cli
