#include "io/xlsx_workbook.hpp"

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "engine/c_rand.hpp"
#include "engine/error.hpp"
#include "engine/report/format_for_people.hpp"
#include "io/xlsx_detail.hpp"
#include "io/xlsx_sheet_names.hpp"

namespace reticulist::io {
namespace {

using report::ColumnType;
using report::Holds;
using xlsx::write_text;

// Excel keeps 15 significant digits: larger integers would come back changed.
constexpr std::int64_t kExactInExcel = 999'999'999'999'999;
// A real as the CSV writes it (report::format_real: 10 significant digits), so the workbook
// agrees with the tables to the digit. It also makes the workbook the same every run: a sum
// whose last bits depend on the thread count (betweenness adds per-thread parts) differed in
// the 16 digits libxlsxwriter writes (262.0386698544937 with --threads 1, ...933 with 2).
double as_in_csv(double v) {
  char buf[32];
  const auto written = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10);
  double rounded = v;
  std::from_chars(buf, written.ptr, rounded);
  return rounded;
}

// Rows read to size a column: enough to see its usual width, the same every run.
constexpr std::size_t kWidthSampleRows = 1000;

// How one column's cells are written.
struct ColumnPlan {
  lxw_format* value = nullptr;   // number format of its values (nullptr: General)
  lxw_format* symbol = nullptr;  // "NA" and "[c]"
  double width = 8;
};

// The number format that gives the largest magnitude three significant figures.
std::string real_format(double largest) {
  if (!(largest > 0.0)) return {};
  const int exponent = static_cast<int>(std::floor(std::log10(largest)));
  const int decimals = std::clamp(2 - exponent, 0, 6);
  return decimals == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
}

// Characters of UTF-8 text (bytes that continue a character do not count).
std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct FreeWorkbook {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

class WorkbookWriter {
 public:
  WorkbookWriter(const std::filesystem::path& path, const WorkbookOptions& options)
      : check_(path), tmpdir_(path.parent_path().empty() ? "." : path.parent_path().string()) {
    // libxlsxwriter opens the file only in workbook_close, and then prints its own message to
    // stderr: open it first, to fail early with the system's reason.
    errno = 0;
    if (!std::ofstream(path, std::ios::binary | std::ios::trunc)) {
      throw InputError(located(path.string(), 0, std::string("cannot write: ") +
                                                     (errno != 0 ? std::strerror(errno) : "open failed")));
    }
    // Rows go to temporary files beside the workbook as they are written (constant_memory):
    // a large table is not held a second time, and /tmp (often a RAM disk) is not filled.
    lxw_workbook_options lxw_options{};
    lxw_options.constant_memory = LXW_TRUE;
    lxw_options.tmpdir = tmpdir_.data();
    workbook_.reset(workbook_new_opt(path.c_str(), &lxw_options));
    if (!workbook_) check_.fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(options.title.c_str());  // read, never written
    properties.created = options.created != 0 ? options.created : kFixedWorkbookTime;
    check_(workbook_set_properties(workbook_.get(), &properties));

    styles_.header = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_bottom(f, LXW_BORDER_THIN);
      format_set_bg_color(f, 0xF2F2F2);
    });
    styles_.bold = format([](lxw_format* f) { format_set_bold(f); });
    styles_.title = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
    });
    styles_.italic = format([](lxw_format* f) { format_set_italic(f); });
    styles_.wrap = format([](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
    styles_.link = format([](lxw_format* f) {
      format_set_underline(f, LXW_UNDERLINE_SINGLE);
      format_set_font_color(f, 0x0563C1);
    });
    styles_.warning = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_color(f, 0x9C0006);
    });
    symbol_left_ = format([](lxw_format* f) { format_set_font_color(f, 0x595959); });
    symbol_right_ = format([](lxw_format* f) {
      format_set_font_color(f, 0x595959);
      format_set_align(f, LXW_ALIGN_RIGHT);
    });
  }

  void write(std::span<const report::Table* const> tables, const WorkbookOptions& options) {
    std::vector<std::string> wanted;
    for (const report::Table* table : tables) {
      if (table->column_count() > LXW_COL_MAX)
        throw std::logic_error("write_xlsx: table " + table->name() + " has more columns than a sheet holds");
      wanted.push_back(table->name());
    }
    const std::vector<std::string> names = sheet_names(wanted);
    std::vector<xlsx::ListedSheet> listed;
    for (std::size_t i = 0; i < tables.size(); ++i) listed.push_back({names[i], tables[i]});

    // Adding a sheet and closing make temporary files, which libxlsxwriter names through rand():
    // both under c_rand_mutex (engine/c_rand.hpp), the sheets all at once; writing rows is not.
    std::vector<lxw_worksheet*> sheets;
    {
      const std::lock_guard rand_state(c_rand_mutex());
      sheets.push_back(sheet(std::string(kReadmeSheet)));
      for (const std::string& name : names) sheets.push_back(sheet(name));
    }
    xlsx::write_readme(sheets[0], styles_, options, listed, check_);
    for (std::size_t i = 0; i < tables.size(); ++i) write_table(sheets[i + 1], *tables[i], options);

    lxw_error closed = LXW_NO_ERROR;
    {
      const std::lock_guard rand_state(c_rand_mutex());
      closed = workbook_close(workbook_.release());  // frees the workbook too
    }
    check_(closed);
  }

 private:
  template <typename Setup>
  lxw_format* format(Setup setup) {
    lxw_format* f = workbook_add_format(workbook_.get());
    if (f == nullptr) check_.fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    setup(f);
    return f;
  }

  // One format per number format code, made when first needed; "" is General (no format).
  lxw_format* number_format(const std::string& code) {
    if (code.empty()) return nullptr;
    for (const auto& [known, f] : number_formats_) {
      if (known == code) return f;
    }
    lxw_format* f = format([&](lxw_format* g) { format_set_num_format(g, code.c_str()); });
    number_formats_.emplace_back(code, f);
    return f;
  }

  lxw_worksheet* sheet(const std::string& name) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook_.get(), name.c_str());
    if (worksheet == nullptr) check_.fail(LXW_ERROR_PARAMETER_VALIDATION);
    return worksheet;
  }

  ColumnPlan plan(const report::Table& table, std::size_t col) {
    const report::ColumnInfo& info = table.column(col);
    ColumnPlan p;
    p.symbol = report::is_numeric(info) ? symbol_right_ : symbol_left_;
    if (info.type == ColumnType::Integer) {
      // A line number or an id names the row: no thousands separator.
      p.value = number_format(info.holds == Holds::Share ? "0.0%" : report::names_row(info) ? "0" : "#,##0");
    } else if (info.type == ColumnType::Real) {
      double largest = 0.0;
      for (std::size_t r = 0; info.holds != Holds::Share && r < table.row_count(); ++r) {
        const double v = table.is_suppressed(r, col) ? NAN : table.real(r, col);
        if (std::isfinite(v)) largest = std::max(largest, std::fabs(v));
      }
      p.value = number_format(info.holds == Holds::Share ? "0.0%" : real_format(largest));
    }
    // The header with room for the filter button; the cells as people read them, first rows.
    std::size_t widest = display_width(info.name) + 3;
    const std::size_t sample = std::min(table.row_count(), kWidthSampleRows);
    for (std::size_t r = 0; r < sample; ++r) {
      widest = std::max(widest, display_width(report::cell_for_people(table, r, col)) + 1);
    }
    p.width = static_cast<double>(std::clamp<std::size_t>(widest, 6, 60));
    return p;
  }

  void write_cell(lxw_worksheet* ws, lxw_row_t row, const report::Table& table, std::size_t r,
                  std::size_t c, const ColumnPlan& p) {
    const auto col = static_cast<lxw_col_t>(c);
    if (table.is_suppressed(r, c)) return write_text(ws, row, col, report::kSuppressed, p.symbol, text_, check_);
    if (table.is_na(r, c)) return write_text(ws, row, col, "NA", p.symbol, text_, check_);
    switch (table.column(c).type) {
      case ColumnType::Integer: {
        const std::int64_t v = table.integer(r, c);
        if (v < -kExactInExcel || v > kExactInExcel) {
          return write_text(ws, row, col, std::to_string(v), symbol_right_, text_, check_);
        }
        return check_(worksheet_write_number(ws, row, col, static_cast<double>(v), p.value));
      }
      case ColumnType::Real: return check_(worksheet_write_number(ws, row, col, as_in_csv(table.real(r, c)), p.value));
      case ColumnType::Boolean:
        return check_(worksheet_write_boolean(ws, row, col, table.boolean(r, c) ? 1 : 0, nullptr));
      case ColumnType::Text: return write_text(ws, row, col, table.text(r, c), nullptr, text_, check_);
    }
  }

  void write_table(lxw_worksheet* ws, const report::Table& table, const WorkbookOptions& options) {
    std::vector<ColumnPlan> plans;
    for (std::size_t c = 0; c < table.column_count(); ++c) {
      plans.push_back(plan(table, c));
      const auto col = static_cast<lxw_col_t>(c);
      check_(worksheet_set_column(ws, col, col, plans[c].width, nullptr));
    }
    for (std::size_t c = 0; c < table.column_count(); ++c) {
      write_text(ws, 0, static_cast<lxw_col_t>(c), table.column(c).name, styles_.header, text_, check_);
    }
    const std::size_t rows = std::min(table.row_count(), kMaxSheetRows);
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t c = 0; c < table.column_count(); ++c) {
        write_cell(ws, static_cast<lxw_row_t>(r + 1), table, r, c, plans[c]);
      }
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (table.column_count() > 0) {
      const auto last = static_cast<lxw_col_t>(table.column_count() - 1);
      check_(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows), last));
    }
    xlsx::set_print(ws, options.personal_data, check_);
    check_(worksheet_repeat_rows(ws, 0, 0));
    worksheet_fit_to_pages(ws, 1, 0);
  }

  xlsx::Check check_;
  std::string tmpdir_;
  std::unique_ptr<lxw_workbook, FreeWorkbook> workbook_;
  xlsx::Styles styles_;
  lxw_format* symbol_left_ = nullptr;
  lxw_format* symbol_right_ = nullptr;
  std::vector<std::pair<std::string, lxw_format*>> number_formats_;
  std::string text_;  // reused for each text cell
};

}  // namespace

void write_xlsx(std::span<const report::Table* const> tables, const WorkbookOptions& options,
                const std::filesystem::path& path) {
  WorkbookWriter writer(path, options);
  writer.write(tables, options);
}

void write_xlsx(std::span<const report::Table> tables, const WorkbookOptions& options,
                const std::filesystem::path& path) {
  std::vector<const report::Table*> pointers;
  for (const report::Table& table : tables) pointers.push_back(&table);
  write_xlsx(pointers, options, path);
}

}  // namespace reticulist::io
