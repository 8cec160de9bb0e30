// engine/report/format_for_people: numbers for people. Each expected text is worked out by hand
// from the rules in format_for_people.hpp (three significant figures, shares in percent, integers
// with thousands separators, NA, [c]).
#include "engine/report/format_for_people.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace report = reticulist::report;
using report::cell_for_people;
using report::ColumnType;
using report::Holds;
using report::integer_for_people;
using report::round_for_people;
using report::share_for_people;

TEST_CASE("round_for_people: three significant figures, trailing zeros dropped", "[report]") {
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

TEST_CASE("round_for_people: whole from 999.5 up, scientific below 0.0001, NA when not finite", "[report]") {
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

TEST_CASE("share_for_people: percent to three significant figures", "[report]") {
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

TEST_CASE("integer_for_people: whole, a comma every three figures", "[report]") {
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

TEST_CASE("cell_for_people: by what the column holds; NA, [c], yes/no", "[report]") {
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
