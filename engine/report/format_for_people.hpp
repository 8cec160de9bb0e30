#pragma once
// Numbers written for people (shared/spec/outputs.md, last bullet): the terminal, the HTML
// report and the workbook's README round for reading; the files keep every digit.
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
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/report/table.hpp"

namespace reticulist::report {

// One cell as people read it (see above).
std::string cell_for_people(const Table& table, std::size_t row, std::size_t col);
// The number rules above, on their own.
std::string round_for_people(double v);
std::string share_for_people(double v);
std::string integer_for_people(std::int64_t v);

// Label and person columns name the row: shown as written, and kept when columns are dropped.
bool names_row(const ColumnInfo& info);
// Integer and Real columns: right-aligned, header included, so that digits line up.
bool is_numeric(const ColumnInfo& info);

}  // namespace reticulist::report
