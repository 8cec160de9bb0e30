// tools/reticulist/console_table: tables for people. Each expected text is worked out by hand
// from the rules in console_table.hpp (three significant figures, shares in percent, integers
// with thousands separators, NA, [c], alignment, the columns that fit).
#include "tools/reticulist/console_table.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace report = reticulist::report;
using report::ColumnType;
using report::Holds;
using reticulist::cli::cell_for_people;
using reticulist::cli::integer_for_people;
using reticulist::cli::PrintOptions;
using reticulist::cli::print_full_tables;
using reticulist::cli::print_table;
using reticulist::cli::round_for_people;
using reticulist::cli::share_for_people;

namespace {

std::string printed(const report::Table& t, PrintOptions options) {
  std::ostringstream out;
  print_table(t, out, options);
  return out.str();
}

}  // namespace

TEST_CASE("round_for_people: three significant figures, trailing zeros dropped", "[cli]") {
  // 1/3 = 0.33333.. -> 0.333; 2/3 = 0.66666.. -> 0.667 (the fourth figure 6 rounds up);
  // 1.981818182 -> 1.98; 0.2770083102 -> 0.277; 22.0 -> "22", not "22.0"; 0.5 -> "0.5".
  CHECK(round_for_people(1.0 / 3) == "0.333");
  CHECK(round_for_people(2.0 / 3) == "0.667");
  CHECK(round_for_people(1.981818182) == "1.98");
  CHECK(round_for_people(0.2770083102) == "0.277");
  CHECK(round_for_people(22.0) == "22");
  CHECK(round_for_people(0.5) == "0.5");
  CHECK(round_for_people(123.456) == "123");
  // Negative numbers keep their sign: -0.1666666667 -> -0.167; -0.0 is plain zero.
  CHECK(round_for_people(-0.1666666667) == "-0.167");
  CHECK(round_for_people(-0.5714285714) == "-0.571");
  CHECK(round_for_people(0.0) == "0");
  CHECK(round_for_people(-0.0) == "0");
  // 99.96 has three figures 100.0 -> "100"; 999.4 -> "999".
  CHECK(round_for_people(99.96) == "100");
  CHECK(round_for_people(999.4) == "999");
}

TEST_CASE("round_for_people: whole from 999.5 up, scientific below 0.0001, NA when not finite", "[cli]") {
  // 999.5 would be 1e+03 in three figures: whole instead, 1,000; 12345.6 -> 12,346 (not 12,300).
  CHECK(round_for_people(999.5) == "1,000");
  CHECK(round_for_people(12345.6) == "12,346");
  CHECK(round_for_people(-12345.6) == "-12,346");
  CHECK(round_for_people(2500000.0) == "2,500,000");
  // 0.000123456: three figures 0.000123; 0.0000123456 is below 1e-4: 1.23e-05.
  CHECK(round_for_people(0.000123456) == "0.000123");
  CHECK(round_for_people(0.0000123456) == "1.23e-05");
  CHECK(round_for_people(-0.0000123456) == "-1.23e-05");
  // Beyond 1e15 whole numbers stop (an int64 still holds them, a reader does not): 1.23e+16.
  CHECK(round_for_people(1.234e16) == "1.23e+16");
  CHECK(round_for_people(std::numeric_limits<double>::quiet_NaN()) == "NA");
  CHECK(round_for_people(std::numeric_limits<double>::infinity()) == "NA");
}

TEST_CASE("share_for_people: percent to three significant figures", "[cli]") {
  // 1/3 -> 33.333..% -> 33.3%; 0.625 -> 62.5%; 1 -> 100%; 0 -> 0%; 0.0005 -> 0.05%;
  // 0.2857142857 -> 28.57..% -> 28.6%; -0.2631578947 -> -26.3%; 0.99996 -> 99.996% -> 100%.
  CHECK(share_for_people(1.0 / 3) == "33.3%");
  CHECK(share_for_people(0.625) == "62.5%");
  CHECK(share_for_people(1.0) == "100%");
  CHECK(share_for_people(0.0) == "0%");
  CHECK(share_for_people(0.0005) == "0.05%");
  CHECK(share_for_people(0.2857142857) == "28.6%");
  CHECK(share_for_people(-0.2631578947) == "-26.3%");
  CHECK(share_for_people(0.99996) == "100%");
  CHECK(share_for_people(std::numeric_limits<double>::quiet_NaN()) == "NA");
}

TEST_CASE("integer_for_people: whole, a comma every three figures", "[cli]") {
  CHECK(integer_for_people(0) == "0");
  CHECK(integer_for_people(999) == "999");
  CHECK(integer_for_people(1000) == "1,000");
  CHECK(integer_for_people(513375) == "513,375");
  CHECK(integer_for_people(1234567) == "1,234,567");
  CHECK(integer_for_people(-1234) == "-1,234");
  CHECK(integer_for_people(-999) == "-999");
  CHECK(integer_for_people(std::numeric_limits<std::int64_t>::max()) == "9,223,372,036,854,775,807");
  CHECK(integer_for_people(std::numeric_limits<std::int64_t>::min()) == "-9,223,372,036,854,775,808");
}

TEST_CASE("cell_for_people: by what the column holds; NA, [c], yes/no", "[cli]") {
  report::Table t("t", "Cells", "one row per case");
  const auto label = t.add_column("authority", ColumnType::Text, "d");
  const auto line = t.add_column("line", ColumnType::Integer, "a line number names the row", Holds::Label);
  const auto people = t.add_column("members", ColumnType::Integer, "d", Holds::PeopleCount);
  const auto share = t.add_column("retention", ColumnType::Real, "d", Holds::Share, {people});
  const auto measure = t.add_column("density", ColumnType::Real, "d", Holds::Measure);
  const auto flag = t.add_column("reticulist", ColumnType::Boolean, "d");
  t.append_row({"Glasgow City", 12345, 23456, 0.625, 0.3454545455, true});
  t.append_row({std::nullopt, 7, 3, std::nullopt, std::nullopt, false});
  t.suppress(1, people);
  t.suppress(1, share);
  // A label is shown as written, whatever its type: 12345 stays 12345 (a line, not a count).
  CHECK(cell_for_people(t, 0, label) == "Glasgow City");
  CHECK(cell_for_people(t, 0, line) == "12345");
  CHECK(cell_for_people(t, 0, people) == "23,456");
  CHECK(cell_for_people(t, 0, share) == "62.5%");
  CHECK(cell_for_people(t, 0, measure) == "0.345");
  CHECK(cell_for_people(t, 0, flag) == "yes");
  CHECK(cell_for_people(t, 1, flag) == "no");
  // NA is "NA" as in the files; a suppressed cell is "[c]", never NA.
  CHECK(cell_for_people(t, 1, label) == "NA");
  CHECK(cell_for_people(t, 1, measure) == "NA");
  CHECK(cell_for_people(t, 1, people) == "[c]");
  CHECK(cell_for_people(t, 1, share) == "[c]");
}

TEST_CASE("print_table: numbers and their headers to the right, text to the left", "[cli]") {
  // Widths: authority max("authority" 9, "Glasgow City" 12, "NA" 2) = 12; members max(7, "23,456"
  // 6, "[c]" 3) = 7; retention max(9, "62.5%", "[c]") = 9; density max(7, "-0.167", "NA") = 7.
  // Two spaces between columns; the last text column is not padded.
  report::Table t("by_authority", "Members by authority", "one row per authority");
  t.add_column("authority", ColumnType::Text, "d");
  const auto people = t.add_column("members", ColumnType::Integer, "d", Holds::PeopleCount);
  const auto share = t.add_column("retention", ColumnType::Real, "d", Holds::Share, {people});
  t.add_column("density", ColumnType::Real, "d");
  t.append_row({"Glasgow City", 23456, 0.625, -0.1666666667});
  t.append_row({std::nullopt, 3, std::nullopt, std::nullopt});
  t.suppress(1, people);
  t.suppress(1, share);
  CHECK(printed(t, {.width = 80}) ==
        "Members by authority\n"
        "authority     members  retention  density\n"
        "Glasgow City   23,456      62.5%   -0.167\n"
        "NA                [c]        [c]       NA\n"
        "\n");
}

TEST_CASE("print_table: labels always, then the columns that fit; a note says where the rest is", "[cli]") {
  // Widths: labels name 4 and tag 3, values aa..dd 2 each, two spaces between columns. The labels
  // come first: 4 + 2 + 3 = 9. Width 17: + "  aa" = 13, + "  bb" = 17 (fits), + "  cc" = 21 > 17:
  // cc and everything after it left out, even dd; the label tag at the end is kept.
  report::Table t("wide", "Wide", "one row");
  t.add_column("name", ColumnType::Text, "d");
  for (const char* c : {"aa", "bb", "cc", "dd"}) t.add_column(c, ColumnType::Integer, "d");
  t.add_column("tag", ColumnType::Text, "d");
  t.append_row({"a", 1, 2, 3, 4, "x"});
  CHECK(printed(t, {.width = 17}) ==
        "Wide\n"
        "name  aa  bb  tag\n"
        "a      1   2  x\n"
        "(4 of 6 columns; all of them in wide.csv)\n"
        "\n");
  // Width 16: bb would make 17.
  CHECK(printed(t, {.width = 16}) ==
        "Wide\n"
        "name  aa  tag\n"
        "a      1  x\n"
        "(3 of 6 columns; all of them in wide.csv)\n"
        "\n");
  // However narrow, one column of values is shown beside the labels.
  CHECK(printed(t, {.width = 3}) ==
        "Wide\n"
        "name  aa  tag\n"
        "a      1  x\n"
        "(3 of 6 columns; all of them in wide.csv)\n"
        "\n");
  // Wide enough: everything, no note.
  CHECK(printed(t, {.width = 200}) ==
        "Wide\n"
        "name  aa  bb  cc  dd  tag\n"
        "a      1   2   3   4  x\n"
        "\n");
}

TEST_CASE("print_table: a headline chooses the columns and their order; one period's rows", "[cli]") {
  report::Table t("overview", "Overview", "one row per period");
  t.add_column("period", ColumnType::Text, "d");
  t.add_column("records", ColumnType::Integer, "d");
  t.add_column("first_day", ColumnType::Text, "d");
  t.add_column("ties", ColumnType::Integer, "d");
  t.append_row({"2022/23", 1500, "2022-08-01", 20000});
  t.append_row({"all", 3000, "2021-08-01", 45000});
  t.set_headline({"period", "ties", "records"});
  CHECK(printed(t, {.width = 80}) ==
        "Overview\n"
        "period     ties  records\n"
        "2022/23  20,000    1,500\n"
        "all      45,000    3,000\n"
        "(3 of 4 columns; all of them in overview.csv)\n"
        "\n");
  // Only the rows of `all`: the period goes into the title, and out of the count of columns.
  CHECK(printed(t, {.only_period = "all", .width = 80}) ==
        "Overview (all)\n"
        "  ties  records\n"
        "45,000    3,000\n"
        "(2 of 3 columns; all of them in overview.csv)\n"
        "\n");
}

TEST_CASE("print_full_tables: the folder's CSV files", "[cli]") {
  std::ostringstream out;
  print_full_tables("out/summary", out);
  CHECK(out.str() == "Full tables: out/summary/*.csv\n");
}
