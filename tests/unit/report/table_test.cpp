#include "engine/report/table.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace report = reticulist::report;
using report::ColumnType;
using report::Table;
using report::Value;

TEST_CASE("format_real: at most 10 significant digits, shortest form", "[report]") {
  CHECK(report::format_real(0.5) == "0.5");
  CHECK(report::format_real(1.0) == "1");
  CHECK(report::format_real(1.0 / 3.0) == "0.3333333333");
  CHECK(report::format_real(2.0 / 3.0) == "0.6666666667");
  CHECK(report::format_real(1e-12) == "1e-12");
  CHECK(report::format_real(123456789012.0) == "1.23456789e+11");
  CHECK(report::format_real(1234567890.0) == "1234567890");  // 10 digits still fit
  CHECK(report::format_real(0.1 + 0.2) == "0.3");            // not 0.30000000000000004
  CHECK(report::format_real(-2.25) == "-2.25");
  CHECK(report::format_real(100.0) == "100");
  CHECK(report::format_real(1e-5) == "1e-05");  // printf's two-digit exponent
  CHECK(report::format_real(0.0001) == "0.0001");
}

TEST_CASE("format_real: zero has one spelling, non-finite values are NA", "[report]") {
  CHECK(report::format_real(0.0) == "0");
  CHECK(report::format_real(-0.0) == "0");
  CHECK(report::format_real(std::numeric_limits<double>::quiet_NaN()) == "NA");
  CHECK(report::format_real(std::numeric_limits<double>::infinity()) == "NA");
  CHECK(report::format_real(-std::numeric_limits<double>::infinity()) == "NA");
}

TEST_CASE("append_integer: every int64 exactly", "[report]") {
  std::string out;
  report::append_integer(out, std::numeric_limits<std::int64_t>::min());
  out += ' ';
  report::append_integer(out, std::numeric_limits<std::int64_t>::max());
  out += ' ';
  report::append_integer(out, 0);
  CHECK(out == "-9223372036854775808 9223372036854775807 0");
}

TEST_CASE("Table: metadata and columns", "[report]") {
  Table t("by_authority", "Counts by authority", "one row per authority");
  const auto authority = t.add_column("authority", ColumnType::Text, "authority name");
  const auto n = t.add_column("practitioners", ColumnType::Integer,
                              "distinct practitioners with an accepted record");
  CHECK(authority == 0);
  CHECK(n == 1);
  CHECK(t.name() == "by_authority");
  CHECK(t.title() == "Counts by authority");
  CHECK(t.description() == "one row per authority");
  CHECK(t.column_count() == 2);
  CHECK(t.row_count() == 0);
  CHECK(t.column(1).name == "practitioners");
  CHECK(t.column(1).type == ColumnType::Integer);
  CHECK(t.column(1).description == "distinct practitioners with an accepted record");
  CHECK(t.column_index("practitioners") == 1);
  CHECK_THROWS_AS(t.column_index("missing"), std::out_of_range);
  CHECK_THROWS_AS(t.column(2), std::out_of_range);
  CHECK(report::type_name(ColumnType::Integer) == "integer");
  CHECK(report::type_name(ColumnType::Real) == "real");
  CHECK(report::type_name(ColumnType::Text) == "text");
  CHECK(report::type_name(ColumnType::Boolean) == "boolean");
}

TEST_CASE("Table: names must be snake_case, descriptions one line", "[report]") {
  CHECK_THROWS_AS(Table("ByAuthority", "t", "d"), std::logic_error);
  CHECK_THROWS_AS(Table("by-authority", "t", "d"), std::logic_error);
  CHECK_THROWS_AS(Table("", "t", "d"), std::logic_error);
  CHECK_THROWS_AS(Table("t", "two\nlines", "d"), std::logic_error);
  Table t("t", "title", "rows");
  CHECK_THROWS_AS(t.add_column("Bad Name", ColumnType::Text, "d"), std::logic_error);
  CHECK_THROWS_AS(t.add_column("_x", ColumnType::Text, "d"), std::logic_error);
  CHECK_THROWS_AS(t.add_column("x", ColumnType::Text, "a\rb"), std::logic_error);
  t.add_column("x", ColumnType::Text, "d");
  CHECK_THROWS_AS(t.add_column("x", ColumnType::Integer, "d"), std::logic_error);
}

TEST_CASE("Table: append_row stores typed cells and NA", "[report]") {
  Table t("t", "title", "rows");
  t.add_column("name", ColumnType::Text, "d");
  t.add_column("count", ColumnType::Integer, "d");
  t.add_column("share", ColumnType::Real, "d");
  t.add_column("active", ColumnType::Boolean, "d");
  t.append_row({"north", 12, 0.25, true});
  t.append_row({Value::na(), std::nullopt, std::optional<double>{}, Value()});
  t.append_row({std::string("south"), std::size_t{7}, 3, false});  // an integer into a real column
  REQUIRE(t.row_count() == 3);

  CHECK(t.text(0, 0) == "north");
  CHECK(t.integer(0, 1) == 12);
  CHECK(t.real(0, 2) == 0.25);
  CHECK(t.boolean(0, 3));
  for (std::size_t c = 0; c < 4; ++c) {
    CHECK_FALSE(t.is_na(0, c));
    CHECK(t.is_na(1, c));
    CHECK(t.format_cell(1, c) == "NA");
  }
  CHECK(std::isnan(t.real(1, 2)));
  CHECK(t.real(2, 2) == 3.0);
  CHECK_FALSE(t.boolean(2, 3));

  CHECK(t.format_cell(0, 0) == "north");
  CHECK(t.format_cell(0, 1) == "12");
  CHECK(t.format_cell(0, 2) == "0.25");
  CHECK(t.format_cell(0, 3) == "true");
  CHECK(t.format_cell(2, 3) == "false");
  CHECK(t.format_cell(2, 2) == "3");
}

TEST_CASE("Table: an empty string is not NA", "[report]") {
  Table t("t", "title", "rows");
  t.add_column("name", ColumnType::Text, "d");
  t.append_row({""});
  CHECK_FALSE(t.is_na(0, 0));
  CHECK(t.format_cell(0, 0).empty());
}

TEST_CASE("Table: NaN and infinite reals are NA", "[report]") {
  Table t("t", "title", "rows");
  const auto x = t.add_column("x", ColumnType::Real, "d");
  t.append_row({std::numeric_limits<double>::quiet_NaN()});
  t.append_row({std::numeric_limits<double>::infinity()});
  t.append_row({-0.0});
  CHECK(t.is_na(0, x));
  CHECK(t.is_na(1, x));
  CHECK_FALSE(t.is_na(2, x));
  CHECK(t.format_cell(2, x) == "0");
  CHECK(Value(std::numeric_limits<double>::quiet_NaN()).is_na());
  CHECK_FALSE(Value(0.0).is_na());
}

TEST_CASE("Table: add_row then set, cell by cell", "[report]") {
  Table t("t", "title", "rows");
  const auto name = t.add_column("name", ColumnType::Text, "d");
  const auto count = t.add_column("count", ColumnType::Integer, "d");
  const auto r = t.add_row();
  CHECK(r == 0);
  CHECK(t.is_na(r, name));
  CHECK(t.is_na(r, count));
  t.set(r, count, 5);
  CHECK(t.integer(r, count) == 5);
  t.set(r, name, std::string_view("x"));
  CHECK(t.text(r, name) == "x");
  t.set_na(r, name);
  CHECK(t.is_na(r, name));
  t.set(r, count, std::optional<int>{});
  CHECK(t.is_na(r, count));
  CHECK_THROWS_AS(t.set(1, count, 1), std::out_of_range);
  CHECK_THROWS_AS(t.set(0, 2, 1), std::out_of_range);
}

TEST_CASE("Table: type mismatches are programming errors", "[report]") {
  Table t("t", "title", "rows");
  t.add_column("count", ColumnType::Integer, "d");
  t.add_column("name", ColumnType::Text, "d");
  t.append_row({1, "a"});
  CHECK_THROWS_AS(t.set(0, 0, 1.5), std::logic_error);
  CHECK_THROWS_AS(t.set(0, 0, true), std::logic_error);
  CHECK_THROWS_AS(t.set(0, 1, 3), std::logic_error);
  // A rejected row leaves the table as it was.
  CHECK_THROWS_AS(t.append_row({2, 3}), std::logic_error);
  CHECK_THROWS_AS(t.append_row({2}), std::logic_error);
  CHECK(t.row_count() == 1);
  // Getters check the column type and NA.
  CHECK_THROWS_AS(t.real(0, 0), std::logic_error);
  CHECK_THROWS_AS(t.text(0, 0), std::logic_error);
  t.set_na(0, 0);
  CHECK_THROWS_AS(t.integer(0, 0), std::logic_error);
  CHECK_THROWS_WITH(t.set(0, 0, "x"),
                    "report::Table t, column count: cannot store a value of type text in a column "
                    "of type integer");
}

TEST_CASE("Table: a column added after rows holds NA", "[report]") {
  Table t("t", "title", "rows");
  t.add_column("a", ColumnType::Integer, "d");
  t.append_row({1});
  t.append_row({2});
  const auto b = t.add_column("b", ColumnType::Boolean, "d");
  CHECK(t.is_na(0, b));
  CHECK(t.is_na(1, b));
  t.set(1, b, true);
  CHECK(t.boolean(1, b));
}

TEST_CASE("Table: notes keep their order, a repeated key replaces the value", "[report]") {
  Table t("t", "title", "rows");
  t.add_note("period", "2022/23");
  t.add_note("convention", "each unordered pair once");
  t.add_note("period", "2023/24");
  REQUIRE(t.notes().size() == 2);
  CHECK(t.notes()[0] == std::pair<std::string, std::string>("period", "2023/24"));
  CHECK(t.notes()[1] ==
        std::pair<std::string, std::string>("convention", "each unordered pair once"));
}

TEST_CASE("Table::set_headline: unknown names are programming errors", "[report]") {
  Table t("t", "T", "rows");
  t.add_column("a", ColumnType::Integer, "d");
  CHECK_THROWS_WITH(t.set_headline({"a", "b"}), "report::Table t: headline names no column 'b'");
  t.set_headline({"a"});
  CHECK(t.headline() == std::vector<std::size_t>{0});
}

TEST_CASE("Value: unsigned integers beyond int64 are refused", "[report]") {
  CHECK(Value(std::uint64_t{42}).integer() == 42);
  CHECK_THROWS_AS(Value(std::numeric_limits<std::uint64_t>::max()), std::out_of_range);
  CHECK(Value(std::int8_t{-3}).kind() == Value::Kind::Integer);
  CHECK(Value(1.5f).kind() == Value::Kind::Real);
  CHECK(Value("x").kind() == Value::Kind::Text);
  CHECK(Value(false).kind() == Value::Kind::Boolean);
}

TEST_CASE("Table: 300,000 rows filled through add_row and set", "[report]") {
  Table t("big", "title", "rows");
  const auto id = t.add_column("id", ColumnType::Integer, "d");
  const auto x = t.add_column("x", ColumnType::Real, "d");
  const auto label = t.add_column("label", ColumnType::Text, "d");
  constexpr std::size_t kRows = 300000;
  t.reserve(kRows);
  for (std::size_t i = 0; i < kRows; ++i) {
    const auto r = t.add_row();
    t.set(r, id, i);
    if (i % 3 != 0) t.set(r, x, static_cast<double>(i) / 4.0);
    t.set(r, label, i % 2 == 0 ? "even" : "odd");
  }
  CHECK(t.row_count() == kRows);
  CHECK(t.integer(kRows - 1, id) == static_cast<std::int64_t>(kRows - 1));
  CHECK(t.is_na(3, x));
  CHECK(t.format_cell(5, x) == "1.25");
  CHECK(t.text(7, label) == "odd");
}
