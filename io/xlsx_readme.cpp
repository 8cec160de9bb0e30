// The README sheet of the workbook, and the cell helpers the table sheets share with it.
#include <string>

#include "engine/error.hpp"
#include "engine/report/format_for_people.hpp"
#include "io/utf8.hpp"
#include "io/xlsx_detail.hpp"

namespace reticulist::io::xlsx {
namespace {

constexpr std::string_view kSymbols =
    "[c]: withheld by disclosure control (the GSS symbol for confidential); it is neither zero nor "
    "missing. NA: not defined for that row, for example a share of a group with no members.";
constexpr std::string_view kNumbers =
    "Every number is stored in full; the cell's format only rounds what is shown (shares as "
    "percentages). Integers of more than 15 digits, which Excel cannot hold exactly, are text.";

// Excel's reference to cell A1 of a sheet: quotes doubled inside the quoted name.
std::string link_to(const std::string& sheet) {
  std::string url = "internal:'";
  for (char c : sheet) {
    url += c;
    if (c == '\'') url += '\'';
  }
  return url + "'!A1";
}

std::string rows_text(const report::Table& table) {
  const std::size_t rows = table.row_count();
  std::string text = report::integer_for_people(static_cast<std::int64_t>(std::min(rows, kMaxSheetRows)));
  if (rows > kMaxSheetRows) {
    return text + " of " + report::integer_for_people(static_cast<std::int64_t>(rows)) +
           " rows: a sheet holds no more; every row is in " + table.name() + ".csv";
  }
  return text + (rows == 1 ? " row" : " rows");
}

// Writes the README top to bottom (constant_memory mode wants rows in order).
class Readme {
 public:
  Readme(lxw_worksheet* ws, const Styles& styles, const Check& check) : ws_(ws), styles_(styles), check_(check) {}

  void line(std::string_view a, lxw_format* fa, std::string_view b = {}, lxw_format* fb = nullptr) {
    if (!a.empty()) write_text(ws_, row_, 0, a, fa, buffer_, check_);
    if (!b.empty()) write_text(ws_, row_, 1, b, fb, buffer_, check_);
    ++row_;
  }
  void blank() { ++row_; }
  void link(const std::string& sheet, std::string_view title) {
    check_(worksheet_write_url_opt(ws_, row_, 0, link_to(sheet).c_str(), styles_.link, sheet.c_str(), nullptr));
    write_text(ws_, row_, 1, title, styles_.bold, buffer_, check_);
    ++row_;
  }
  void column(const report::ColumnInfo& info) {
    write_text(ws_, row_, 0, info.name, nullptr, buffer_, check_);
    write_text(ws_, row_, 1, info.description, styles_.wrap, buffer_, check_);
    write_text(ws_, row_, 2, report::type_name(info.type), nullptr, buffer_, check_);
    write_text(ws_, row_, 3, report::holds_name(info.holds), nullptr, buffer_, check_);
    ++row_;
  }
  void header(std::initializer_list<std::string_view> names) {
    lxw_col_t col = 0;
    for (std::string_view name : names) write_text(ws_, row_, col++, name, styles_.header, buffer_, check_);
    ++row_;
  }

 private:
  lxw_worksheet* ws_;
  const Styles& styles_;
  const Check& check_;
  lxw_row_t row_ = 0;
  std::string buffer_;
};

}  // namespace

void Check::fail(lxw_error error) const {
  throw InputError(located(path_.string(), 0, std::string("cannot write workbook: ") + lxw_strerror(error)));
}

void write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view text,
                lxw_format* format, std::string& buffer, const Check& check) {
  buffer.clear();
  // C0 controls but tab, LF and CR become U+FFFD, as in every XML output (io/export/export_text.hpp):
  // XML 1.0 forbids them even as references, libxlsxwriter would write them as _x0001_, which
  // Excel decodes but other readers (openpyxl) show as those seven characters.
  append_repaired_utf8(
      buffer, text,
      [](std::string& out, char c) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += kReplacementCharacter;
        else
          out += c;
      },
      [](std::string_view) { return true; });
  // worksheet_write_string never makes a formula, whatever the text starts with.
  check(worksheet_write_string(ws, row, col, buffer.c_str(), format));
}

void set_print(lxw_worksheet* ws, bool personal_data, const Check& check) {
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_landscape(ws);
  if (personal_data) check(worksheet_set_header(ws, "&C&\"-,Bold\"Contains personal data"));
  check(worksheet_set_footer(ws, "&CPage &P of &N"));
}

void write_readme(lxw_worksheet* ws, const Styles& styles, const WorkbookOptions& options,
                  std::span<const ListedSheet> sheets, const Check& check) {
  check(worksheet_set_column(ws, 0, 0, 30, nullptr));
  check(worksheet_set_column(ws, 1, 1, 90, nullptr));
  check(worksheet_set_column(ws, 2, 2, 10, nullptr));
  check(worksheet_set_column(ws, 3, 3, 20, nullptr));
  set_print(ws, options.personal_data, check);
  worksheet_fit_to_pages(ws, 1, 0);

  Readme readme(ws, styles, check);
  readme.line(options.title.empty() ? "Reticulist tables" : options.title, styles.title);
  if (!options.subtitle.empty()) readme.line(options.subtitle, styles.italic);
  if (options.personal_data) readme.line("Contains personal data", styles.warning);
  readme.blank();
  if (!options.view.empty()) readme.line("View", styles.bold, options.view, styles.wrap);
  if (!options.disclosure.empty()) readme.line("Disclosure", styles.bold, options.disclosure, styles.wrap);
  readme.line("Symbols", styles.bold, kSymbols, styles.wrap);
  readme.line("Numbers", styles.bold, kNumbers, styles.wrap);
  for (const WorkbookNote& note : options.notes) readme.line(note.heading, styles.bold, note.text, styles.wrap);
  readme.blank();

  readme.header({"Sheet and its columns", "Description", "Type", "Holds"});
  for (const ListedSheet& sheet : sheets) {
    const report::Table& table = *sheet.table;
    readme.link(sheet.name, table.title());
    readme.line({}, nullptr, table.description(), styles.wrap);
    readme.line({}, nullptr, rows_text(table), table.row_count() > kMaxSheetRows ? styles.warning : nullptr);
    for (std::size_t c = 0; c < table.column_count(); ++c) readme.column(table.column(c));
    readme.blank();
  }
}

}  // namespace reticulist::io::xlsx
