// Writes the workbook that check_workbook.py reads back with openpyxl (a real client): hand-built
// tables with every kind of cell the Board pack can hold. check_workbook.py states each expected
// value; keep the two files in step.
//
//   write_sample_workbook <out.xlsx> [<again.xlsx>]   (the second, written again, must be identical)
#include <cstdint>
#include <exception>
#include <iostream>
#include <limits>
#include <optional>
#include <vector>

#include "engine/report/table.hpp"
#include "io/xlsx_workbook.hpp"

namespace report = reticulist::report;
namespace io = reticulist::io;
using report::ColumnType;
using report::Holds;

namespace {

std::vector<report::Table> sample_tables() {
  std::vector<report::Table> tables;

  report::Table t("by_authority", "Practitioners by authority", "one row per authority and period");
  t.add_column("authority", ColumnType::Text, "local authority");
  t.add_column("period", ColumnType::Text, "school year");
  const auto people = t.add_column("practitioners", ColumnType::Integer, "distinct practitioners", Holds::PeopleCount);
  const auto share = t.add_column("retention", ColumnType::Real, "stayers / practitioners", Holds::Share, {people});
  t.add_column("density", ColumnType::Real, "ties / possible ties");
  t.add_column("reticulist", ColumnType::Boolean, "has a reticulist");
  t.add_column("records", ColumnType::Integer, "accepted records", Holds::Count);
  t.append_row({"Glasgow City", "2022/23", 23456, 0.625, 0.3454545455, true, std::int64_t{123456789012}});
  t.append_row({"East Dunbartonshire", "2022/23", 3, 0.5, std::nullopt, false,
                std::numeric_limits<std::int64_t>::max()});
  t.suppress(1, people);
  t.suppress(1, share);
  t.append_row({"=cmd|' /C calc'!A0", "2023/24", 12, 1.0 / 3, 1.981818182, std::nullopt, -1234});
  t.append_row({"+SUM(A1:A2)", "2023/24", 1000000, 0.0, 0.0, true, 0});
  t.append_row({"-2+3", "2023/24", 7, 1.0, -0.5, false, 1});
  t.append_row({"@SUM(1)", "2023/24", std::nullopt, std::nullopt, 0.1 + 0.2, true, 2});
  t.append_row({"Comhairle nan Eilean Siar — Gàidhlig", "2024/25", 40, 0.25, 0.05, false, 3});
  t.append_row({"Ελληνικά 日本語 😀", "2024/25", 41, 0.75, 0.0001234, true, 4});
  t.append_row({"bad \xff byte", "2024/25", 42, 0.5, 0.5, false, 5});
  tables.push_back(std::move(t));

  report::Table long_table("long_table", "A thousand rows", "one row per number");
  long_table.add_column("row", ColumnType::Integer, "row number", Holds::Label);
  long_table.add_column("seventh", ColumnType::Real, "row / 7");
  long_table.add_column("people", ColumnType::Integer, "row * 1000", Holds::PeopleCount);
  for (int i = 1; i <= 1000; ++i) long_table.append_row({i, i / 7.0, std::int64_t{i} * 1000});
  tables.push_back(std::move(long_table));

  // 49 and 53 characters: both cut to the same 31, the second gets "_2"; "readme" meets README.
  for (const char* name : {"a_table_name_that_is_far_longer_than_excel_allows",
                           "a_table_name_that_is_far_longer_than_excel_allows_too", "readme"}) {
    report::Table named(name, "A table with a long name", "one row");
    named.add_column("value", ColumnType::Integer, "a value");
    named.append_row({1});
    tables.push_back(std::move(named));
  }

  report::Table empty("empty_table", "No rows", "one row per nothing");
  empty.add_column("label", ColumnType::Text, "a label");
  tables.push_back(std::move(empty));
  return tables;
}

io::WorkbookOptions sample_options() {
  io::WorkbookOptions options;
  options.title = "West Partnership: Board pack";
  options.subtitle = "Sample workbook, 2022/23 to 2024/25";
  options.view = "Board view: counts of fewer than 10 people are suppressed.";
  options.disclosure = "Threshold 10; secondary suppression where a total would reveal a cell.";
  options.personal_data = true;
  options.notes = {{"Method", "Co-attendance ties join practitioners at the same event."},
                   {"Formula-like note", "=HYPERLINK(\"http://example.com\")"}};
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: write_sample_workbook <out.xlsx> [<again.xlsx>]\n";
    return 2;
  }
  try {
    const std::vector<report::Table> tables = sample_tables();
    for (int i = 1; i < argc; ++i) io::write_xlsx(tables, sample_options(), argv[i]);
  } catch (const std::exception& e) {
    std::cerr << "write_sample_workbook: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
