#pragma once
// Inside io/xlsx_workbook: what the README sheet and the table sheets share. Not for other
// callers (it exposes libxlsxwriter, which io/ links privately).
#include <xlsxwriter.h>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "engine/report/table.hpp"
#include "io/xlsx_workbook.hpp"

namespace reticulist::io::xlsx {

// Turns a libxlsxwriter error into InputError "<path>: cannot write workbook: <reason>".
class Check {
 public:
  explicit Check(std::filesystem::path path) : path_(std::move(path)) {}
  void operator()(lxw_error error) const {
    if (error != LXW_NO_ERROR) fail(error);
  }
  [[noreturn]] void fail(lxw_error error) const;

 private:
  std::filesystem::path path_;
};

struct Styles {
  lxw_format* title = nullptr;    // the README's first line
  lxw_format* bold = nullptr;     // headings
  lxw_format* italic = nullptr;   // the README's column list header
  lxw_format* wrap = nullptr;     // long text in the README
  lxw_format* link = nullptr;     // a sheet's name, linking to it
  lxw_format* warning = nullptr;  // "Contains personal data", rows left out
  lxw_format* header = nullptr;   // a table sheet's header row
};

// A table sheet as the README lists it.
struct ListedSheet {
  std::string name{};
  const report::Table* table = nullptr;
};

// A string cell, never a formula, with bytes that are not UTF-8 replaced by U+FFFD (invalid
// UTF-8 would make the sheet's XML unreadable), and so are C0 controls but tab, LF and CR (XML
// 1.0 forbids them). `buffer` is reused between calls.
void write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view text,
                lxw_format* format, std::string& buffer, const Check& check);

// A4 landscape, "Page n of m" in the footer, "Contains personal data" in the header if so.
void set_print(lxw_worksheet* ws, bool personal_data, const Check& check);

// The README sheet (xlsx_workbook.hpp says what it holds), written row by row.
void write_readme(lxw_worksheet* ws, const Styles& styles, const WorkbookOptions& options,
                  std::span<const ListedSheet> sheets, const Check& check);

}  // namespace reticulist::io::xlsx
