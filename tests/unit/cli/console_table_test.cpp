// tools/reticulist/console_table: tables for people. Each expected text is worked out by hand
// from the rules in console_table.hpp (alignment, the columns that fit) and in
// engine/report/format_for_people.hpp (three significant figures, shares in percent, NA, [c]).
#include "tools/reticulist/console_table.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace report = reticulist::report;
using report::ColumnType;
using report::Holds;
using reticulist::cli::PrintOptions;
using reticulist::cli::print_full_tables;
using reticulist::cli::print_table;

namespace {

std::string printed(const report::Table& t, PrintOptions options) {
  std::ostringstream out;
  print_table(t, out, options);
  return out.str();
}

}  // namespace

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
