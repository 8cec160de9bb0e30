#pragma once
// The Board pack's workbook: report::Tables as an Excel file (.xlsx, libxlsxwriter), for people
// who open it in Excel or LibreOffice (shared/spec/outputs.md).
//
// Sheets: "README" first (title, the view and the disclosure rule, the symbols, the caller's
// notes, then for each sheet its table's title, description, rows and columns: name, description,
// type, what it holds), then one sheet per table in the order given, named after the table
// (io/xlsx_sheet_names.hpp). A table sheet has one bold header row of column names, frozen and
// filterable, columns about as wide as their contents, and prints on A4 landscape, one page wide,
// the header row repeated.
//
// Cells keep their precision (16 significant digits: libxlsxwriter 1.1.4 writes "%.16G", Excel
// itself computes with 15; the CSV keeps 10); only the display format rounds:
//   Integer   a number shown "#,##0" ("0" where the column names the row: a line, an id);
//             beyond 15 digits, which Excel cannot hold exactly, the digits as text
//   Real      a number; shares "0.0%"; other columns with the decimals that give their largest
//             value three significant figures (largest 0.345 -> "0.000", 1.98 -> "0.00", 12,345
//             -> "#,##0"), at most six; a column with no value uses Excel's General format
//   Boolean   TRUE / FALSE (Excel booleans)
//   Text      always a string cell, never a formula: "=1+1" or "=cmd|' /C calc'!A0" stay text;
//             bytes that are not UTF-8 become U+FFFD, as in the CSV
//   NA        the text "NA" (grey, right-aligned in number columns): as the CSV writes it,
//             distinct from an empty cell, and skipped by SUM and AVERAGE as text is
//   suppressed the text "[c]" (grey), always; never a number, NA or empty
// A sheet holds at most 1,048,575 data rows (Excel's limit); the README says so where a table has
// more, and that every row is in its CSV.
//
// Deterministic: the same tables and options give the same bytes. libxlsxwriter 1.1.4 writes
// the current time into docProps/core.xml unless it is given a creation time, so one is always
// given (WorkbookOptions::created). Rows are streamed (libxlsxwriter's constant_memory mode,
// temporary files beside `path`), so a table of millions of rows is not held twice.
//
// Threads: libxlsxwriter names its temporary files through srand() and rand(), so write_xlsx
// holds c_rand_mutex (engine/c_rand.hpp) while it makes them: when it adds the sheets, and in
// workbook_close (about half its time); a Graphviz layout on another thread waits meanwhile.
#include <ctime>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "engine/report/table.hpp"

namespace reticulist::io {

// 2000-01-01T00:00:00Z: the workbook's creation time unless the caller gives one (0 would mean
// "now" to libxlsxwriter, and two runs would differ).
inline constexpr std::time_t kFixedWorkbookTime = 946684800;

// A line of the README under its heading ("Method", "Co-attendance ties are ...").
struct WorkbookNote {
  std::string heading{};
  std::string text{};
};

struct WorkbookOptions {
  std::string title{};           // first line of the README, and the document's title
  std::string subtitle{};        // second line (dataset, periods), if any
  std::string view{};            // the view in force, in words ("Board view: ...")
  std::string disclosure{};      // the disclosure rule in words
  bool personal_data = false;    // "Contains personal data" on the README and every printed page
  std::vector<WorkbookNote> notes{};
  // The document property "created"; 0 is taken as kFixedWorkbookTime, never as "now".
  std::time_t created = kFixedWorkbookTime;
};

// Writes the workbook to `path` (libxlsxwriter writes files by name: through an OutputFolder use
// add_file_at; a failed write_xlsx may leave a partial file at `path`). Throws InputError
// "<path>: cannot write: <system's reason>" when the file cannot be created, "<path>: cannot
// write workbook: <libxlsxwriter's reason>" when writing it fails, and std::logic_error for a
// table of more than 16,384 columns (Excel's limit).
void write_xlsx(std::span<const report::Table* const> tables, const WorkbookOptions& options,
                const std::filesystem::path& path);
void write_xlsx(std::span<const report::Table> tables, const WorkbookOptions& options,
                const std::filesystem::path& path);

// Excel's row limit less the header row: the data rows a sheet can hold.
inline constexpr std::size_t kMaxSheetRows = 1048575;

}  // namespace reticulist::io
